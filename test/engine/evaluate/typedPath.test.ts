import fc from "fast-check";
import { EvaluationResult, FieldDef, loadScheme, PartDef, RawCell, SchemeDocument } from "../../../src/engine";
import { evaluateWith } from "../../../src/engine/evaluate/evaluate";
import { allPresets, getPreset } from "../../../src/schemes";

// The typed path (coded columns, expressions worked out once per code, streamed aggregates, C8 order by counting
// sort) must give exactly what the value-by-value reference path gives: every status, reason, warning, output and
// explanation, rows and groups, on random tables whose cells repeat (so that codes are shared) and go wrong.

const JUNK: RawCell[] = [null, undefined, "", "  ", "\u3000", "#N/A", "#REF!", "?", "abc", -1, 1e300, true];
const NAMES = ["王丽", "李强", " 王丽\u3000", "YD0101", "E0001", "组1", "a\u00a0b", "１２"];
const YES_NO: RawCell[] = ["是", "否", "Y", "N", "yes", "no", "1", "0", 1, 0, true, false, "√", "×", "是 ", "\u3000否", "不是"];
const DATES: RawCell[] = ["2016-01-03", "2016-01-03", "2015-12-31", "2016/2/29", "2016年3月1日", "2016-02-30", "3-15", "2016-03", "2016-01-05 10:30", "2016-01-05 09:00", 42373, 42400.75, "42373", new Date(Date.UTC(2016, 0, 4)), new Date(Date.UTC(2016, 0, 4)), new Date(Date.UTC(2016, 1, 1, 8))];
const NUMBERS: RawCell[] = [0, 1, 2, 5, 0.5, 10, 100, -3, "3", "3.50", "1,000", "５", "12%", "8‰", "¥20", "30元", "0.1", 1e-7, "1e3", 99.995];

function poolFor(f: FieldDef): RawCell[] {
  switch (f.type) {
    case "text":
      return NAMES;
    case "category":
      return [...(f.values ?? []).flatMap((v) => [v.value, v.value, ...(v.aliases ?? [])]), "其他", ` ${f.values?.[0]?.value ?? "x"} `];
    case "bool":
      return YES_NO;
    case "date":
    case "datetime":
    case "month":
      return DATES;
    default:
      return NUMBERS;
  }
}

/** A cell of the field: mostly one of a few values of its type (so rows share codes), sometimes junk. */
const cellOf = (f: FieldDef): fc.Arbitrary<RawCell> =>
  fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...poolFor(f)) }, { weight: 1, arbitrary: fc.constantFrom(...JUNK) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) });

const rowsOf = (part: PartDef, maxRows: number) => fc.array(fc.tuple(...part.fields.map(cellOf)), { maxLength: maxRows });

/** Everything a host can ask of a result, in both languages. */
function everything(result: EvaluationResult): unknown {
  const groups: Record<string, unknown> = {};
  for (const level of result.levels) groups[level] = result.groups(level, true);
  return { counts: result.statusCounts(), rows: result.rows(true), groups };
}

function sameBothWays(scheme: SchemeDocument, part: PartDef, rows: RawCell[][], params?: Record<string, unknown>): void {
  const headers = part.fields.map((f) => f.title["zh-CN"]);
  const options = { part: part.id, params };
  const typed = everything(evaluateWith(scheme, { headers, rows }, options, true));
  const reference = everything(evaluateWith(scheme, { headers, rows }, options, false));
  expect(typed).toEqual(reference);
}

const zhen = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

/**
 * What no preset uses, so that each fast path's every branch meets its general path: a progressive step without
 * attribution (progressiveByCodes), with tiers by a group value and n from a group value, and one attributed in the
 * order of two keys; a duplicate check with `where` (duplicatesBySorting); a coded formula that fails on some codes
 * (exprByCodes).
 */
