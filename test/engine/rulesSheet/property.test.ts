import fc from "fast-check";
import { loadScheme, SchemeDocument, SchemeError } from "../../../src/engine";
import { rulesSheetToScheme, schemeToRulesSheet } from "../../../src/engine/rulesSheet";
import { getPreset, presetIds } from "../../../src/schemes";

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function leafPaths(doc: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(doc)) doc.forEach((x, i) => leafPaths(x, [...prefix, i], out));
  else if (doc !== null && typeof doc === "object") for (const [k, v] of Object.entries(doc)) leafPaths(v, [...prefix, k], out);
  else out.push(prefix);
  return out;
}

// values that tempt a sheet to change their type: numeric and date texts, the null and empty markers, line breaks
const trickyText = fc.constantFrom("1", "0.5", "2016-01-01", "null", '""', "", "TRUE", "是", " padded ", "a\nb", "=SUM(A1)", "#N/A", "a:b", "@x", "1,200", "¥300");
const leaf: fc.Arbitrary<Json> = fc.oneof(trickyText, fc.string({ maxLength: 6 }), fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.boolean(), fc.constant(null));

const sameKind = fc.record({ text: fc.oneof(trickyText, fc.string({ minLength: 1, maxLength: 6 })), number: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1e4, noNaN: true })), bool: fc.boolean() });

describe("rules sheet round trip, property", () => {
  const docs = presetIds().map((id) => JSON.parse(JSON.stringify(getPreset(id))) as Json);

  it("any valid scheme made by changing one or two values of a preset reads back unchanged", () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.nat({ max: docs.length - 1 }), fc.array(fc.tuple(fc.nat(), sameKind, leaf, fc.boolean()), { minLength: 1, maxLength: 2 }), (which, edits) => {
        const doc = JSON.parse(JSON.stringify(docs[which])) as Json;
        for (const [at, kinds, any, keepKind] of edits) {
          const paths = leafPaths(doc);
          const p = paths[at % paths.length];
          let node = doc as Record<string | number, Json>;
          for (const k of p.slice(0, -1)) node = node[k] as Record<string | number, Json>;
          const old = node[p[p.length - 1]];
          // mostly a value of the same kind, so that many edited schemes stay valid
          node[p[p.length - 1]] = keepKind ? (typeof old === "string" ? kinds.text : typeof old === "number" ? kinds.number : typeof old === "boolean" ? kinds.bool : any) : any;
        }
        let scheme: SchemeDocument;
        try {
          scheme = loadScheme(doc);
        } catch (e) {
          if (e instanceof SchemeError) return; // only valid schemes must round-trip
          throw e;
        }
        checked++;
        const back = rulesSheetToScheme(schemeToRulesSheet(scheme).rows);
        if (!back.ok) throw new Error(JSON.stringify(back.problems.slice(0, 3)));
        expect(back.scheme).toEqual(scheme);
      }),
      { seed: 20261123, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
