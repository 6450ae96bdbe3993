import fc from "fast-check";
import { Blocks } from "../../../../src/engine/evaluate/store/blocks";

// Blocks must behave as one plain array of `size` values, blank until set, across block edges (8 192).

describe("Blocks", () => {
  it("reads what was set and the blank elsewhere, as an array would", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30_000 }), fc.array(fc.tuple(fc.nat(), fc.string()), { maxLength: 50 }), (size, writes) => {
        const blocks = new Blocks<string | null>(size, null);
        const array: (string | null)[] = new Array(size).fill(null);
        for (const [at, v] of writes) {
          blocks.set(at % size, v);
          array[at % size] = v;
        }
        for (const e of [0, size - 1, 8191 % size, 8192 % size, ...writes.map(([at]) => at % size)]) expect(blocks.get(e)).toBe(array[e]);
        expect(blocks.toArray()).toEqual(array);
      }),
      { numRuns: 40 },
    );
  });

  it("reads entities on both sides of a block edge", () => {
    const blocks = new Blocks<number>(8193, -1);
    blocks.set(8192, 7);
    expect(blocks.get(8192)).toBe(7);
    expect(blocks.get(8191)).toBe(-1);
    expect(blocks.toArray()).toHaveLength(8193);
  });
});
