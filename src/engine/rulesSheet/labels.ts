import { allKinds, STEP_KINDS, Words } from "../steps";

/**
 * Names people read beside Jili's keys in the rules sheet (zh-CN first, then English). Keys of the document and keys
 * several step kinds share are here; a kind's own keys are in its folder (steps/<kind>/index.ts). Unknown keys show
 * as they are.
 */
const SHARED_KEY_LABELS: Record<string, Words> = {
  $schema: ["格式说明文件", "schema file"],
  format: ["格式", "format"],
  id: ["编号", "id"],
  title: ["名称", "title"],
  description: ["说明", "description"],
  source: ["来源", "source"],
  effective: ["生效", "effective"],
  from: ["起", "from"],
  to: ["止", "to"],
  rounding: ["舍入", "rounding"],
  scale: ["小数位", "decimals"],
  mode: ["方式", "mode"],
  params: ["参数", "Parameters"],
  messages: ["提示信息", "Messages"],
  parts: ["数据表", "Part"],
  fields: ["字段（列）", "Fields (columns)"],
  levels: ["汇总层级", "Levels"],
  steps: ["计算步骤", "Step"],
  outputs: ["输出列", "Outputs"],
  order: ["组内排序", "order within a group"],
  key: ["键", "key"],
  type: ["类型", "type"],
  headers: ["其他表头写法", "other header spellings"],
  required: ["必填", "required"],
  missingCode: ["空白时代码", "code when blank"],
  default: ["默认值", "default"],
  ifColumnMissing: ["缺列时", "if the column is missing"],
  warning: ["提醒代码", "warning code"],
  values: ["取值", "values"],
  value: ["值", "value"],
  aliases: ["别名", "aliases"],
  closed: ["其他取值", "other values"],
  min: ["最小值", "min"],
  max: ["最大值", "max"],
  rangeCode: ["超范围代码", "out-of-range code"],
  yearFrom: ["年份取自", "year from"],
  optional: ["可留空", "optional"],
  note: ["备注", "note"],
  name: ["名称", "name"],
  kind: ["步骤类型", "kind"],
  scope: ["层级", "scope"],
  unit: ["单位", "unit"],
  countUnit: ["计数单位", "count unit"],
  code: ["代码", "code"],
  status: ["状态", "status"],
  when: ["条件", "when"],
  message: ["提示", "message"],
  toMembers: ["下推到明细行", "to member rows"],
  where: ["适用条件", "where"],
  expr: ["公式", "formula"],
  input: ["依据", "input"],
  param: ["参数", "parameter"],
  rate: ["单价/比率", "rate"],
  bands: ["分段", "bands"],
  fromInclusive: ["含起点", "from inclusive"],
  toInclusive: ["含终点", "to inclusive"],
  base: ["基数", "base"],
  upTo: ["截至(含)", "up to (incl.)"],
  attributeTo: ["分摊到", "attribute to"],
  weight: ["权重", "weight"],
  atLeast: ["至少", "at least"],
  inclusive: ["含等于", "inclusive"],
  label: ["等级", "label"],
  test: ["检验", "test"],
  of: ["对象", "of"],
  amount: ["金额", "amount"],
  period: ["期", "period"],
  keys: ["分组键", "keys"],
  decimals: ["小数位", "decimals"],
  "zh-CN": ["中文", "Chinese"],
  "en-US": ["英文", "English"],
};


const KEY_LABELS: Record<string, Words> = Object.assign({}, SHARED_KEY_LABELS, ...allKinds().map((k) => k.labels.keys));

/** "截至(含) up to (incl.)" for a dotted key such as `tiersBy.input` or `title.zh-CN`. */
export function keyLabel(dotted: string): string {
  const parts = dotted.split(".").map((k) => KEY_LABELS[k] ?? [k, k]);
  const zh = parts.map((p) => p[0]).join("·");
  const en = parts.map((p) => p[1]).join(" · ");
  return zh === en ? zh : `${zh} ${en}`;
}

/** The label of one key in one language ("截至(含)" / "up to (incl.)"). */
export function keyWord(key: string, lang: "zh-CN" | "en-US"): string {
  const l = KEY_LABELS[key];
  return l ? l[lang === "zh-CN" ? 0 : 1] : key;
}

export function kindLabel(kind: string): string {
  const l = kind in STEP_KINDS ? STEP_KINDS[kind as keyof typeof STEP_KINDS].labels.kind : undefined;
  return l ? `${l[0]} ${l[1]}` : kind;
}
