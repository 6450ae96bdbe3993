import fc from "fast-check";
import { Dec, numberFromText, roundOutput } from "../../../src/engine/money/decimal";

// Output values come from the output's text instead of a second conversion: always the double toNumber() gives.

const decimals = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => new Dec(x)),
  fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -60, max: 60 })).map(([m, e]) => new Dec(`${m}e${e}`)),
  fc.constantFrom(new Dec(0), new Dec(-0), new Dec("-0.000"), new Dec(1).dividedBy(3), new Dec(2).dividedBy(3).negated(), new Dec("1e-31"), new Dec("1e41")),
);

describe("numberFromText", () => {
  it("gives toNumber() from the plain text, sign of zero included", () => {
    fc.assert(
      fc.property(decimals, (v) => {
        expect(Object.is(numberFromText(v, v.toFixed()), v.toNumber())).toBe(true);
        const money = roundOutput(v, { scale: 2, mode: "halfUp" });
        expect(Object.is(numberFromText(money, money.toFixed(2)), money.toNumber())).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
