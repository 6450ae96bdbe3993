import fc from "fast-check";
import { Blocks } from "../../../../src/engine/evaluate/store/blocks";
import { RowKeyIndex } from "../../../../src/engine/evaluate/store/rowKeyIndex";

/** The plain definition the index must match: first-seen numbering of the parts written out as one text. */
function reference(rows: [number[], string[]][]): number[] {
  const seen = new Map<string, number>();
  return rows.map((parts) => {
    const text = JSON.stringify(parts);
    if (!seen.has(text)) seen.set(text, seen.size);
    return seen.get(text) as number;
  });
}

const rowsOf = (ints: number, texts: number) =>
  fc.array(
    fc.tuple(
      fc.array(fc.integer({ min: -3, max: 3 }), { minLength: ints, maxLength: ints }),
      fc.array(fc.constantFrom("a", "b", "", "ab", "c,d", "1", "a,b", "王丽"), { minLength: texts, maxLength: texts }),
    ),
    { maxLength: 300 },
  );

describe("RowKeyIndex", () => {
  it.each([
    [0, 1],
    [1, 0],
    [0, 2],
    [2, 0],
    [1, 1],
    [2, 2],
  ])("numbers keys of %i numbered and %i text parts in first-seen order, through growth", (nInts, nTexts) => {
    fc.assert(
      fc.property(rowsOf(nInts, nTexts), fc.constantFrom(1, 4, 1000), (rows, expected) => {
        const ints = Array.from({ length: nInts }, (_, k) => Int32Array.from(rows.map((r) => r[0][k])));
        const texts = Array.from({ length: nTexts }, (_, k) => rows.map((r) => r[1][k]));
        const index = new RowKeyIndex(ints, texts.map((t) => Blocks.from(t, "")), expected);
        const ids = rows.map((_, e) => index.id(e));
        expect(ids).toEqual(reference(rows));
        expect(index.size).toBe(new Set(rows.map((r) => JSON.stringify(r))).size);
        // the first row of each key is where it was first seen, and the same key is found again without inserting
        ids.forEach((id, e) => {
          expect(index.first[id]).toBe(ids.indexOf(id));
          expect(index.id(e, false)).toBe(id);
        });
      }),
    );
  });

  it("tells texts apart that join to the same text", () => {
    const index = new RowKeyIndex([], [Blocks.from(["ab", "a"], ""), Blocks.from(["c", "bc"], "")], 4);
    expect([index.id(0), index.id(1)]).toEqual([0, 1]);
  });
});
