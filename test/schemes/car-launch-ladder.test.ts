import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/car-launch-ladder.md (from the rule catalogue), "Worked examples (launch day 2016-03-05)".
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

const LAUNCH = { params: { launchDate: "2016-03-05" } };

function order(consultant: string, orderTime: string, deliveryTime: string | null, extra: RowObject = {}): RowObject {
  return { 销售顾问: consultant, 订车时间: orderTime, 交车时间: deliveryTime, ...extra };
}

/** delivery on day d after the launch day 03-05 */
function day(d: number): string {
  return `03-${String(5 + d).padStart(2, "0")} 12:00`;
}

describe("car-launch-ladder worked examples", () => {
  test("example 1: #1 A day 6 → 1000; #2 B day 11 → forfeited; #3 A day 10 (edge, inclusive) → 500: A 1500, B 0", () => {
    const rows = [order("A", "03-05 09:01", "03-11"), order("B", "03-05 09:03", "03-16"), order("A", "03-05 09:10", "03-15")];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    expect(result.rows().map((r) => r.outputs.ladderPrize.value)).toEqual([1000, 0, 500]);
    expect(groupWhere(result, "consultant", { consultant: "A" }).outputs.prizes.value).toBe(1500);
    expect(groupWhere(result, "consultant", { consultant: "B" }).outputs.prizes.value).toBe(0);
  });

  test("example 1: the forfeited #2 row stays ok, keeps position 2 and carries note NOT_DELIVERED_IN_10_DAYS", () => {
    const rows = [order("A", "03-05 09:01", "03-11"), order("B", "03-05 09:03", "03-16"), order("A", "03-05 09:10", "03-15")];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    const row = result.row(1);
    expect(row.status).toBe("ok");
    expect(row.reasons).toEqual([]);
    expect(codes(row.notes)).toEqual(["NOT_DELIVERED_IN_10_DAYS"]);
    expect(row.outputs.ladderPrizeRank.value).toBe(2);
    expect(result.rows().map((r) => r.outputs.ladderPrizeRank.value)).toEqual([1, 2, 3]);
    expect(codes(result.row(0).notes)).toEqual([]);
    expect(codes(result.row(2).notes)).toEqual([]);
  });

  test("example 2: one consultant holds #1, #2 and #3, all delivered within 10 days → 1000 + 800 + 500 = 2300", () => {
    const rows = [order("A", "03-05 09:00", day(1)), order("A", "03-05 09:10", day(5)), order("A", "03-05 09:20", day(10))];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    expect(result.rows().map((r) => r.outputs.ladderPrize.value)).toEqual([1000, 800, 500]);
    expect(groupWhere(result, "consultant", { consultant: "A" }).outputs.prizes.value).toBe(2300);
  });

  test("example 3: only two orders at the launch, both delivered on day 3 → 1000 and 800; no third prize", () => {
    const rows = [order("A", "03-05 10:00", day(3)), order("B", "03-05 11:00", day(3))];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    expect(result.rows().map((r) => r.outputs.ladderPrize.value)).toEqual([1000, 800]);
    expect(groupWhere(result, "consultant", { consultant: "A" }).outputs.prizes.value).toBe(1000);
    expect(groupWhere(result, "consultant", { consultant: "B" }).outputs.prizes.value).toBe(800);
  });

  test("example 4: #1 delivered day 12, #2 day 2, #3 day 2 → 0 + 800 + 500 (#1 forfeited, not passed on)", () => {
    const rows = [order("A", "03-05 09:00", day(12)), order("B", "03-05 09:30", day(2)), order("C", "03-05 10:00", day(2))];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    expect(result.rows().map((r) => r.outputs.ladderPrize.value)).toEqual([0, 800, 500]);
    expect(codes(result.row(0).notes)).toEqual(["NOT_DELIVERED_IN_10_DAYS"]);
    expect(result.row(0).status).toBe("ok");
    expect(groupWhere(result, "consultant", { consultant: "A" }).outputs.prizes.value).toBe(0);
  });
});

