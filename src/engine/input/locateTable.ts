/**
 * Cutting the data table out of a sheet: the same rule for every reader of a sheet (the command line reads a
 * file, the task pane reads the live workbook). Pure: it sees a grid of cells, never a file or Office.
 */
import { findHeaderRow, guessPart } from "../evaluate/findHeader";
import { isOwnedHeader, LABELS, OWNED_PREFIX } from "../report/labels";
import { RULES_FORMAT } from "../rulesSheet/layout";
import { isRulesView } from "../rulesSheet/view/layout";
import { PartDef } from "../scheme/schema";
import { RawCell } from "../values/parseNumber";
import type { TableLinks } from "../tables/assemble";

/** The names Jili gives its summary sheet, in every language: such a sheet is Jili's output, never data. */
export const SUMMARY_SHEET_NAMES: readonly string[] = Object.values(LABELS).map((l) => l.summarySheet);

/** True for a sheet named like Jili's summary sheet (in any language). The name is compared exactly. */
export function isSummarySheetName(name: string): boolean {
  return SUMMARY_SHEET_NAMES.includes(name);
}

/**
 * A sheet Jili wrote and never reads as data: its summary sheet, a sheet named with Jili's prefix (the statements,
 * `Jili·个人明细 (2)` …) or a rules sheet (its first cell holds the rules marker).
 */
export function isJiliSheet(name: string, cells: RawCell[][] = []): boolean {
  if (isSummarySheetName(name) || name.startsWith(OWNED_PREFIX)) return true;
  const first = cells.find((r) => r && r.some((c) => !isBlankCell(c)));
  return (!!first && typeof first[0] === "string" && first[0].trim() === RULES_FORMAT) || isRulesView(cells);
}

/** An empty cell, or text of spaces only (the same blanks the engine skips: ASCII, U+3000, U+00A0 …). */
export function isBlankCell(c: RawCell): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

/** A row with no cell holding anything (a missing row counts as blank). */
export function isBlankRow(line: RawCell[] | undefined): boolean {
  return !line || line.every(isBlankCell);
}

/** The table Jili evaluates, as cut out of a grid of cells (cells[r][c] is sheet row r+1, column c+1). */
export interface LocatedTable {
  part: PartDef;
  /** 0-based index of the header row in the grid */
  headerRow: number;
  /** the header row, with Jili's own columns blanked */
  headers: RawCell[];
  /** the data rows under the header, blank rows left out, Jili's own columns blanked */
  rows: RawCell[][];
  /** sheet row number (1-based) of each data row */
  rowNumbers: number[];
  /** 0-based column → header text of the columns whose header is Jili's own (left out of the evaluation) */
  ownedHeaders: Map<number, string>;
}

/** A located table on a named sheet (what the command line and the task pane both work from). */
export interface DataTable extends LocatedTable {
  sheet: string;
  /** how the table was put together from several sheets or read long from a wide layout (engine/tables) */
  links?: TableLinks;
}

/** How well a grid's best header row names a part's fields: required fields first. 0 when it names none. */
export function headerScore(cells: RawCell[][], part: PartDef): number {
  const g = findHeaderRow(cells, part);
  return g ? g.requiredMatched * 1000 + g.matched : 0;
}

/**
 * The part to read: the one named by `partId`, or the one whose fields the grid's header names best.
 * Undefined when `partId` names no part of the scheme (each caller reports that in its own way).
 */
export function resolvePart(cells: RawCell[][], parts: PartDef[], partId?: string): PartDef | undefined {
  if (partId === undefined) return guessPart(cells, parts);
  return parts.find((p) => p.id === partId);
}

/**
 * Finds the header row (in the first 30 rows, titles above it are fine) unless `headerRow` (0-based) is given,
 * and cuts out the data: every non-blank row below it, with the columns whose header is Jili's own blanked so
 * that an earlier fill's output is never read as input. Null when no row of the grid names a field of the part.
 */
export function locateDataTable(cells: RawCell[][], part: PartDef, headerRow?: number): LocatedTable | null {
  const row = headerRow ?? findHeaderRow(cells, part)?.row;
  if (row === undefined) return null;
  const headerCells = cells[row] ?? [];
  const ownedHeaders = new Map<number, string>();
  headerCells.forEach((h, i) => {
    if (isOwnedHeader(h)) ownedHeaders.set(i, String(h));
  });
  const owned = new Set(ownedHeaders.keys());
  const strip = (line: RawCell[]) => (owned.size ? line.map((c, i) => (owned.has(i) ? null : c)) : line);
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  for (let r = row + 1; r < cells.length; r++) {
    const line = strip(cells[r] ?? []);
    if (isBlankRow(line)) continue;
    rows.push(line);
    rowNumbers.push(r + 1);
  }
  return { part, headerRow: row, headers: strip(headerCells), rows, rowNumbers, ownedHeaders };
}
