import fc from "fast-check";
import { Dec, dec, roundOutput, ZERO } from "../../../src/engine/money/decimal";
import { shareSplit } from "../../../src/engine/primitives/shareSplit";
import { weightedScore } from "../../../src/engine/primitives/weightedScore";
import { gradeOf } from "../../../src/engine/primitives/gradeBands";
import { ratioScore } from "../../../src/engine/primitives/ratioScore";

const R = { scale: 2, mode: "halfUp" as const };

describe("share split (P14)", () => {
  test("catalogue sales-office example 6: 10,000 in three equal shares", () => {
    expect(shareSplit(dec(10000), [dec(1), dec(1), dec(1)], R)?.map((s) => s.toFixed(2))).toEqual(["3333.34", "3333.33", "3333.33"]);
  });
  test("catalogue example 5: 50,000 split 60/40", () => {
    expect(shareSplit(dec(50000), [dec(60), dec(40)], R)?.map((s) => s.toNumber())).toEqual([30000, 20000]);
  });
  test("property: shares always sum exactly to the pool", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }), (fen, ws) => {
        const pool = new Dec(fen).dividedBy(100);
        const shares = shareSplit(pool, ws.map((w) => dec(w)), R) as Dec[];
        return shares.reduce((a, s) => a.plus(s), ZERO).eq(pool);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("exact money (C7)", () => {
  test("property: summing amounts in yuan equals summing integer fen", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }), { maxLength: 50 }), (fens) => {
        const yuan = fens.reduce((a, f) => a.plus(new Dec(f).dividedBy(100)), ZERO);
        const fen = fens.reduce((a, f) => a + BigInt(f), 0n);
        return yuan.times(100).toFixed() === fen.toString();
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  test("half-up at the output only: 0.005 → 0.01, 2.675 → 2.68 (a binary float would give 2.67)", () => {
    expect(roundOutput(dec("0.005")).toFixed(2)).toBe("0.01");
    expect(roundOutput(dec("2.675")).toFixed(2)).toBe("2.68");
    expect(roundOutput(dec("-2.675")).toFixed(2)).toBe("-2.68");
  });

  test("weighted scores from the catalogue land exactly on the band edges (C7)", () => {
    const w = [dec("0.2"), dec("0.4"), dec("0.3"), dec("0.1")];
    const bands = [
      { label: "优", min: dec(9), inclusive: true },
      { label: "良", min: dec(7), inclusive: true },
      { label: "中", min: dec(5), inclusive: true },
    ];
    const s1 = weightedScore([10, 9, 9, 7].map((x) => dec(x)), w);
    const s2 = weightedScore([2, 5, 6, 8].map((x) => dec(x)), w);
    expect(s1.toFixed()).toBe("9");
    expect(gradeOf(s1, bands, "差")).toBe("优");
    expect(s2.toFixed()).toBe("5");
    expect(gradeOf(s2, bands, "差")).toBe("中");
    expect(gradeOf(dec("4.5"), bands, "差")).toBe("差");
  });

  test("ratio score with a bonus at the threshold (P9, equipment-floating-bonus)", () => {
    const util = { points: dec(40), bonus: { atLeast: dec("0.99"), inclusive: true, points: dec(48) } };
    expect(ratioScore(dec("0.93"), util).score.toFixed()).toBe("37.2");
    expect(ratioScore(dec("0.99"), util).score.toFixed()).toBe("48");
    expect(ratioScore(dec("0.9899"), util).score.toFixed()).toBe("39.596");
  });
});
