import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/car-launch-first.md (from the rule catalogue), "Worked examples — launch day 2016-03-05; all orders at the launch".
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

const LAUNCH = { params: { launchDate: "2016-03-05" } };

let seq = 0;
/** One launch order; times are written M-D HH:MM (the year comes from the launch date, C9). */
function order(consultant: string, orderTime: string, deliveryTime: string | null, extra: RowObject = {}): RowObject {
  seq += 1;
  return { 销售顾问: consultant, 订单号: `SO${String(seq).padStart(4, "0")}`, 订车时间: orderTime, 交车时间: deliveryTime, 是否上市会订车: "是", ...extra };
}

/** The catalogue's example rows. */
function exampleRows(): RowObject[] {
  return [
    order("A", "03-05 09:05", "03-06 10:00"),
    order("A", "03-05 10:00", "03-08"),
    order("A", "03-05 11:00", "03-10"),
    order("A", "03-05 14:00", "03-12"),
    order("B", "03-05 09:20", "03-07"),
    order("B", "03-05 09:40", "03-09"),
    order("B", "03-05 13:00", "03-14"),
    order("C", "03-05 10:30", "03-08"),
    order("C", "03-05 15:00", "03-11"),
    order("D", "03-05 16:00", "03-12"),
  ];
}

describe("car-launch-first worked examples", () => {
  const table = [
    // #1 A: 4 launch orders; 1000 + 1000 + 1000 = 3000 prizes; 4 × 1000 = 4000 (03-12 is day 7 → counts); total 7000
    { n: 1, who: "A", orders: 4, firstOrder: 1000, firstDelivery: 1000, extra: 1000, prizes: 3000, perCar: 4000, total: 7000, bottom: false },
    // #2 B: 3 launch orders; no prize; 2 × 1000 (the 13:00 car delivered 03-14, day 9, earns 0); total 2000
    { n: 2, who: "B", orders: 3, firstOrder: 0, firstDelivery: 0, extra: 0, prizes: 0, perCar: 2000, total: 2000, bottom: false },
    // #3 C: 2 launch orders; bottom two = {D (1), C (2)} → 2 × 500 = 1000
    { n: 3, who: "C", orders: 2, firstOrder: 0, firstDelivery: 0, extra: 0, prizes: 0, perCar: 1000, total: 1000, bottom: true },
    // #4 D: 1 launch order, day-7 delivery counts, bottom-two rate → 1 × 500 = 500
    { n: 4, who: "D", orders: 1, firstOrder: 0, firstDelivery: 0, extra: 0, prizes: 0, perCar: 500, total: 500, bottom: true },
  ];

  test.each(table)("example $n: consultant $who → prizes $prizes, per-car $perCar, total $total", (x) => {
    const result = runPreset("car-launch-first", exampleRows(), LAUNCH);
    const g = groupWhere(result, "consultant", { consultant: x.who });
    expect(g.outputs.launchOrders.value).toBe(x.orders);
    expect(g.outputs.firstOrderPrize.value).toBe(x.firstOrder);
    expect(g.outputs.firstDeliveryPrize.value).toBe(x.firstDelivery);
    expect(g.outputs.doubleExtra.value).toBe(x.extra);
    expect(g.outputs.prizes.value).toBe(x.prizes);
    expect(g.outputs.perCarTotal.value).toBe(x.perCar);
    expect(g.outputs.total.value).toBe(x.total);
    expect(g.outputs.isBottomTwo.value).toBe(x.bottom);
  });

  test("example 1: A's first row wins the first order (09:05) and the first delivery (03-06 10:00); the 03-12 car (day 7) earns 1000", () => {
    const result = runPreset("car-launch-first", exampleRows(), LAUNCH);
    expect(result.rows().map((r) => r.outputs.firstOrder.value)).toEqual([1000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(result.rows().map((r) => r.outputs.firstDelivery.value)).toEqual([1000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(result.row(3).outputs.perCar.value).toBe(1000);
    expect(result.row(3).notes).toEqual([]);
  });

  test("example 2: B's 13:00 car delivered on day 9 stays ok with note NOT_DELIVERED_IN_WEEK and per-car 0, and still counts as a launch order", () => {
    const result = runPreset("car-launch-first", exampleRows(), LAUNCH);
    const row = result.row(6);
    expect(row.status).toBe("ok");
    expect(codes(row.notes)).toEqual(["NOT_DELIVERED_IN_WEEK"]);
    expect(row.outputs.perCar.value).toBe(0);
    expect(groupWhere(result, "consultant", { consultant: "B" }).outputs.launchOrders.value).toBe(3);
  });

  test("examples 3–4: the bottom-two rows earn 500 per qualifying car; per-car rows of every consultant sum to the totals", () => {
    const result = runPreset("car-launch-first", exampleRows(), LAUNCH);
    expect(result.rows().map((r) => r.outputs.perCar.value)).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 0, 500, 500, 500]);
  });

  test("example 5 (tie variant): counts A 3, B 1, C 1, D 1 → bottom set {B, C, D}, all three get 500 per qualifying car", () => {
    const rows = [
      order("A", "03-05 09:00", "03-07"),
      order("A", "03-05 10:00", "03-08"),
      order("A", "03-05 11:00", "03-09"),
      order("B", "03-05 12:00", "03-10"),
      order("C", "03-05 13:00", "03-10"),
      order("D", "03-05 14:00", "03-11"),
    ];
    const result = runPreset("car-launch-first", rows, LAUNCH);
    for (const who of ["B", "C", "D"]) {
      const g = groupWhere(result, "consultant", { consultant: who });
      expect(g.outputs.isBottomTwo.value).toBe(true);
      expect(g.outputs.perCarTotal.value).toBe(500);
    }
    const a = groupWhere(result, "consultant", { consultant: "A" });
    expect(a.outputs.isBottomTwo.value).toBe(false);
    expect(a.outputs.perCarTotal.value).toBe(3000);
  });

  test("example 6 (split variant): first order by A, first delivery by B → A 1000, B 1000, no double extra", () => {
    const rows = [
      order("A", "03-05 09:00", "03-09"),
      order("B", "03-05 09:30", "03-07"),
      order("C", "03-05 10:00", "03-08"),
      order("C", "03-05 10:30", "03-08"),
      order("C", "03-05 11:00", "03-08"),
    ];
    const result = runPreset("car-launch-first", rows, LAUNCH);
    const a = groupWhere(result, "consultant", { consultant: "A" });
    const b = groupWhere(result, "consultant", { consultant: "B" });
    expect(a.outputs.firstOrderPrize.value).toBe(1000);
    expect(a.outputs.firstDeliveryPrize.value).toBe(0);
    expect(a.outputs.doubleExtra.value).toBe(0);
    expect(a.outputs.prizes.value).toBe(1000);
    expect(b.outputs.firstOrderPrize.value).toBe(0);
    expect(b.outputs.firstDeliveryPrize.value).toBe(1000);
    expect(b.outputs.doubleExtra.value).toBe(0);
    expect(b.outputs.prizes.value).toBe(1000);
    // a bottom-two consultant can still win a first prize: A and B (1 order each) are the bottom two
    expect(a.outputs.isBottomTwo.value).toBe(true);
    expect(a.outputs.total.value).toBe(1500);
    expect(b.outputs.total.value).toBe(1500);
  });
});

describe("car-launch-first eligibility and conventions", () => {
  test("NOT_AT_LAUNCH: flagged 否 or ordered on another day → excluded, earns nothing and is not counted for any prize or ranking", () => {
    const rows = [
      order("E", "03-05 08:00", "03-05 20:00", { 是否上市会订车: "否" }),
      order("F", "03-04 17:00", "03-05 08:00"),
      ...exampleRows(),
    ];
    const result = runPreset("car-launch-first", rows, LAUNCH);
    for (const i of [0, 1]) {
      expect(result.row(i).status).toBe("excluded");
      expect(codes(result.row(i).reasons)).toEqual(["NOT_AT_LAUNCH"]);
      expect(result.row(i).outputs.firstOrder.value).toBe(0);
      expect(result.row(i).outputs.firstDelivery.value).toBe(0);
      expect(result.row(i).outputs.perCar.value).toBe(0);
    }
    // A still holds both prizes; E and F are not ranked, so the bottom two stay {C, D}
    expect(groupWhere(result, "consultant", { consultant: "A" }).outputs.total.value).toBe(7000);
    expect(groupWhere(result, "consultant", { consultant: "E" }).outputs.isBottomTwo.value).toBe(false);
    expect(groupWhere(result, "consultant", { consultant: "B" }).outputs.perCarTotal.value).toBe(2000);
    expect(groupWhere(result, "consultant", { consultant: "C" }).outputs.perCarTotal.value).toBe(1000);
  });

  test("NOT_NEW_MODEL: with the launched model configured, an order of another model is excluded; without it every row is the new model", () => {
    const rows = [order("A", "03-05 09:00", "03-06", { 车型: "老款" }), order("B", "03-05 09:30", "03-07", { 车型: "新款" })];
    const withModel = runPreset("car-launch-first", rows, { params: { launchDate: "2016-03-05", newModel: "新款" } });
    expect(withModel.row(0).status).toBe("excluded");
    expect(codes(withModel.row(0).reasons)).toEqual(["NOT_NEW_MODEL"]);
    expect(withModel.row(1).outputs.firstOrder.value).toBe(1000);
    const without = runPreset("car-launch-first", rows, LAUNCH);
    expect(without.rows().map((r) => r.status)).toEqual(["ok", "ok"]);
    expect(without.row(0).outputs.firstOrder.value).toBe(1000);
  });

  test("identical order times: the earlier sheet row wins the first-order prize with warning TIE_BY_ROW_ORDER", () => {
    const rows = [order("B", "03-05 09:00", "03-08"), order("A", "03-05 09:00", "03-07"), order("C", "03-05 10:00", "03-09")];
    const result = runPreset("car-launch-first", rows, LAUNCH);
    expect(result.rows().map((r) => r.outputs.firstOrder.value)).toEqual([1000, 0, 0]);
    expect(codes(result.row(0).warnings)).toContain("TIE_BY_ROW_ORDER");
    expect(result.row(1).outputs.firstDelivery.value).toBe(1000);
  });

  test("identical delivery times: the earlier sheet row wins the first-delivery prize with warning TIE_BY_ROW_ORDER", () => {
    const rows = [order("B", "03-05 09:30", "03-07 10:00"), order("A", "03-05 09:00", "03-07 10:00")];
    const result = runPreset("car-launch-first", rows, LAUNCH);
    expect(result.rows().map((r) => r.outputs.firstDelivery.value)).toEqual([1000, 0]);
    expect(codes(result.row(0).warnings)).toContain("TIE_BY_ROW_ORDER");
  });

  test("a car not yet delivered is a launch order with note NOT_DELIVERED_IN_WEEK; day 8 misses the week (day 7 is inclusive)", () => {
    const rows = [order("A", "03-05 09:00", null), order("A", "03-05 23:59", "03-13 00:01"), order("A", "03-05 10:00", "03-12 23:59")];
    const result = runPreset("car-launch-first", rows, LAUNCH);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok", "ok"]);
    expect(codes(result.row(0).notes)).toEqual(["NOT_DELIVERED_IN_WEEK"]);
    expect(codes(result.row(1).notes)).toEqual(["NOT_DELIVERED_IN_WEEK"]);
    expect(result.rows().map((r) => r.outputs.perCar.value)).toEqual([0, 0, 500]);
    // the undelivered car still wins the first-order prize
    expect(result.row(0).outputs.firstOrder.value).toBe(1000);
    expect(groupWhere(result, "consultant", { consultant: "A" }).outputs.launchOrders.value).toBe(3);
  });

  test("a roster row (consultant only) ranks a consultant with zero launch orders in the bottom two", () => {
    const rows = [...exampleRows(), { 销售顾问: "E" }];
    const result = runPreset("car-launch-first", rows, LAUNCH);
    expect(result.row(10).status).toBe("excluded");
    expect(codes(result.row(10).reasons)).toEqual(["ROSTER_ENTRY"]);
    expect(groupWhere(result, "consultant", { consultant: "E" }).outputs.isBottomTwo.value).toBe(true);
    expect(groupWhere(result, "consultant", { consultant: "D" }).outputs.isBottomTwo.value).toBe(true);
    // C (2 orders) is no longer in the bottom two: 2 × 1000
    expect(groupWhere(result, "consultant", { consultant: "C" }).outputs.perCarTotal.value).toBe(2000);
  });

  test("an order with an order ID but no order time is invalid; the consultant's group is incomplete (C10)", () => {
    const rows = [...exampleRows(), order("D", "", "03-08")];
    const result = runPreset("car-launch-first", rows, LAUNCH);
    expect(result.row(10).status).toBe("invalid");
    expect(codes(result.row(10).reasons)).toEqual(["MISSING_ORDER_TIME"]);
    const d = groupWhere(result, "consultant", { consultant: "D" });
    expect(d.complete).toBe(false);
    expect(d.rows).toMatchObject({ total: 2, ok: 1, invalid: 1 });
    expect(d.outputs.total.value).toBe(500);
  });

  test("C10: every consultant of the worked example is complete, with its rows counted by status", () => {
    const result = runPreset("car-launch-first", exampleRows(), LAUNCH);
    const counts = Object.fromEntries(result.groups("consultant").map((g) => [g.key.consultant, [g.complete, g.rows.total, g.rows.ok]]));
    expect(counts).toEqual({ A: [true, 4, 4], B: [true, 3, 3], C: [true, 2, 2], D: [true, 1, 1] });
  });

  test("without the launch date configured every order is pending MASKED_PARAMETER (full date-time cells)", () => {
    const rows = [order("A", "2016-03-05 09:05", "2016-03-06 10:00"), order("B", "2016-03-05 09:20", "2016-03-07")];
    const result = runPreset("car-launch-first", rows);
    expect(result.rows().map((r) => r.status)).toEqual(["pending", "pending"]);
    expect(codes(result.row(0).reasons)).toEqual(["MASKED_PARAMETER"]);
    const a = groupWhere(result, "consultant", { consultant: "A" });
    expect(a.complete).toBe(false);
    expect(a.rows.pending).toBe(1);
  });

  test("without the launch date configured, M-D HH:MM cells are pending MASKED_PARAMETER as well (their year is the launch date's)", () => {
    const result = runPreset("car-launch-first", [order("A", "03-05 09:05", "03-06 10:00")]);
    expect(result.row(0).status).toBe("pending");
    expect(codes(result.row(0).reasons)).toEqual(["MASKED_PARAMETER"]);
  });
});
