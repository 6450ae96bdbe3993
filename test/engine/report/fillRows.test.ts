// The fill plan reads the rows through EvaluationResult.fillRows (what a row looks up, looked up once; status texts
// shared by rows with the same reason). Its columns must say of every row what the row itself says (result.row) —
// read from a second, separately evaluated result, so that no memo the fill fills is read back as the expectation —
// in both languages: across versions, with rows excluded by one or by two rules, invalid, pending, and ok with a note
// but no reason. The status text is rebuilt here by hand from the row's reasons and notes ("排除: …；…").
import { buildFillPlan, EvaluationResult, loadScheme, RowResult } from "../../../src/engine";
import { evaluate } from "../../../src/engine";
import { evaluateWithVersions } from "../../../src/engine/versions";
import { Lang } from "../../../src/engine/i18n/messages";
import { getPreset } from "../../../src/schemes";
import { RowObject, tableOf } from "../../support/runPreset";
import { MOBILE_FLAGS } from "../../support/explicitInputs";

const STATUS = { "zh-CN": { ok: "正常", excluded: "排除", invalid: "无效", pending: "待定" }, "en-US": { ok: "ok", excluded: "excluded", invalid: "invalid", pending: "pending" } };

/** mobile-retention with a version from 2016-01-15 (a 营业员 earns 50, not 40, beyond the fifth household) */
function versioned(): EvaluationResult {
  const base = JSON.parse(JSON.stringify(getPreset("mobile-retention"))) as Record<string, unknown>;
  const version = { title: { "zh-CN": "1月15日调整", "en-US": "from 15 January" }, from: "2016-01-15", changes: [{ at: "parts[orders].steps[bonus].tiersBy.tables.营业员", value: [{ upTo: 5, rate: 20 }, { rate: 50 }] }] };
  const order = (who: string, day: string, more: RowObject = {}): RowObject => ({ 揽装人: who, 岗位: "营业员", 办理日期: day, 客户类型: "到期目标客户", ...MOBILE_FLAGS, 是否有效4G用户: "是", ...more });
  const rows: RowObject[] = [];
  for (const day of ["2016-01-14", "2016-01-15"]) {
    for (let k = 0; k < 8; k++) rows.push(order(k < 6 ? "王丽" : "李强", day));
    for (let k = 0; k < 3; k++) rows.push(order("王丽", day, { 是否副卡: "是" }));
    rows.push(order("李强", day, { 是否副卡: "是", 是否无月租用户: "是" }));
    rows.push(order("李强", day, { 是否有效4G用户: "也许", 是否副卡: "不知" }));
    rows.push(order("王丽", day, { 客户类型: "" }));
  }
  return evaluateWithVersions(loadScheme({ ...base, versions: [version] }), tableOf(rows));
}

/** rd-assist-hourly: 赵's unapproved row is pending */
function pending(): EvaluationResult {
  const s = (name: string, date: string, hours: number, approved = "是"): RowObject => ({ 姓名: name, 岗位: "操作工", 试验日期: date, "作业时间(小时)": hours, 是否审核: approved, 是否审批: approved });
  return evaluate(getPreset("rd-assist-hourly")!, tableOf([s("陈", "2016-03-02", 8), s("赵", "2016-03-04", 5, "否"), s("陈", "2016-03-15", 2.5), s("赵", "2016-03-05", 2), s("赵", "2016-03-06", 1, "否")]));
}

/** car-referral: a staff fraud is ok with the note FRAUD_FINE and no reason; a sales consultant is excluded */
function noted(): EvaluationResult {
  const referral = (extra: RowObject): RowObject => ({ 介绍人: "张", 介绍人类型: "老客户", 介绍人岗位: null, 介绍方式: "带客进店", 新客户: "李", 是否首次到店: "是", 是否已开票: "是", 黄卡是否填写介绍人: "是", ...extra });
  const fraud = referral({ 介绍人: "孙", 介绍人类型: "员工", 介绍人岗位: "行政", 是否弄虚造假: "是" });
  return evaluate(getPreset("car-referral")!, tableOf([referral({}), fraud, referral({ 介绍人: "赵", 介绍人类型: "员工", 介绍人岗位: "销售顾问" }), fraud, referral({ 介绍人: "王" })]));
}

