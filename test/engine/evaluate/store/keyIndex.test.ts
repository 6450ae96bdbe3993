import fc from "fast-check";
import { KeyIndex } from "../../../../src/engine/evaluate/store/keyIndex";
import { TextPairTable } from "../../../../src/engine/evaluate/store/textPairTable";

/** The plain definition the index must match: first-seen numbering of the joined parts. */
function reference(keys: string[][]): number[] {
  const seen = new Map<string, number>();
  return keys.map((parts) => {
    const text = JSON.stringify(parts);
    if (!seen.has(text)) seen.set(text, seen.size);
    return seen.get(text) as number;
  });
}

const keyLists = (width: number) => fc.array(fc.array(fc.constantFrom("a", "b", "", "c,d", "1", "a,b"), { minLength: width, maxLength: width }), { maxLength: 200 });

describe("KeyIndex", () => {
  it.each([1, 2, 3])("numbers %i-part keys in first-seen order, like joining the parts", (width) => {
    fc.assert(
      fc.property(keyLists(width), (keys) => {
        const index = new KeyIndex();
        expect(keys.map((k) => index.id(k))).toEqual(reference(keys));
        expect(index.size).toBe(new Set(keys.map((k) => JSON.stringify(k))).size);
      }),
    );
  });

  it("answers -1 for an unseen key without inserting it", () => {
    const index = new KeyIndex();
    expect(index.id(["a", "b"])).toBe(0);
    expect(index.id(["a", "c"], false)).toBe(-1);
    expect(index.id(["z", "b"], false)).toBe(-1);
    expect(index.id(["a", "b"], false)).toBe(0);
    expect(index.size).toBe(1);
    expect(index.id(["a", "c"])).toBe(1);
  });
});

describe("TextPairTable", () => {
  it("maps (id, text) pairs like a Map of joined pairs, through growth and hash collisions", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.string({ maxLength: 6 })), { maxLength: 300 }), (pairs) => {
        const table = new TextPairTable(1);
        const ref = new Map<string, number>();
        for (const [a, b] of pairs) {
          const k = JSON.stringify([a, b]);
          const known = ref.get(k);
          expect(table.id(a, b, null)).toBe(known ?? -1);
          // an unseen pair takes the id offered; a known one keeps its own
          expect(table.id(a, b, 7 * ref.size + 3)).toBe(known ?? 7 * ref.size + 3);
          if (known === undefined) ref.set(k, 7 * ref.size + 3);
        }
        expect(table.size).toBe(ref.size);
      }),
    );
  });
});
