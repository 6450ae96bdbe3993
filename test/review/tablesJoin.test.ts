import { assembleTable, loadScheme, locateInWorkbook, runChecked } from "../../src/engine";
import type { RawCell, SchemeDocument } from "../../src/engine";
import { getPreset } from "../../src/schemes";

// Review of src/engine/tables (joined tables by keys). Amounts by hand from docs/presets/car-launch-advance.md
// (launch 2016-03-05, 800 a car: advance = target × 800 unless an advance is entered, clawback = 800 × the cars short
// of the target, kept = advance − clawback) and docs/presets/car-launch-first.md (the two consultants with the fewest
// launch orders get 500 a car instead of 1000).

interface Sheet {
  name: string;
  cells: RawCell[][];
}

const ADVANCE = getPreset("car-launch-advance")!;
const FIRST = getPreset("car-launch-first")!;
const PARAMS = { launchDate: "2016-03-05", commissionPerCar: 800 };

function run(scheme: SchemeDocument, sheets: Sheet[], params: Record<string, unknown>) {
  const table = assembleTable(scheme, locateInWorkbook(scheme, sheets), sheets);
  const checked = runChecked(scheme, { table, params }, "zh-CN");
  return { table, checked };
}

const outputs = (g: { outputs: Record<string, { value: unknown }> }, keys: string[]) => Object.fromEntries(keys.map((k) => [k, g.outputs[k].value]));

describe("a joined table some of whose fields the main sheet also holds (assemble.ts: `wanted` uses `some`)", () => {
  // The orders sheet repeats each consultant's target (as many clerks do); the advance actually paid, 1000 each,
  // is only on the 指标 sheet beside the same targets.
  const orders: Sheet = {
    name: "订单",
    cells: [
      ["销售顾问", "自定指标", "订车时间", "交车时间"],
      ["王", 2, "03-05 10:00", "03-06 15:00"],
      ["王", 2, "03-05 10:00", "03-10 15:00"],
      ["李", 2, "03-05 10:00", "03-07 15:00"],
    ],
  };
  const targets: Sheet = { name: "指标", cells: [["销售顾问", "自定指标", "已预发提成"], ["王", 2, 1000], ["李", 2, 1000]] };

  // correct: the table is still looked for and joined for the fields the main sheet lacks (已预发提成 = 1000), or
  // the run stops; it must not price the advance as target × 800 = 1600 while the advance column is on 指标
  test("the advance on the 指标 sheet is read, not replaced by target × commission", () => {
    const { checked } = run(ADVANCE, [orders, targets], PARAMS);
    const li = checked.result.groups("consultant").find((g) => g.key.consultant === "李")!;
    // 李: advance 1000 entered, one qualified car of two: clawback 800, kept 200
    expect(outputs(li, ["advancePaid", "clawback", "kept"])).toEqual({ advancePaid: 1000, clawback: 800, kept: 200 });
  });
});

describe("a row only in the joined table, joined by 工号 (join.ts: only the chosen key is copied to the new row)", () => {
  const orders: Sheet = {
    name: "订单",
    cells: [
      ["工号", "销售顾问", "订车时间", "交车时间"],
      ["E1", "王", "03-05 10:00", "03-06 15:00"],
      ["E2", "李", "03-05 10:00", "03-07 15:00"],
    ],
  };
  const targets: Sheet = { name: "指标", cells: [["工号", "销售顾问", "自定指标"], ["E1", "王", 1], ["E2", "李", 1], ["E3", "赵", 2]] };

  // correct: 赵's own row keeps the name the 指标 sheet gives (销售顾问 赵), so it is not refused as "销售顾问为空" and
  // the clawback of his advance, 2 × 800 = 1600 (docs Example 3), is computed
  test("赵, with a target and no order, is not reported as a blank consultant; his clawback is complete", () => {
    const { checked } = run(ADVANCE, [orders, targets], PARAMS);
    const zhao = checked.result.rows().find((r) => r.sheet === "指标")!;
    expect(zhao.reasons.map((r) => r.code)).not.toContain("MISSING_CONSULTANT");
    const g = checked.result.groups("consultant").find((x) => x.key.consultant === "E3")!;
    expect({ complete: g.complete, ...outputs(g, ["advancePaid", "clawback", "kept"]) }).toEqual({ complete: true, advancePaid: 1600, clawback: 1600, kept: 0 });
  });
});

