import fc from "fast-check";
import { Column } from "../../../../src/engine/evaluate/store/column";
import { Dec } from "../../../../src/engine/money/decimal";
import { Value } from "../../../../src/engine/values/value";

// A numbered column must read back exactly what was set (the same objects), whether it stays numbered, widens its
// codes past 256 values or gives up numbering when most values are new.

const SHARED: Value[] = [null, true, false, "营业员", new Dec(20), new Dec(40), new Dec(0)];

describe("Column", () => {
  it("reads back every value set, numbered or not", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(999), fc.oneof(fc.nat(SHARED.length - 1), fc.integer({ min: 1000, max: 9000 }))), { maxLength: 3000 }), fc.boolean(), (sets, coding) => {
        const size = 1000;
        const column = Column.numbering(size, coding);
        const expected: Value[] = new Array(size).fill(null);
        const fresh = new Map<number, Value>();
        for (const [e, k] of sets) {
          // k < 1000: a shared value; otherwise one string per k (many distinct values)
          const v = k < SHARED.length ? SHARED[k] : (fresh.get(k) ?? fresh.set(k, `v${k}`).get(k) ?? null);
          column.set(e, v);
          expected[e] = v;
        }
        for (let e = 0; e < size; e++) expect(column.get(e)).toBe(expected[e]);
        expect(column.array()).toEqual(expected);
        const codes = column.asCodes();
        if (codes) for (let e = 0; e < size; e++) expect(codes.values[codes.codes[e]]).toBe(expected[e]);
      }),
    );
  });

  it("widens its codes past 256 values and stops numbering when most values are new", () => {
    const wide = Column.numbering(20_000);
    for (let e = 0; e < 20_000; e++) wide.set(e, `v${e % 1000}`);
    expect(wide.asCodes()?.codes).toBeInstanceOf(Uint16Array);
    expect(wide.get(19_999)).toBe("v999");
    const distinct = Column.numbering(20_000);
    for (let e = 0; e < 20_000; e++) distinct.set(e, `v${e}`);
    expect(distinct.asCodes()).toBeNull();
    expect(distinct.get(0)).toBe("v0");
    expect(distinct.get(19_999)).toBe("v19999");
  });
});
