import fc from "fast-check";
import { readXlsx } from "../../src/cli/readXlsx";
import { RawCell } from "../../src/engine";
import { readReference } from "../../scripts/corpus/reference";
import { genBook } from "./support/generatedBook";
import { zipParts } from "./support/packages";

// The reader judged by SheetJS: generated workbooks (namespace on the root or the element, prefixes other than r and
// x, inline and shared strings, rich text with and without plain text before the runs, _xHHHH_ escapes, 1904 dates,
// t="d" dates, shared formulas with cached results, bare and missing styles, part names in another case) are read by
// Jili and by SheetJS, and every cell is compared with both and with the value the generator wrote it for. The one
// case where SheetJS 0.20.3 reads otherwise (rich text with plain text before its runs: it keeps only that text) is
// named by the generator. `npm test` runs a few; `npm run fuzz` many (JILI_FUZZ_RUNS, JILI_FUZZ_SEED as for fuzz.test.ts).

const LONG = process.env.npm_lifecycle_event === "fuzz";
const RUNS_ENV = Number(process.env.JILI_FUZZ_RUNS);
const RUNS = Number.isFinite(RUNS_ENV) && RUNS_ENV > 0 ? RUNS_ENV : LONG ? 1000 : 40;
const SEED = Number(process.env.JILI_FUZZ_SEED ?? 20160101);

const norm = (v: RawCell | undefined) => (v instanceof Date ? { date: v.toISOString() } : v === undefined ? null : v);
const grid = (rows: RawCell[][]) => rows.map((line) => line.map(norm));

test("every cell of a generated workbook reads as SheetJS reads it and as it was written", async () => {
  await fc.assert(
    fc.asyncProperty(genBook, async (book) => {
      const bytes = await zipParts(book.parts);
      const jili = await readXlsx(bytes);
      const ref = readReference(bytes);
      expect({ what: book.what, sheets: jili.map((s) => s.name) }).toEqual({ what: book.what, sheets: ref.map((s) => s.name) });
      const expected = book.expected.get("Data")!;
      expect({ what: book.what, cells: grid(jili[0].cells) }).toEqual({ what: book.what, cells: grid(expected) });
      expect({ what: book.what, cells: grid(ref[0].cells) }).toEqual({ what: book.what, cells: grid(book.sheetjs.get("Data")!) });
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
