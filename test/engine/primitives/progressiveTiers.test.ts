import fc from "fast-check";
import { dec, Dec } from "../../../src/engine/money/decimal";
import { marginalRate, progressiveAmount, ProgressiveTier } from "../../../src/engine/primitives/progressiveTiers";

const SEED = { seed: 20261123, numRuns: 200 };
const clerk: ProgressiveTier[] = [{ upTo: 5, rate: dec(20) }, { rate: dec(40) }];

describe("progressive tiers (P5)", () => {
  test.each([
    [0, 0],
    [1, 20],
    [5, 100], // "5户内": the 5th is paid 20
    [6, 140], // "超出5户": the 6th is paid 40
    [8, 220],
  ])("n = %i → %i (catalogue: 20 × min(n, 5) + 40 × max(n − 5, 0))", (n, amount) => {
    expect(progressiveAmount(n, clerk).amount.toNumber()).toBe(amount);
  });

  test("the k-th unit's marginal rate", () => {
    expect([1, 5, 6, 100].map((k) => marginalRate(k, clerk).toNumber())).toEqual([20, 20, 40, 40]);
  });

  const tiersArb = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 500 })), { minLength: 1, maxLength: 5 })
    .map((bands) => {
      let upTo = 0;
      const tiers: ProgressiveTier[] = bands.map(([width, rate]) => ({ upTo: (upTo += width), rate: dec(rate) }));
      tiers[tiers.length - 1] = { rate: tiers[tiers.length - 1].rate };
      return tiers;
    });

  test("property: continuous — one more unit adds exactly the marginal rate of that unit", () => {
    fc.assert(
      fc.property(tiersArb, fc.integer({ min: 0, max: 200 }), (tiers, n) => {
        const step = progressiveAmount(n + 1, tiers).amount.minus(progressiveAmount(n, tiers).amount);
        return step.eq(marginalRate(n + 1, tiers));
      }),
      SEED,
    );
  });

  test("property: non-decreasing in the count for non-negative rates", () => {
    fc.assert(
      fc.property(tiersArb, fc.integer({ min: 0, max: 200 }), (tiers, n) => progressiveAmount(n + 1, tiers).amount.gte(progressiveAmount(n, tiers).amount)),
      SEED,
    );
  });

  test("property: attributed unit rates sum to the amount (C8)", () => {
    fc.assert(
      fc.property(tiersArb, fc.integer({ min: 0, max: 200 }), (tiers, n) => {
        let sum = new Dec(0);
        for (let k = 1; k <= n; k++) sum = sum.plus(marginalRate(k, tiers));
        return sum.eq(progressiveAmount(n, tiers).amount);
      }),
      SEED,
    );
  });
});
