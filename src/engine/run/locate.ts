/**
 * Finding the table to evaluate, with the refusals both faces give: a sheet Jili wrote is never data, an empty
 * sheet and a sheet without a header naming the scheme's fields are said as such, an unknown part is named.
 */
import type { PartDef, SchemeDocument } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";
import { DataTable, isBlankRow, isJiliSheet, locateDataTable, resolvePart } from "../input/locateTable";
import { mainTableScore } from "../tables/mainPart";
import { RunProblem } from "./messages";

export interface SheetGrid {
  name: string;
  cells: RawCell[][];
}

function partFor(scheme: SchemeDocument, cells: RawCell[][], partId: string | undefined): PartDef {
  const part = resolvePart(cells, scheme.parts, partId || undefined);
  if (!part) throw new RunProblem("UNKNOWN_PART", { scheme: scheme.id, part: String(partId), parts: scheme.parts.map((p) => p.id).join(", ") });
  return part;
}

/**
 * The table on one sheet: the part (guessed from the header unless given), the header row (titles above it are
 * fine; `headerRow`, 0-based, when a table object fixes it) and the data rows.
 */
export function locateOnSheet(scheme: SchemeDocument, sheet: SheetGrid, options: { part?: string; headerRow?: number } = {}): DataTable {
  if (isJiliSheet(sheet.name, sheet.cells)) throw new RunProblem("OWNED_SHEET", { sheet: sheet.name });
  if (sheet.cells.every(isBlankRow)) throw new RunProblem("NO_DATA", { sheet: sheet.name });
  const located = locateDataTable(sheet.cells, partFor(scheme, sheet.cells, options.part), options.headerRow);
  if (!located) throw new RunProblem("NO_HEADER", { sheet: sheet.name, scheme: scheme.title });
  return { sheet: sheet.name, ...located };
}

/**
 * The table of a workbook: the named sheet, or else the sheet whose header names most of the scheme's fields
 * (sheets Jili wrote are skipped; a CSV file is never one of them). Fields a part keeps on other sheets (joined
 * tables) are not asked of it, and a wide table's week or month columns count for its value field.
 */
export function locateInWorkbook(scheme: SchemeDocument, sheets: readonly SheetGrid[], options: { sheet?: string; part?: string; csv?: boolean; file?: string } = {}): DataTable {
  const isJili = (s: SheetGrid) => !options.csv && isJiliSheet(s.name, s.cells);
  let chosen: SheetGrid | undefined;
  if (options.sheet !== undefined) {
    chosen = sheets.find((s) => s.name === options.sheet);
    if (!chosen) throw new RunProblem("NO_SHEET", { sheet: options.sheet, sheets: sheets.map((s) => s.name).join(", ") });
    if (isJili(chosen)) throw new RunProblem("OWNED_SHEET", { sheet: chosen.name });
  } else {
    let best = -1;
    for (const s of sheets) {
      if (isJili(s)) continue;
      const score = mainTableScore(s.cells, partFor(scheme, s.cells, options.part));
      if (score > best) [best, chosen] = [score, s];
    }
  }
  if (!chosen) throw new RunProblem("NO_HEADER", { sheet: options.file ?? "", scheme: scheme.title });
  const located = locateDataTable(chosen.cells, partFor(scheme, chosen.cells, options.part));
  if (!located) throw new RunProblem("NO_HEADER", { sheet: chosen.name, scheme: scheme.title });
  return { sheet: chosen.name, ...located };
}
