import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/hotel-staff-marketing.md (from the rule catalogue), "Worked examples". Expected rewards are typed in from the catalogue table.

/** An eligible room booking brought by a 客房部 employee, via marketing, staff referral, unless overridden. */
function booking(extra: RowObject = {}): RowObject {
  return {
    员工: "李明",
    部门: "客房部",
    岗位: "服务员",
    月份: "2016-03",
    类别: "客房",
    订单来源: "员工介绍",
    是否营销部下单: "是",
    间数: 1,
    夜数: 1,
    房价: 300,
    消费总额: null,
    是否弄虚作假: "否",
    ...extra,
  };
}

const EXAMPLES: { n: number; row: RowObject; reward: number; status: string; code?: string }[] = [
  // 1: rooms 1, nights 2, price 268 → 260 ≤ 268 < 300 → 20 × 1 × 2 = 40
  { n: 1, row: booking({ 间数: 1, 夜数: 2, 房价: 268 }), reward: 40, status: "ok" },
  // 2: rooms 2, nights 1, price 240 → 240 band edge → 10 × 2 × 1 = 20
  { n: 2, row: booking({ 间数: 2, 夜数: 1, 房价: 240 }), reward: 20, status: "ok" },
  // 3: rooms 1, nights 1, price 239 → below 240 → 0
  { n: 3, row: booking({ 间数: 1, 夜数: 1, 房价: 239 }), reward: 0, status: "ok" },
  // 4: rooms 6, nights 2, price 190 → group → 5 × 6 × 2 = 60
  { n: 4, row: booking({ 间数: 6, 夜数: 2, 房价: 190 }), reward: 60, status: "ok" },
  // 5: rooms 4, nights 1, price 179 → group (4 rooms, inclusive) but price < 180 → 0
  { n: 5, row: booking({ 间数: 4, 夜数: 1, 房价: 179 }), reward: 0, status: "ok" },
  // 6: rooms 3, nights 1, price 300 → 3 rooms is not a group → 40 × 3 × 1 = 120
  { n: 6, row: booking({ 间数: 3, 夜数: 1, 房价: 300 }), reward: 120, status: "ok" },
  // 7: meeting, spend 8,500 → 2 % × 8,500 = 170
  { n: 7, row: booking({ 类别: "会议", 间数: null, 夜数: null, 房价: null, 消费总额: "8,500" }), reward: 170, status: "ok" },
  // 8: post 总台收银, rooms 1, price 300 → 0, excluded EXCLUDED_POST
  { n: 8, row: booking({ 部门: "前厅部", 岗位: "总台收银", 间数: 1, 房价: 300 }), reward: 0, status: "excluded", code: "EXCLUDED_POST" },
  // 9: booked by a travel agency → 0, excluded AGENCY_BOOKING
  { n: 9, row: booking({ 订单来源: "旅行社" }), reward: 0, status: "excluded", code: "AGENCY_BOOKING" },
];

describe("hotel-staff-marketing worked examples", () => {
  test.each(EXAMPLES)("example $n: reward $reward ($status)", ({ row, reward, status, code }) => {
    const result = runPreset("hotel-staff-marketing", [row]);
    const r = result.row(0);
    expect(r.status).toBe(status);
    expect(r.outputs.reward.value).toBe(reward);
    if (code) expect(codes(r.reasons)).toEqual([code]);
    else expect(r.reasons).toEqual([]);
  });

  test("examples 1–9 as one sheet for one employee: the month total is the sum of the rows, 410 yuan, complete (C10)", () => {
    const result = runPreset("hotel-staff-marketing", EXAMPLES.map((e) => e.row));
    expect(result.rows().map((r) => r.outputs.reward.value)).toEqual([40, 20, 0, 60, 0, 120, 170, 0, 0]);
    const g = groupWhere(result, "person", { person: "李明", month: "2016-03" });
    expect(g.outputs.rewardTotal.value).toBe(410);
    expect(g.outputs.net.value).toBe(410);
    expect(g.rows).toMatchObject({ total: 9, ok: 7, excluded: 2, invalid: 0, pending: 0 });
    expect(g.complete).toBe(true);
  });

  test("the room rate applied: individual bands 10 / 20 / 40 by price, group 5 from 180", () => {
    const result = runPreset("hotel-staff-marketing", EXAMPLES.slice(0, 6).map((e) => e.row));
    expect(result.rows().map((r) => r.outputs.roomRate.value)).toEqual([20, 10, 0, 5, 0, 40]);
  });
});

