import fc from "fast-check";
import { dec } from "../../../src/engine/money/decimal";
import { findSlab, Slab, slabProblems } from "../../../src/engine/primitives/slabLookup";

// mall-referral deduction: P ≥ 300,000 → 10,000; 150,000 ≤ P < 300,000 → 8,000; P < 150,000 → 5,000
const mall: Slab<number>[] = [
  { from: dec(300000), fromInclusive: true, toInclusive: false, value: 10000 },
  { from: dec(150000), fromInclusive: true, to: dec(300000), toInclusive: false, value: 8000 },
  { to: dec(150000), toInclusive: false, fromInclusive: true, value: 5000 },
];

describe("slab lookup (P6)", () => {
  test.each([
    [320000, 10000],
    [300000, 10000],
    [299999, 8000],
    [150000, 8000],
    [149999, 5000],
    [0, 5000],
  ])("contract %i → deduction %i", (p, d) => expect(findSlab(dec(p), mall)?.value).toBe(d));

  test("a partition has no problems; gaps and overlaps are named", () => {
    expect(slabProblems(mall)).toEqual([]);
    const gap: Slab<number>[] = [
      { to: dec(10), fromInclusive: true, toInclusive: false, value: 1 },
      { from: dec(20), fromInclusive: true, toInclusive: false, value: 2 },
    ];
    expect(slabProblems(gap)).toEqual(["no band covers 10–20 between bands[0] and bands[1]"]);
    const overlap: Slab<number>[] = [
      { to: dec(10), fromInclusive: true, toInclusive: true, value: 1 },
      { from: dec(10), fromInclusive: true, toInclusive: false, value: 2 },
    ];
    expect(slabProblems(overlap)).toEqual(["bands[0] and bands[1] overlap"]);
  });

  test("property: the amount changes only at band edges", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600000 }), (p) => {
        const a = findSlab(dec(p), mall)?.value;
        const b = findSlab(dec(p + 1), mall)?.value;
        return a === b || [149999, 299999].includes(p);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
