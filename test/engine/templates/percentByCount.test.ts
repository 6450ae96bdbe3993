/**
 * The percent-by-count form builds a scheme the validator accepts and that pays as docs/presets/sales-office-old-new.md's
 * worked examples say (0.5 % for each unit of the month, on the whole amount; each unit carries its part by amount),
 * and, with a band's own rate, as a hand example: 5 units of 40,000 reach the 0.5 % band → 200,000 × 0.5 % = 1,000.
 */
import { evaluate, loadScheme } from "../../../src/engine";
import { buildFromForm, type FormValues } from "../../../src/engine/templates";

/** the sales office's personal award as a clerk fills the form */
function officeForm(): FormValues {
  return {
    choices: { rate: "perUnit" },
    columns: { person: "老员工", staffId: "", date: "成交日期", amount: "成交金额" },
    tables: { rates: [["1", "0.5%"]] },
    conditions: [{ kind: "pick", column: "是否老员工带来的新客户", op: "no", value: "", reason: "只计老员工带来的新客户" }],
  };
}

const HEADERS = ["老员工", "房号", "成交金额", "成交日期", "是否老员工带来的新客户"];

function run(values: FormValues, rows: string[][]) {
  const r = buildFromForm("percent-by-count", values);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const result = evaluate(r.scheme, { headers: HEADERS, rows });
  return {
    status: rows.map((_, i) => result.row(i).status),
    rowAward: rows.map((_, i) => result.row(i).outputs.rowAward?.value),
    groups: result.groups("personMonth").map((g) => ({ who: g.key.who, month: g.key.month, units: g.outputs.units.value, rate: g.outputs.rate.value, amountTotal: g.outputs.amountTotal.value, award: g.outputs.award.value })),
  };
}

const deal = (room: string, amount: string, day: number, brought = "是") => ["王", room, amount, `2016-05-0${day}`, brought];

describe("percent-by-count form → scheme (sales-office-old-new's personal award)", () => {
  test("the document passes loadScheme, as given and as JSON text", () => {
    const r = buildFromForm("percent-by-count", officeForm());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(() => loadScheme(JSON.stringify(r.document))).not.toThrow();
    expect(r.scheme.parts[0].fields.map((f) => f.title["zh-CN"])).toEqual(["老员工", "工号", "成交日期", "成交金额", "是否老员工带来的新客户"]);
  });

  test("example 1: one unit of 1,200,000 at 0.5 % → 6,000", () => {
    const out = run(officeForm(), [deal("A-1", "1200000", 1)]);
    expect(out.rowAward).toEqual([6000]);
    expect(out.groups).toEqual([{ who: "王", month: "2016-05", units: 1, rate: 0.005, amountTotal: 1200000, award: 6000 }]);
  });

  test("example 2: two units, 1 % on the whole 1,800,000 → 18,000, carried 10,000 + 8,000", () => {
    const out = run(officeForm(), [deal("A-1", "1000000", 1), deal("A-2", "800000", 2)]);
    expect(out.rowAward).toEqual([10000, 8000]);
    expect(out.groups[0]).toMatchObject({ units: 2, rate: 0.01, amountTotal: 1800000, award: 18000 });
  });

  test("example 3: three units, 1.5 % of 2,400,000 → 36,000, carried 13,500 + 12,000 + 10,500", () => {
    const out = run(officeForm(), [deal("A-1", "900000", 1), deal("A-2", "800000", 2), deal("A-3", "700000", 3)]);
    expect(out.rowAward).toEqual([13500, 12000, 10500]);
    expect(out.groups[0]).toMatchObject({ units: 3, rate: 0.015, award: 36000 });
  });

  test("example 4: a deal not brought by him is excluded and not counted → 0 units, nothing", () => {
    const out = run(officeForm(), [deal("A-1", "1200000", 1, "否")]);
    expect(out.status).toEqual(["excluded"]);
    expect(out.rowAward).toEqual([0]);
    expect(out.groups[0]).toMatchObject({ units: 0, award: 0 });
  });
});

describe("percent-by-count form: the band's own rate", () => {
  const bands = (): FormValues => ({ ...officeForm(), choices: { rate: "band" }, tables: { rates: [["1", "0.3%"], ["5", "0.5%"]] } });

  test("5 units of 40,000 reach the 0.5 % band: 200,000 × 0.5 % = 1,000, 200 a unit", () => {
    const out = run(bands(), [1, 2, 3, 4, 5].map((d) => deal(`A-${d}`, "40000", d)));
    expect(out.rowAward).toEqual([200, 200, 200, 200, 200]);
    expect(out.groups[0]).toMatchObject({ units: 5, rate: 0.005, amountTotal: 200000, award: 1000 });
  });

  test("4 units of 40,000 stay in the 0.3 % band: 160,000 × 0.3 % = 480", () => {
    expect(run(bands(), [1, 2, 3, 4].map((d) => deal(`A-${d}`, "40000", d))).groups[0]).toMatchObject({ units: 4, rate: 0.003, award: 480 });
  });

  test("counts below the first band earn nothing: from 2 units, one unit → 0", () => {
    const v = { ...bands(), tables: { rates: [["2", "0.3%"]] } };
    expect(run(v, [deal("A-1", "40000", 1)]).groups[0]).toMatchObject({ units: 1, rate: 0, award: 0 });
  });

  test("counts that do not ascend are refused, on their row", () => {
    const v = { ...bands(), tables: { rates: [["5", "0.5%"], ["3", "1%"]] } };
    const r = buildFromForm("percent-by-count", v);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.at])).toEqual([["BANDS_ORDER", { kind: "table", table: "rates", row: 2, column: "from" }]]);
  });
});
