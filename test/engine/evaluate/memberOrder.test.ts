import fc from "fast-check";
import { Dec } from "../../../src/engine/money/decimal";
import { CodedExpr } from "../../../src/engine/evaluate/store";
import { bucketBy, groupsAt, orderByCodes, sortMembers } from "../../../src/engine/steps/shared/memberOrder";
import { Temporal, Value } from "../../../src/engine/values/value";

// C8 order of every group at once (ranked codes, two counting sorts) against sortMembers, group by group.

const KEYS: Value[] = [
  new Temporal("date", 16801),
  new Temporal("date", 16802),
  new Temporal("date", 16800),
  new Temporal("datetime", 16801 * 86400 + 3600),
  new Temporal("datetime", 16800 * 86400),
  new Dec(3),
  new Dec("16801"),
  new Dec(-0),
  new Dec(0),
  new Dec("1e400"),
  new Dec("2e400"),
  null,
  "文本",
  true,
];

describe("orderByCodes", () => {
  it.each([
    ["one pass by (group, rank)", undefined],
    ["two passes, rank then group", 0],
  ])("orders each group's members as sortMembers does, sheet order on ties: %s", (_how, fuseUpTo) => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5), fc.nat(KEYS.length - 1)), { maxLength: 200 }),
        fc.uniqueArray(fc.nat(KEYS.length - 1), { minLength: 1, maxLength: KEYS.length }),
        (members, pool) => {
          // member m: group members[m][0], key code members[m][1] among the codes in `pool`
          const groups = 6;
          const groupOf = Int32Array.from(members, (x) => x[0]);
          const codes = Int32Array.from(members, (x) => x[1] % pool.length);
          const values = pool.map((k) => KEYS[k]);
          const key = new CodedExpr(codes, pool.length, (m) => values[codes[m]]);
          const list = Int32Array.from(members.keys());
          const fast = orderByCodes(list, groupOf, groups, key, fuseUpTo);
          const inSheetOrder = bucketBy(list, groupsAt(list, groupOf), groups);
          for (let g = 0; g < groups; g++) {
            const expected = Array.from(inSheetOrder.items.subarray(inSheetOrder.offsets[g], inSheetOrder.offsets[g + 1]));
            sortMembers(expected, [(m) => values[codes[m]]], new Float64Array(members.length));
            let got = Array.from(fast.items.subarray(fast.offsets[g], fast.offsets[g + 1]));
            if (fast.unordered[g]) {
              expect(got).toEqual([...got].sort((a, b) => a - b));
              sortMembers(got, [(m) => values[codes[m]]], new Float64Array(members.length));
              got = [...got];
            }
            expect(got).toEqual(expected);
          }
        },
      ),
    );
  });
});

describe("bucketBy", () => {
  it("keeps list order within each key", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(4)), (keys) => {
        const list = Int32Array.from(keys.keys()).reverse();
        const b = bucketBy(list, Int32Array.from(list, (m) => keys[m]), 5);
        for (let k = 0; k < 5; k++) {
          expect(Array.from(b.items.subarray(b.offsets[k], b.offsets[k + 1]))).toEqual(Array.from(list).filter((m) => keys[m] === k));
        }
      }),
    );
  });
});
