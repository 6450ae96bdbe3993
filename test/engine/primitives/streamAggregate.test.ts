import fc from "fast-check";
import { Dec } from "../../../src/engine/money/decimal";
import { aggregate } from "../../../src/engine/primitives/aggregate";
import { CountAccumulator, GroupAccumulator, SingleAccumulator, SumAccumulator } from "../../../src/engine/primitives/streamAggregate";
import { Pending, Temporal, Value } from "../../../src/engine/values/value";

// count, sum and single fed member by member, groups interleaved, against aggregate() over each group's list.

const ONE = new Dec(1);
const HALF = new Dec("0.5");
const VALUES: Value[] = [
  ONE,
  ONE,
  HALF,
  new Dec(1),
  new Dec("0.1"),
  new Dec("1e-30"),
  new Dec("3.3333333333333333333333333333333333333"),
  // more digits than the precision (40): a sum rounds it, however many terms it has
  new Dec("1.23456789012345678901234567890123456789012345"),
  new Dec(0),
  new Dec("-0"),
  new Pending("MASKED_PARAMETER", "rate"),
  new Pending("EXTERNAL", undefined, new Dec("2.5")),
  new Pending("EXTERNAL", undefined, new Dec(7)),
  null,
  "",
  "营业员",
  "店长",
  true,
  false,
  new Temporal("date", 16801),
  new Temporal("date", 16801),
];
// more distinct amounts than a group keeps in a list before it indexes them
for (let i = 0; i < 12; i++) VALUES.push(new Dec(i + 2));

function accumulatorFor(op: "count" | "sum" | "single", groups: number): GroupAccumulator {
  return op === "sum" ? new SumAccumulator(groups) : op === "single" ? new SingleAccumulator(groups) : new CountAccumulator();
}

describe.each(["count", "sum", "single"] as const)("streamed %s", (op) => {
  it("gives aggregate()'s outcome for every group", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(VALUES.length - 1)), { maxLength: 120 }), (members) => {
        const acc = accumulatorFor(op, 4);
        const lists: Value[][] = [[], [], [], []];
        for (const [g, k] of members) {
          acc.add(g, VALUES[k]);
          lists[g].push(VALUES[k]);
        }
        for (let g = 0; g < 4; g++) expect(acc.outcome(g, lists[g].length)).toEqual(aggregate(op, lists[g]));
      }),
    );
  });
});

describe.each(["count", "sum", "single"] as const)("streamed %s, fed per value", (op) => {
  it("gives the same outcome when each value comes once with its count, in the order of its first member", () => {
    const settled = VALUES.filter((v) => !(v instanceof Pending));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(settled.length - 1)), { maxLength: 120 }), (members) => {
        const oneByOne = accumulatorFor(op, 4);
        const perValue = accumulatorFor(op, 4);
        const counts = [0, 0, 0, 0];
        const repeats = new Map<string, number>();
        for (const [g, k] of members) {
          oneByOne.add(g, settled[k]);
          counts[g]++;
          const pair = `${g}:${k}`;
          repeats.set(pair, (repeats.get(pair) ?? 0) + 1);
        }
        for (const [pair, n] of repeats) {
          const [g, k] = pair.split(":").map(Number);
          perValue.addRepeated(g, settled[k], n);
        }
        for (let g = 0; g < 4; g++) expect(perValue.outcome(g, counts[g])).toEqual(oneByOne.outcome(g, counts[g]));
      }),
    );
  });
});
