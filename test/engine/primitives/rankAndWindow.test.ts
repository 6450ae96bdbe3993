import { dec, Dec } from "../../../src/engine/money/decimal";
import { cutWithTies, rankEntries } from "../../../src/engine/primitives/rankAwards";
import { findWindow } from "../../../src/engine/primitives/consecutiveWindow";
import { aggregate } from "../../../src/engine/primitives/aggregate";
import { Pending } from "../../../src/engine/values/value";

describe("rank awards (P13)", () => {
  test("bottom two with ties at the cut: counts A3 B1 C1 D1 → {B, C, D}", () => {
    const ranked = rankEntries([3, 1, 1, 1].map((c, id) => ({ id, keys: [dec(c)] })), ["asc"]);
    expect([...cutWithTies(ranked, 2)].sort()).toEqual([1, 2, 3]);
  });
  test("bottom two without ties: D1 C2 B3 A4 → {D, C}", () => {
    const ranked = rankEntries([4, 3, 2, 1].map((c, id) => ({ id, keys: [dec(c)] })), ["asc"]);
    expect([...cutWithTies(ranked, 2)].sort()).toEqual([2, 3]);
  });
  test("competition ranks share places and blanks rank last", () => {
    const ranked = rankEntries(
      [
        { id: 0, keys: [dec(8)] },
        { id: 1, keys: [null] },
        { id: 2, keys: [dec(10)] },
        { id: 3, keys: [dec(8)] },
      ],
      ["desc"],
    );
    expect(ranked.map((r) => [r.id, r.rank, r.tied])).toEqual([
      [2, 1, false],
      [0, 2, true],
      [3, 2, true],
      [1, 4, false],
    ]);
  });
  test("tie-break keys decide before sheet order (dealer ranking: 丁 above 乙)", () => {
    const ranked = rankEntries(
      [
        { id: 0, keys: [dec(8), dec(0)] }, // 乙: total 8, achievement points 0
        { id: 1, keys: [dec(8), dec(4)] }, // 丁: total 8, achievement points 4
      ],
      ["desc", "desc"],
    );
    expect(ranked.map((r) => r.id)).toEqual([1, 0]);
  });
});

describe("consecutive window (P12 g)", () => {
  const periods = (values: number[]) => ({
    values: values.map((v) => dec(v)),
    active: values.map((v) => v > 0),
    periodOk: values.map(() => true),
    numerator: values.map(() => new Dec(0)),
    denominator: values.map(() => new Dec(0)),
  });
  test("new-customer-dev example 2: months 2–4 average exactly 50,000 (inclusive)", () => {
    const w = findWindow(periods([30000, 40000, 50000, 60000, 55000, 10000]), { length: 3, atLeast: dec(50000) });
    expect(w.start).toBe(1);
  });
  test("new-customer-dev example 5: the best window inside months 1–6 averages 43,333.33", () => {
    const w = findWindow(periods([10000, 10000, 10000, 10000, 60000, 60000]), { length: 3, atLeast: dec(50000) });
    expect(w.start).toBe(-1);
  });
  test("a window that reaches the average but fails its period test is reported", () => {
    const p = periods([60000, 60000, 60000, 0, 0, 0]);
    p.periodOk[1] = false;
    const w = findWindow(p, { length: 3, atLeast: dec(50000) });
    expect(w).toMatchObject({ start: -1, failedPeriodTest: true });
  });
});

describe("aggregates keep pending open (C10)", () => {
  const p = new Pending("MASKED_PARAMETER", "th");
  test("any: one true decides; otherwise pending stays pending", () => {
    expect(aggregate("any", [false, p, true]).value).toBe(true);
    expect(aggregate("any", [false, p]).value).toBe(p);
  });
  test("all: one false decides; otherwise pending stays pending", () => {
    expect(aggregate("all", [true, p, false]).value).toBe(false);
    expect(aggregate("all", [true, p]).value).toBe(p);
  });
  test("min and max are pending while a member is", () => {
    expect(aggregate("max", [dec(3), p]).value).toBe(p);
    expect((aggregate("min", [dec(3), dec(1)]).value as Dec).toFixed()).toBe("1");
  });
});