const CASES: [string, () => EvaluationResult, (rows: RowResult[]) => void][] = [
  [
    "two versions, excluded by one and by two rules, invalid",
    versioned,
    (rows) => {
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["ok", "excluded", "invalid"]));
      expect(rows.some((r) => r.status === "excluded" && r.reasons.length === 2)).toBe(true);
      // the sixth household of 王丽 on each day: 40 by the base, 50 by the version
      expect(rows.map((r) => r.outputs.rowBonus.value).filter((v) => v === 40 || v === 50).sort()).toEqual([40, 50]);
    },
  ],
  ["pending rows", pending, (rows) => expect(rows.filter((r) => r.status === "pending")).toHaveLength(2)],
  ["an ok row with a note and no reason", noted, (rows) => expect(rows.filter((r) => r.status === "ok" && r.notes.length > 0 && r.reasons.length === 0)).toHaveLength(2)],
];

describe.each(CASES)("the fill plan's columns, row by row: %s", (_, make, covers) => {
  test("the rows are what the test claims", () => covers(make().rows(true)));

  test.each(["zh-CN", "en-US"] as Lang[])("every row's cells are what the row says of itself (%s)", (lang) => {
    const plan = buildFillPlan(make(), lang);
    const expected = make().rows(true);
    const column = (name: string) => plan.columns.find((c) => c.name === name)!.values;
    const separator = lang === "zh-CN" ? "；" : "; ";
    expected.forEach((row, i) => {
      const why = [...row.reasons, ...row.notes].map((x) => x.message[lang]);
      const label = STATUS[lang][row.status];
      expect(column("status")[i]).toBe(why.length ? `${label}: ${why.join(separator)}` : label);
      expect(column("explanation")[i]).toBe(row.explanation?.[lang] ?? "");
      for (const [name, cell] of Object.entries(row.outputs)) expect(column(name)[i]).toBe(cell.pending && cell.value === null ? (lang === "zh-CN" ? `待定(${cell.pending})` : `pending (${cell.pending})`) : cell.value);
    });
    // said independently of any memo: a row's explanation names each of its reasons and notes by code, and no
    // code the row does not have (a memo keyed too loosely would give one row another's explanation)
    const codes = new Set(expected.flatMap((row) => [...row.reasons, ...row.notes].map((r) => r.code)));
    expected.forEach((row, i) => {
      const own = new Set([...row.reasons, ...row.notes].map((r) => r.code));
      for (const code of codes) expect([code, (column("explanation")[i] as string).includes(`${code}: `)]).toEqual([code, own.has(code)]);
    });
    // rows counted by their reasons: every reason code, once per row that has it
    const counts: Record<string, number> = {};
    for (const row of expected) for (const r of row.reasons) counts[r.code] = (counts[r.code] ?? 0) + 1;
    expect(plan.stats.byReason).toEqual(counts);
  });
});

test("a row amount moved by a cent so the month's rows sum to its rounded total is the amount the fill writes (C8)", () => {
  // rd-assist-hourly pays 40 yuan an hour (docs/presets/rd-assist-hourly.md): three sessions of 0.3333 h are
  // 13.332 yuan each, 13.33 rounded; the month is 40 × 0.9999 = 39.996 → 40.00, so one cent more goes to a row —
  // the largest remainder, all equal here, so the first in sheet order: 13.34, 13.33, 13.33
  const session = (day: string): RowObject => ({ 姓名: "陈", 岗位: "操作工", 试验日期: day, "作业时间(小时)": 0.3333, 是否审核: "是", 是否审批: "是" });
  const plan = buildFillPlan(evaluate(getPreset("rd-assist-hourly")!, tableOf([session("2016-03-02"), session("2016-03-03"), session("2016-03-04")])), "zh-CN");
  expect(plan.columns.find((c) => c.name === "pay")!.values).toEqual([13.34, 13.33, 13.33]);
  expect(plan.summary!.rows[0]).toContain(40);
});
