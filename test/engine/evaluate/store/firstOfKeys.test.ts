import fc from "fast-check";
import { Blocks } from "../../../../src/engine/evaluate/store/blocks";
import { firstOfKeys } from "../../../../src/engine/evaluate/store/firstOfKeys";

/** The plain definition: for each listed row, the first listed row whose parts, written out, are the same. */
function reference(list: number[], ints: number[][], texts: string[][]): number[] {
  const firstByKey = new Map<string, number>();
  return list.map((e) => {
    const key = JSON.stringify([ints.map((c) => c[e]), texts.map((c) => c[e])]);
    if (!firstByKey.has(key)) firstByKey.set(key, e);
    return firstByKey.get(key) as number;
  });
}

describe("firstOfKeys", () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 0],
    [1, 2],
  ])("finds the first row with the same key (%i numbered, %i text parts), any number of rows", (nInts, nTexts) => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: nInts, maxLength: nInts }), fc.array(fc.constantFrom("a", "b", "ab", "王丽", "138", "1380"), { minLength: nTexts, maxLength: nTexts }), fc.boolean()), { maxLength: 400 }),
        (rows) => {
          const ints = Array.from({ length: nInts }, (_, k) => rows.map((r) => r[0][k]));
          const texts = Array.from({ length: nTexts }, (_, k) => rows.map((r) => r[1][k]));
          // only some rows take part, in sheet order
          const list = rows.flatMap((r, e) => (r[2] ? [e] : []));
          const got = firstOfKeys(Int32Array.from(list), { ints: ints.map((c) => Int32Array.from(c)), texts: texts.map((t) => Blocks.from(t, "")) });
          expect(Array.from(got)).toEqual(reference(list, ints, texts));
        },
      ),
    );
  });

  it("handles many rows across partitions, with repeats far apart", () => {
    const n = 50_000;
    const texts = [Array.from({ length: n }, (_, e) => `138${(e * 7919) % 30_011}`)];
    const ints = [Int32Array.from({ length: n }, (_, e) => e % 3)];
    const list = Int32Array.from({ length: n }, (_, e) => e);
    expect(Array.from(firstOfKeys(list, { ints, texts: texts.map((t) => Blocks.from(t, "")) }))).toEqual(reference(Array.from(list), [Array.from(ints[0])], texts));
  });
});