const UNCOVERED = loadScheme({
  format: "jili-scheme/1",
  id: "typed-path-extras",
  title: zhen("快慢路径", "Typed path extras"),
  params: [],
  parts: [
    {
      id: "rows",
      title: zhen("明细", "Rows"),
      fields: [
        { key: "name", type: "text", title: zhen("姓名", "Name"), required: true },
        { key: "role", type: "category", title: zhen("岗位", "Role"), values: [{ value: "营业员" }, { value: "店长" }] },
        { key: "qty", type: "number", title: zhen("数量", "Qty") },
        { key: "date", type: "date", title: zhen("日期", "Date") },
        { key: "vip", type: "bool", title: zhen("贵宾", "VIP") },
      ],
      levels: [
        {
          id: "person",
          title: zhen("人", "Person"),
          keys: [
            { name: "person", expr: "name", title: zhen("姓名", "Name") },
            { name: "post", expr: "role", title: zhen("岗位", "Role") },
          ],
        },
      ],
      steps: [
        { name: "dup", kind: "duplicate", code: "DUP", status: "warning", key: ["name", "date"], where: "qty > 1", message: zhen("重复", "Repeat") },
        { name: "ratio", kind: "expr", expr: "10 / qty" },
        { name: "n", kind: "aggregate", scope: "person", op: "count" },
        {
          name: "byRole",
          kind: "progressive",
          scope: "person",
          count: "n * 2",
          tiersBy: { input: "post", tables: { 营业员: [{ upTo: 2, rate: 10 }, { rate: 20 }], "*": [{ upTo: 1, rate: 5 }, { rate: 7 }] } },
        },
        { name: "plain", kind: "progressive", scope: "person", tiers: [{ upTo: 3, rate: 1 }, { rate: 2 }] },
        { name: "placed", kind: "progressive", scope: "person", where: "vip", order: ["date", "qty"], attributeTo: "place", tiers: [{ upTo: 1, rate: 3 }, { rate: 4 }] },
      ],
      outputs: {
        row: [
          { name: "ratio", title: zhen("比", "Ratio"), type: "number" },
          { name: "place", title: zhen("名次奖", "Place bonus"), type: "money" },
        ],
        person: [
          { name: "byRole", title: zhen("按岗位", "By role"), type: "money" },
          { name: "plain", title: zhen("阶梯", "Tiers"), type: "money" },
          { name: "placed", title: zhen("名次", "Placed"), type: "money" },
        ],
      },
    },
  ],
});

const PARTS = allPresets().flatMap((scheme) => scheme.parts.map((part) => ({ scheme, part })));

describe("the typed path gives what the value-by-value path gives", () => {
  test.each(PARTS.map((x) => [`${x.scheme.id}/${x.part.id}`, x] as const))("%s, random rows", (_name, { scheme, part }) => {
    fc.assert(
      fc.property(rowsOf(part, 40), (rows) => sameBothWays(scheme, part, rows)),
      { numRuns: 25, seed: 20160101 },
    );
  });

  test.each(PARTS.filter((x) => x.scheme.params.length).map((x) => [`${x.scheme.id}/${x.part.id}`, x] as const))("%s, parameters left unset", (_name, { scheme, part }) => {
    const unset = Object.fromEntries(scheme.params.map((p) => [p.key, null]));
    fc.assert(
      fc.property(rowsOf(part, 30), (rows) => sameBothWays(scheme, part, rows, unset)),
      { numRuns: 10, seed: 20160102 },
    );
  });

  test("mobile-retention with mostly valid orders: step bonuses attributed in date order across the tiers", () => {
    const scheme = getPreset("mobile-retention") as SchemeDocument;
    const roles = ["营业员", "中心经理", "营业员", "装维经理"];
    const order = fc.tuple(fc.nat(3), fc.constantFrom("2016-01-05", "2016-01-03", "2016-01-04", "2016-01-03 ", "2016/1/2", "2016-02-01", "2015-12-30", 42375), fc.nat(12), fc.boolean(), fc.nat(30));
    fc.assert(
      fc.property(fc.array(order, { maxLength: 80 }), (orders) => {
        const rows = orders.map(([p, date, phone, due, flags]) => [`员工${p}`, `E${p}`, roles[p], date, `1380000${phone}`, due ? "到期目标客户" : "非到期目标客户", flags === 1 ? "是" : "否", flags === 2 ? "是" : "否", flags === 3 ? "否" : "是", "否"]);
        sameBothWays(scheme, scheme.parts[0], rows);
      }),
      { numRuns: 60, seed: 20160103 },
    );
  });

  test("steps no preset has: unattributed and role-tiered progressive steps, a duplicate check with where, a failing formula", () => {
    fc.assert(
      fc.property(rowsOf(UNCOVERED.parts[0], 40), (rows) => sameBothWays(UNCOVERED, UNCOVERED.parts[0], rows)),
      { numRuns: 60, seed: 20160104 },
    );
  });

  test("a sheet larger than the coding trial: distinct phone numbers, repeated names, Date objects, an invalid Date", () => {
    const scheme = getPreset("mobile-retention") as SchemeDocument;
    const part = scheme.parts[0];
    // the preset's field order: recruiter, staffId, role, date, phone, customerType, four yes/no
    const rows: RawCell[][] = [];
    for (let i = 0; i < 9000; i++) {
      const date = i % 7 === 0 ? new Date(Date.UTC(2016, i % 3, 1 + (i % 28))) : `2016-0${1 + (i % 3)}-${String(1 + ((i * 7) % 28)).padStart(2, "0")}`;
      const phone = `138${String((i * 7919) % 12000).padStart(8, "0")}`;
      rows.push([`员工${i % 37}`, i % 5 === 0 ? null : `E${i % 37}`, ["营业员", "中心经理", "店长"][i % 3], date, phone, i % 2 ? "到期目标客户" : "非到期", i % 20 ? "否" : "是", "否", i % 33 ? "是" : "否", "否"]);
    }
    sameBothWays(scheme, part, rows);
    rows[6000][3] = new Date(NaN);
    sameBothWays(scheme, part, rows);
  });
});
