import { mapColumns } from "../../../src/engine/evaluate/mapColumns";
import { allPresets } from "../../../src/schemes";

// Every spelling a preset gives for a field (its zh-CN and en-US titles and its header list) is recognised, and so
// are the ways people write them in a header cell: full-width letters and digits, spaces, a line break, a unit in
// brackets. Each spelling is tried alone in a header row, so it is that spelling, not a neighbour, that matches.

/** ASCII letters and digits to their full-width forms (U+FF01–U+FF5E). */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const VARIANTS: [string, (s: string) => string][] = [
  ["as written", (s) => s],
  ["full-width", fullWidth],
  ["spaces around", (s) => ` ${s}\u3000`],
  ["a line break inside", (s) => (s.length > 1 ? `${s.slice(0, 1)}\n${s.slice(1)}` : s)],
  ["a unit in brackets", (s) => `${s}(元)`],
  ["a unit in full-width brackets", (s) => `${s}（元）`],
];

const cases = allPresets().flatMap((scheme) =>
  scheme.parts.flatMap((part) => part.fields.flatMap((f) => [f.title["zh-CN"], f.title["en-US"], ...f.headers].map((spelling) => ({ scheme: scheme.id, part, key: f.key, spelling })))),
);

test("the presets give many spellings to check", () => {
  expect(cases.length).toBeGreaterThan(300);
});

describe.each(VARIANTS)("%s", (_variant, write) => {
  test.each(allPresets().map((s) => s.id))("%s: every spelling of every field is recognised", (id) => {
    const missed: string[] = [];
    for (const c of cases.filter((x) => x.scheme === id)) {
      const header = write(c.spelling);
      if (mapColumns(c.part, [header]).index.get(c.key) !== 0) missed.push(`${c.part.id}.${c.key} ← ${JSON.stringify(header)}`);
    }
    expect(missed).toEqual([]);
  });
});