describe("a roster name that differs from the orders' name only by full-width letters (join.ts keyText)", () => {
  // docs/presets/car-launch-first.md Example 1's orders: A 4, B 3, C 2, D 1 launch orders, every car delivered in the week
  const order = (who: string, day: number): RawCell[] => [who, `03-05 10:0${day}`, `03-0${5 + (day % 3)} 15:00`];
  const orders: Sheet = {
    name: "订单",
    cells: [["销售顾问", "订车时间", "交车时间"], ...["A", "A", "A", "A", "B", "B", "B", "C", "C", "D"].map((w, i) => order(w, i))],
  };
  const roster = (...names: string[]): Sheet => ({ name: "名单", cells: [["销售顾问"], ...names.map((n) => [n])] });
  const params = { launchDate: "2016-03-05" };

  test("with the roster spelt as the orders are, C (2 orders) and D (1) are the bottom two (the page's reading)", () => {
    const { checked } = run(FIRST, [orders, roster("A", "B", "C", "D")], params);
    const bottom = checked.result.groups("consultant").filter((g) => g.outputs.isBottomTwo.value === true).map((g) => g.key.consultant);
    expect(bottom.sort()).toEqual(["C", "D"]);
  });

  // correct: "Ｄ" on the roster is D (full-width and half-width are one letter, as they are for headers), or the
  // phantom Ｄ is at least flagged; here Ｄ is ranked with 0 orders, pushes C out of the bottom two and C — whose rows
  // carry no warning at all — is paid 1000 a car instead of 500
  test("a roster written with a full-width Ｄ does not silently move C out of the bottom two", () => {
    const { checked } = run(FIRST, [orders, roster("A", "B", "C", "Ｄ")], params);
    const c = checked.result.groups("consultant").find((g) => g.key.consultant === "C")!;
    const cRows = checked.result.rows().filter((r) => !r.sheet && r.row >= 9 && r.row <= 10);
    const flagged = cRows.some((r) => r.warnings.length > 0) || c.warnings.length > 0;
    expect(c.outputs.isBottomTwo.value === true || flagged).toBe(true);
  });
});

describe("JOIN_NO_PARTNER is only a warning when every joined field has a stated meaning (design, docs: Tables on their own sheets)", () => {
  // car-launch-advance with the advances kept on a sheet of their own: 已预发提成 has absentMeans ("without this
  // column the advance is target × commission") — a meaning for an absent *column*, not for a consultant missing
  // from a sheet that has the column
  const doc = JSON.parse(JSON.stringify(ADVANCE)) as { parts: { tables: unknown[] }[] };
  doc.parts[0].tables = [{ id: "advances", title: { "zh-CN": "预发提成", "en-US": "Advances" }, fields: ["advance"], keys: [["staffId", "consultantName"]] }];
  const scheme = loadScheme(doc);
  const orders: Sheet = {
    name: "订单",
    cells: [
      ["销售顾问", "自定指标", "订车时间", "交车时间"],
      ["王", 2, "03-05 10:00", "03-06 15:00"],
      ["李", 2, "03-05 10:00", "03-07 15:00"],
    ],
  };
  const advances: Sheet = { name: "预发提成", cells: [["销售顾问", "已预发提成"], ["王", 1600]] };

  // correct: 李 is missing from a sheet that lists the advances actually paid: whether he was advanced anything is
  // not known, so his rows are not ok (invalid, or his group not complete) — not a clawback of 800 on an advance of
  // 1600 that the sheet does not show was paid
  test("李, absent from the advances sheet, is not priced as if target × 800 had been advanced", () => {
    const { checked } = run(scheme, [orders, advances], PARAMS);
    const li = checked.result.groups("consultant").find((g) => g.key.consultant === "李")!;
    expect(li.complete).toBe(false);
  });
});

describe("key cells written differently on the two sheets (checked sound: matched, or reported — never a guess)", () => {
  const orders = (ids: RawCell[]): Sheet => ({
    name: "订单",
    cells: [["工号", "销售顾问", "订车时间", "交车时间"], ...ids.map((id, i) => [id, `顾问${i}`, "03-05 10:00", "03-06 15:00"])],
  });
  const targets = (ids: RawCell[]): Sheet => ({ name: "指标", cells: [["工号", "自定指标"], ...ids.map((id) => [id, 1])] });

  test("12 (a number) beside '12' (text), and ' E01 ' beside 'E01': partners", () => {
    const { table } = run(ADVANCE, [orders([12, " E01 "]), targets(["12", "E01"])], PARAMS);
    expect(table.links!.joins[0]).toMatchObject({ unmatched: 0, conflicts: 0, sideOnly: 0 });
  });

  test("'0012' beside 12: not guessed to be one person — JOIN_NO_PARTNER (invalid) and the target's row of its own", () => {
    const { table, checked } = run(ADVANCE, [orders(["0012"]), targets([12])], PARAMS);
    expect(table.links!.joins[0]).toMatchObject({ unmatched: 1, sideOnly: 1 });
    const main = checked.result.rows().find((r) => !r.sheet)!;
    expect(main.status).toBe("invalid");
    expect(main.reasons.map((r) => r.code)).toContain("JOIN_NO_PARTNER");
  });

  test("a month key: '2012-08' on the main sheet beside a date cell of August 2012 on the rates sheet: partners", () => {
    const POSTAL = getPreset("postal-client-maintenance")!;
    const main: Sheet = { name: "信息户数", cells: [["员工姓名", "考核月份", "第1周"], ["张敏", "2012-08", 12]] };
    const rates: Sheet = { name: "贡献率", cells: [["员工姓名", "考核月份", "贡献率"], ["张敏", new Date(Date.UTC(2012, 7, 1)), "63%"]] };
    const { table } = run(POSTAL, [main, rates], {});
    expect(table.links!.joins[0]).toMatchObject({ unmatched: 0, conflicts: 0, sideOnly: 0 });
  });
});