describe("hotel-staff-marketing eligibility (H1–H5)", () => {
  test.each([
    ["H1 营销部, any post", "EXCLUDED_POST", { 部门: "营销部", 岗位: "经理" }],
    ["H1 总台接待", "EXCLUDED_POST", { 部门: "前厅部", 岗位: "总台接待" }],
    ["H2 not via marketing", "NOT_VIA_MARKETING", { 是否营销部下单: "否" }],
    ["H3 online booking agency", "AGENCY_BOOKING", { 订单来源: "网络订房公司" }],
    ["H3 travel agency", "AGENCY_BOOKING", { 订单来源: "旅行社" }],
    ["H4 walk-in", "WALK_IN", { 订单来源: "散客自来" }],
  ] as [string, string, RowObject][])("%s → excluded %s", (_label, code, extra) => {
    const r = runPreset("hotel-staff-marketing", [booking(extra)]).row(0);
    expect(r.status).toBe("excluded");
    expect(codes(r.reasons)).toEqual([code]);
    expect(r.outputs.reward.value).toBe(0);
  });

  test("H1: other posts of 前厅部 (e.g. 礼宾) are eligible", () => {
    const r = runPreset("hotel-staff-marketing", [booking({ 部门: "前厅部", 岗位: "礼宾" })]).row(0);
    expect(r.status).toBe("ok");
    expect(r.outputs.reward.value).toBe(40);
  });

  test("all failing rules are listed (P1)", () => {
    const r = runPreset("hotel-staff-marketing", [booking({ 部门: "营销部", 是否营销部下单: "否", 订单来源: "散客自来" })]).row(0);
    expect(r.status).toBe("excluded");
    expect(codes(r.reasons)).toEqual(["EXCLUDED_POST", "NOT_VIA_MARKETING", "WALK_IN"]);
  });

  test("H5 fraud: excluded FRAUD with reward 0; the fines entered are kept and total per employee-month", () => {
    const rows = [booking({ 间数: 1, 夜数: 2, 房价: 268 }), booking({ 是否弄虚作假: "是", 当事者罚款: 300, 营销部罚款: 800 })];
    const result = runPreset("hotel-staff-marketing", rows);
    const r = result.row(1);
    expect(r.status).toBe("excluded");
    expect(codes(r.reasons)).toEqual(["FRAUD"]);
    expect(r.outputs.reward.value).toBe(0);
    expect(r.outputs.personFine.value).toBe(300);
    expect(r.outputs.deptFine.value).toBe(800);
    const g = groupWhere(result, "person", { person: "李明" });
    expect(g.outputs.rewardTotal.value).toBe(40);
    expect(g.outputs.personFines.value).toBe(300);
    expect(g.outputs.deptFines.value).toBe(800);
    expect(g.outputs.net.value).toBe(-260);
  });

  test.each([
    ["当事者罚款", 199],
    ["当事者罚款", 600],
    ["营销部罚款", 499],
    ["营销部罚款", 1001],
  ])("H5: a fine outside its range (%s = %s) is invalid FINE_OUT_OF_RANGE", (header, amount) => {
    const r = runPreset("hotel-staff-marketing", [booking({ 是否弄虚作假: "是", [header]: amount })]).row(0);
    expect(r.status).toBe("invalid");
    expect(r.reasons[0]).toMatchObject({ code: "FINE_OUT_OF_RANGE", column: header });
  });

  test("H5: the range ends are allowed (200 / 500 and 500 / 1000)", () => {
    const result = runPreset("hotel-staff-marketing", [
      booking({ 是否弄虚作假: "是", 当事者罚款: 200, 营销部罚款: 500 }),
      booking({ 是否弄虚作假: "是", 当事者罚款: 500, 营销部罚款: 1000 }),
    ]);
    expect(result.rows().map((r) => r.status)).toEqual(["excluded", "excluded"]);
  });
});

