import fc from "fast-check";
import { CodedExpr } from "../../../../src/engine/evaluate/store/codedExpr";
import { KeyPart } from "../../../../src/engine/evaluate/store/keyPart";
import { numberKeys } from "../../../../src/engine/evaluate/store/numberKeys";
import { Value, valueText } from "../../../../src/engine/values/value";

// Keys numbered through a plain array (every part coded) or RowKeyIndex (a text part) against first-seen numbering
// of the written-out texts; codes whose values have the same text are one key.

const VALUES: Value[] = ["王丽", "E0001", "", "王丽", "2016-01", null, true];

function reference(rows: number[][]): number[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const text = JSON.stringify(r.map((c) => valueText(VALUES[c])));
    if (!seen.has(text)) seen.set(text, seen.size);
    return seen.get(text) as number;
  });
}

describe("numberKeys", () => {
  it.each([true, false])("numbers keys in first-seen order (all parts coded: %s)", (allCoded) => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(VALUES.length - 1), { minLength: 2, maxLength: 2 }), { maxLength: 200 }), (rows) => {
        const parts = [0, 1].map((k) => {
          const codes = Int32Array.from(rows, (r) => r[k]);
          const value = (e: number) => VALUES[codes[e]];
          const coded = allCoded || k === 0 ? new CodedExpr(codes, VALUES.length, value) : null;
          return new KeyPart(value, coded, rows.length, (_e, v) => valueText(v));
        });
        rows.forEach((_, e) => parts.forEach((p) => p.set(e)));
        const keys = numberKeys(parts, rows.length);
        const expected = reference(rows);
        expect(Array.from(keys.ids)).toEqual(expected);
        expect(keys.size).toBe(new Set(expected).size);
        for (let id = 0; id < keys.size; id++) expect(keys.first[id]).toBe(expected.indexOf(id));
      }),
    );
  });
});