describe("car-launch-ladder rules and conventions", () => {
  test("the order sheet may be in any order: positions follow the order time, and a 4th order earns no ladder prize", () => {
    const rows = [order("D", "03-05 12:00", day(1)), order("C", "03-05 11:00", day(1)), order("B", "03-05 10:00", day(1)), order("A", "03-05 09:00", day(1))];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    expect(result.rows().map((r) => r.outputs.ladderPrize.value)).toEqual([0, 500, 800, 1000]);
    expect(result.rows().map((r) => r.outputs.ladderPrizeRank.value)).toEqual([4, 3, 2, 1]);
  });

  test("a car not delivered at all forfeits its prize (note NOT_DELIVERED_IN_10_DAYS); the next order keeps its own position", () => {
    const rows = [order("A", "03-05 09:00", null), order("B", "03-05 09:30", day(4))];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok"]);
    expect(codes(result.row(0).notes)).toEqual(["NOT_DELIVERED_IN_10_DAYS"]);
    expect(result.rows().map((r) => r.outputs.ladderPrize.value)).toEqual([0, 800]);
  });

  test("NOT_AT_LAUNCH: an order on another day is excluded and takes no position", () => {
    const rows = [order("X", "03-04 18:00", "03-06"), order("A", "03-05 09:00", day(1)), order("Y", "03-05 08:00", "03-06", { 是否上市会订车: "否" })];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    for (const i of [0, 2]) {
      expect(result.row(i).status).toBe("excluded");
      expect(codes(result.row(i).reasons)).toEqual(["NOT_AT_LAUNCH"]);
      expect(result.row(i).outputs.ladderPrize.value).toBe(0);
    }
    expect(result.row(1).outputs.ladderPrize.value).toBe(1000);
  });

  test("same order time → sheet order decides, with warning TIE_BY_ROW_ORDER", () => {
    const rows = [order("B", "03-05 09:00", day(2)), order("A", "03-05 09:00", day(2))];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    expect(result.rows().map((r) => r.outputs.ladderPrize.value)).toEqual([1000, 800]);
    expect(codes(result.row(0).warnings)).toEqual(["TIE_BY_ROW_ORDER"]);
    expect(codes(result.row(1).warnings)).toEqual(["TIE_BY_ROW_ORDER"]);
  });

  test("the per-car commission is pending EXTERNAL_SCHEME on every row and consultant while the ladder prizes are final (C10)", () => {
    const rows = [order("A", "03-05 09:01", "03-11"), order("B", "03-05 09:03", "03-16"), order("A", "03-05 09:10", "03-15")];
    const result = runPreset("car-launch-ladder", rows, LAUNCH);
    for (const r of result.rows()) {
      expect(r.status).toBe("ok");
      expect(r.outputs.perCarCommission.pending).toBe("EXTERNAL_SCHEME");
      expect(r.outputs.ladderPrize.pending).toBeUndefined();
    }
    const a = groupWhere(result, "consultant", { consultant: "A" });
    expect(a.outputs.perCarTotal.pending).toBe("EXTERNAL_SCHEME");
    expect(a.outputs.prizes.pending).toBeUndefined();
    expect(a.outputs.prizes.value).toBe(1500);
    expect(a.outputs.orders.value).toBe(2);
    expect(a.rows).toMatchObject({ total: 2, ok: 2, invalid: 0, pending: 0 });
    expect(a.complete).toBe(false);
  });

  test("without the launch date every order is pending MASKED_PARAMETER", () => {
    const result = runPreset("car-launch-ladder", [order("A", "2016-03-05 09:00", "2016-03-06")]);
    expect(result.row(0).status).toBe("pending");
    expect(codes(result.row(0).reasons)).toEqual(["MASKED_PARAMETER"]);
  });

  test("an unreadable order time is invalid INVALID_DATE naming the column", () => {
    const result = runPreset("car-launch-ladder", [order("A", "上午九点", day(1))], LAUNCH);
    expect(result.row(0).status).toBe("invalid");
    expect(result.row(0).reasons[0]).toMatchObject({ code: "INVALID_DATE", column: "订车时间" });
  });
});