describe("hotel-staff-marketing conventions", () => {
  test("lobby bar: no rate defined → pending NO_RATE_DEFINED with reward 0; the employee-month is incomplete (C10)", () => {
    const rows = [booking({ 间数: 1, 夜数: 2, 房价: 268 }), booking({ 类别: "堂吧", 间数: null, 夜数: null, 房价: null, 消费总额: 600 })];
    const result = runPreset("hotel-staff-marketing", rows);
    const r = result.row(1);
    expect(r.status).toBe("pending");
    expect(codes(r.reasons)).toEqual(["NO_RATE_DEFINED"]);
    expect(r.outputs.reward.value).toBe(0);
    const g = groupWhere(result, "person", { person: "李明" });
    expect(g.outputs.rewardTotal.value).toBe(40);
    expect(g.rows.pending).toBe(1);
    expect(g.complete).toBe(false);
  });

  test("a group at a high price (5 rooms at 260) still earns the group rate: 5 × 5 × 1 = 25", () => {
    const r = runPreset("hotel-staff-marketing", [booking({ 间数: 5, 夜数: 1, 房价: 260 })]).row(0);
    expect(r.outputs.roomRate.value).toBe(5);
    expect(r.outputs.reward.value).toBe(25);
  });

  test("per-room variant: with perRoomNight = false the rate is paid per room (example 1 → 20 × 1)", () => {
    const result = runPreset("hotel-staff-marketing", [booking({ 间数: 1, 夜数: 2, 房价: 268 })], { params: { perRoomNight: false } });
    expect(result.row(0).outputs.reward.value).toBe(20);
  });

  test("a room booking without a price is invalid MISSING_ROOM_DATA; a meeting without spend is invalid MISSING_SPEND", () => {
    const result = runPreset("hotel-staff-marketing", [booking({ 房价: null }), booking({ 类别: "会议", 消费总额: null })]);
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(result.row(0).reasons)).toEqual(["MISSING_ROOM_DATA"]);
    expect(codes(result.row(1).reasons)).toEqual(["MISSING_SPEND"]);
    const g = groupWhere(result, "person", { person: "李明" });
    expect(g.rows.invalid).toBe(2);
    expect(g.complete).toBe(false);
  });

  test("unknown category or source labels are invalid; 0 rooms is out of range; money cells like ¥268 are read (C4)", () => {
    const result = runPreset("hotel-staff-marketing", [
      booking({ 类别: "餐饮" }),
      booking({ 订单来源: "朋友" }),
      booking({ 间数: 0 }),
      booking({ 房价: "¥268", 夜数: "２" }),
    ]);
    expect(codes(result.row(0).reasons)).toEqual(["UNKNOWN_CATEGORY"]);
    expect(codes(result.row(1).reasons)).toEqual(["UNKNOWN_CHANNEL"]);
    expect(result.row(2).status).toBe("invalid");
    expect(codes(result.row(2).reasons)).toEqual(["OUT_OF_RANGE"]);
    expect(result.row(3).outputs.reward.value).toBe(40);
  });

  test("a fine entered without fraud is invalid FINE_WITHOUT_FRAUD", () => {
    const r = runPreset("hotel-staff-marketing", [booking({ 当事者罚款: 300 })]).row(0);
    expect(r.status).toBe("invalid");
    expect(codes(r.reasons)).toEqual(["FINE_WITHOUT_FRAUD"]);
  });
});
