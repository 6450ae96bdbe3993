import { existsSync } from "fs";
import { join } from "path";
import { assembleTable, locateInWorkbook, runChecked } from "../../../src/engine";
import type { PartDef, SchemeDocument } from "../../../src/engine";
import { getPreset, presetIds } from "../../../src/schemes";
import { PRESET_DOCS, readSpecExamples, SpecExample } from "../../support/presetSpec";
import { checkGroups, checkRows } from "../../docs/specCompare";
import { Sheet, splitExample, wholeSheet } from "./splitExample";

// Issue 17 item 4: the worked examples of docs/presets/<id>.md, laid out as a team keeps them when a part declares a
// table on its own sheet (targets, savings, monthly rates, a roster, …): the Input split into the main sheet and the
// joined table's sheet, found by locateInWorkbook, put together by assembleTable and run by runChecked, must give the
// values the page gives (worked out by hand). Multi-part presets run every example, each part's table on its own
// sheet beside the other parts' sheets.

const MULTI_PART = ["capacity-drive", "new-customer-dev", "equipment-dept-2015"];

const declaresTables = (s: SchemeDocument) => s.parts.some((p) => (p.tables?.length ?? 0) > 0 || p.wide !== undefined);
const presets = presetIds().filter((id) => declaresTables(getPreset(id)!) || MULTI_PART.includes(id));

const partOf = (scheme: SchemeDocument, ex: SpecExample): PartDef => (ex.part ? scheme.parts.find((p) => p.id === ex.part)! : scheme.parts[0]);

/** What ran, per preset, printed at the end. */
const ran = new Map<string, { split: number; whole: number; skipped: string[]; rowsLeftOut: number }>();

test("the presets the issue names as declaring tables are found to declare them", () => {
  expect(presetIds().filter((id) => declaresTables(getPreset(id)!))).toEqual(
    expect.arrayContaining(["car-launch-advance", "car-launch-first", "dealer-expansion-ranking", "equipment-dept-2015", "new-customer-dev", "postal-client-maintenance", "sales-office-old-new", "sme-payroll-campaign"]),
  );
});

/** The first example of each other part, each on a sheet of its own: a multi-part preset's workbook. */
function otherParts(id: string, examples: SpecExample[], part: PartDef): Sheet[] {
  if (!MULTI_PART.includes(id)) return [];
  const scheme = getPreset(id)!;
  const seen = new Set([part.id]);
  const out: Sheet[] = [];
  for (const ex of examples) {
    const p = partOf(scheme, ex);
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(wholeSheet(ex, p.id));
  }
  return out;
}

describe.each(presets.filter((id) => existsSync(join(PRESET_DOCS, `${id}.md`))))("%s: worked examples with tables on their own sheets", (id) => {
  const scheme = getPreset(id)!;
  const examples = readSpecExamples(id);
  const count = { split: 0, whole: 0, skipped: [] as string[], rowsLeftOut: 0 };
  ran.set(id, count);

  type Mode = "split" | "joined sheet first" | "stacked, joined sheet beside";
  const cases = examples.flatMap((ex) => {
    const part = partOf(scheme, ex);
    const tables = part.tables ?? [];
    if (tables.length > 1) throw new Error(`${id} part ${part.id} declares ${tables.length} tables: split for each`);
    const def = tables[0];
    const split = def ? splitExample(part, def, ex) : null;
    if (split && "skip" in split) {
      count.skipped.push(`${ex.title}: ${split.skip}`);
      return [];
    }
    count[split ? "split" : "whole"]++;
    // an example of a part without tables runs once, on its own sheet
    const modes: Mode[] = split ? ["split", "joined sheet first", "stacked, joined sheet beside"] : ["split"];
    return modes.map((mode) => [`${ex.title}${split ? (mode === "split" ? "" : ` (${mode})`) : " (one sheet)"}`, { ex, part, def, split, mode }] as const);
  });

  test.each(cases)("%s", (_title, { ex, part, def, split, mode }) => {
    const stacked = mode === "stacked, joined sheet beside";
    const main = split && !stacked ? split.main : wholeSheet(ex, "数据");
    const own = split ? [main, split.side] : [main];
    const sheets = [...(mode === "joined sheet first" ? own.reverse() : own), ...otherParts(id, examples, part)];

    const located = locateInWorkbook(scheme, sheets, { part: ex.part });
    expect({ sheet: located.sheet, part: located.part.id }).toEqual({ sheet: main.name, part: part.id });
    const table = assembleTable(scheme, located, sheets);
    const joins = (table.links?.joins ?? []).map((j) => ({ sheet: j.sheet, keys: j.keys, unmatched: j.unmatched, conflicts: j.conflicts, sideOnly: j.sideOnly }));
    if (split && (!stacked || def!.fields.length === 0)) {
      // the joined table came from its sheet, every main row found its partner, nothing disagreed (a roster is
      // looked for even beside the stacked layout: it has no field the main sheet could hold)
      expect(joins).toEqual([{ sheet: split.side.name, keys: split.keys, unmatched: 0, conflicts: 0, sideOnly: stacked ? 0 : split.alone }]);
    } else expect(joins).toEqual([]); // the main sheet holds the fields: the table is not looked for
    const { result } = runChecked(scheme, { table, params: ex.params }, "zh-CN");
    expect(result.paramProblems).toEqual([]);
    expect(result.mapping.missingRequired).toEqual([]);
    if (ex.rows) {
      const checked = checkRows(result, ex.rows, split && !stacked ? split.indexOf : undefined);
      if (mode === "split") count.rowsLeftOut += ex.rows.rows.length - checked;
    }
    for (const g of ex.groups) checkGroups(result, g.level, g.table);
  });

  test("at least one example ran through the sheets", () => {
    const declares = declaresTables(scheme);
    expect(declares ? count.split : count.whole).toBeGreaterThan(0);
  });
});

afterAll(() => {
  const lines = [...ran].map(
    ([id, c]) =>
      `${id}: ${c.split} split over sheets, ${c.whole} on one sheet, ${c.skipped.length} skipped` +
      (c.rowsLeftOut ? ` (${c.rowsLeftOut} Rows lines not checked: their row held only the joined values)` : "") +
      c.skipped.map((s) => `\n    skipped ${s}`).join(""),
  );
  console.log(`Worked examples run through locateInWorkbook + assembleTable + runChecked:\n  ${lines.join("\n  ")}`);
});
