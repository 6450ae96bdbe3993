/**
 * Running the other parts a person total needs, each on its own sheet of the workbook: the sheet whose header
 * names every required field of the part (other than the sheets already used), tables joined as for any part.
 * A part found on no sheet, or whose run is refused (a needed column, a bad parameter), is left out with its reason,
 * and the totals then say they are incomplete.
 */
import type { Lang } from "../../i18n/messages";
import { findHeaderRow } from "../../evaluate/findHeader";
import { isJiliSheet, locateDataTable } from "../../input/locateTable";
import { runChecked } from "../../run/checkedRun";
import type { SheetGrid } from "../../run/locate";
import { RunProblem } from "../../run/messages";
import type { BilingualText, PartDef, SchemeDocument } from "../../scheme/schema";
import { assembleTable } from "../../tables/assemble";
import { hasWideColumns, mainPartOf } from "../../tables/mainPart";
import { PartRun, personTotals, PersonTotals } from "./compute";

export interface PersonTotalRun {
  totals: PersonTotals;
  /** the sheet each part was read from */
  sheets: { part: string; sheet: string }[];
  /** parts left out, with why */
  leftOut: { part: string; reason: BilingualText }[];
}

/** The sheet holding all of a part's required fields, best first; undefined when none does. */
function sheetOf(part: PartDef, sheets: readonly SheetGrid[], used: Set<string>): SheetGrid | undefined {
  // a wide table's value field is held by its week (or month) columns, not a column of its own
  const main = mainPartOf(part);
  const mainWithoutValue = part.wide ? { ...main, fields: main.fields.filter((f) => f.key !== part.wide!.value) } : main;
  let best: SheetGrid | undefined;
  let score = 0;
  for (const s of sheets) {
    if (used.has(s.name) || isJiliSheet(s.name, s.cells)) continue;
    const asked = part.wide && hasWideColumns(s.cells, part) ? mainWithoutValue : main;
    const g = findHeaderRow(s.cells, asked);
    if (!g || g.requiredMatched < asked.fields.filter((f) => f.required).length) continue;
    const sc = g.requiredMatched * 1000 + g.matched;
    if (sc > score) [score, best] = [sc, s];
  }
  return best;
}

const NOT_FOUND: BilingualText = { "zh-CN": "工作簿中没有该数据表", "en-US": "no sheet of the workbook holds this table" };

/** The person totals of a run of one part, with the scheme's other parts run on their sheets; null without personTotal. */
export function runPersonTotals(scheme: SchemeDocument, sheets: readonly SheetGrid[], main: { part: string; sheet: string; run: PartRun }, params: Record<string, unknown>, lang: Lang): PersonTotalRun | null {
  if (!scheme.personTotal) return null;
  const runs: PartRun[] = [main.run];
  const used = new Set([main.sheet]);
  const found: PersonTotalRun["sheets"] = [{ part: main.part, sheet: main.sheet }];
  const leftOut: PersonTotalRun["leftOut"] = [];
  for (const c of scheme.personTotal.from) {
    if (c.part === main.part) continue;
    const part = scheme.parts.find((p) => p.id === c.part)!;
    const sheet = sheetOf(part, sheets, used);
    if (!sheet) {
      leftOut.push({ part: c.part, reason: NOT_FOUND });
      continue;
    }
    used.add(sheet.name);
    try {
      const located = locateDataTable(sheet.cells, part);
      if (!located) throw new RunProblem("NO_HEADER", { sheet: sheet.name, scheme: scheme.title });
      const table = assembleTable(scheme, { sheet: sheet.name, ...located }, sheets);
      const own = Object.fromEntries(Object.entries(params).filter(([k]) => k !== "period"));
      runs.push({ part: c.part, result: runChecked(scheme, { table, params: own }, lang).result });
      found.push({ part: c.part, sheet: sheet.name });
    } catch (e) {
      if (!(e instanceof RunProblem)) throw e;
      leftOut.push({ part: c.part, reason: e.text });
    }
  }
  return { totals: personTotals(scheme, runs)!, sheets: found, leftOut };
}
