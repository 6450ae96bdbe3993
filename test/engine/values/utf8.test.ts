import { TextEncoder } from "util";
import fc from "fast-check";
import { utf8Bytes } from "../../../src/engine/values/utf8";

// The hand-written encoder against Node's TextEncoder, the reference, on any string (lone surrogates included).
test("utf8Bytes gives TextEncoder's bytes for every string", () => {
  const ref = new TextEncoder();
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (s) => {
      expect(Buffer.from(utf8Bytes(s)).equals(Buffer.from(ref.encode(s)))).toBe(true);
    }),
    { numRuns: 2000 },
  );
  for (const s of ["王丽", "𠀀", "\ud800x", "a\udc00", "€"]) expect(Array.from(utf8Bytes(s))).toEqual(Array.from(ref.encode(s)));
});
