import { findHeaderRow, guessPart, isOwnedHeader, LABELS, PartDef, RawCell, SchemeDocument } from "../../engine";
import { PaneError } from "../../excel/errors";
import type { SheetSnapshot } from "../../excel/port";

/** The table Jili evaluates, cut out of the sheet exactly as the command line cuts it (src/cli/input.ts). */
export interface DataTable {
  sheet: string;
  part: PartDef;
  /** 0-based index of the header row in the sheet */
  headerRow: number;
  headers: RawCell[];
  rows: RawCell[][];
  /** sheet row number (1-based) of each data row */
  rowNumbers: number[];
  /** 0-based column → header text of the columns Jili owns (left out of the evaluation) */
  ownedHeaders: Map<number, string>;
  /** the Excel table it came from, if any */
  tableName: string | null;
}

export const SUMMARY_SHEET_NAMES = Object.values(LABELS).map((l) => l.summarySheet);

function isBlank(c: RawCell): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

/** A table on the sheet limits the data to its own cells, and its first row is the header. */
function cellsOf(snapshot: SheetSnapshot): RawCell[][] {
  const t = snapshot.table;
  if (!t) return snapshot.cells;
  return snapshot.cells.map((line, r) => (r + 1 < t.top || r + 1 > t.bottom ? [] : line.map((c, i) => (i < t.left || i > t.right ? null : c))));
}

/** Picks the part (guessed from the header unless given), finds the header row (titles above it are fine) and cuts out the data rows. */
export function locateTable(scheme: SchemeDocument, snapshot: SheetSnapshot, partId?: string): DataTable {
  if (SUMMARY_SHEET_NAMES.includes(snapshot.sheet)) {
    throw new PaneError("OWNED_SHEET", { "zh-CN": `「${snapshot.sheet}」是 Jili 生成的汇总表，请切换到数据表`, "en-US": `${snapshot.sheet} is Jili's summary sheet; switch to the data sheet` });
  }
  const cells = cellsOf(snapshot);
  if (cells.every((line) => line.every(isBlank))) {
    throw new PaneError("NO_DATA", { "zh-CN": `工作表「${snapshot.sheet}」没有数据`, "en-US": `The sheet ${snapshot.sheet} holds no data` });
  }
  let part: PartDef;
  if (partId) {
    const p = scheme.parts.find((x) => x.id === partId);
    if (!p) throw new PaneError("UNKNOWN_PART", { "zh-CN": `方案「${scheme.id}」没有数据表「${partId}」`, "en-US": `The scheme ${scheme.id} has no part ${partId}` });
    part = p;
  } else part = guessPart(cells, scheme.parts);
  const guess = snapshot.table ? { row: snapshot.table.top - 1 } : findHeaderRow(cells, part);
  if (!guess) {
    throw new PaneError("NO_HEADER", {
      "zh-CN": `在「${snapshot.sheet}」前 30 行中找不到表头：没有任何一列与方案「${scheme.title["zh-CN"]}」的字段对应`,
      "en-US": `No header row in the first 30 rows of ${snapshot.sheet}: no column matches a field of ${scheme.title["en-US"]}`,
    });
  }
  const headerCells = cells[guess.row] ?? [];
  const ownedHeaders = new Map<number, string>();
  headerCells.forEach((h, i) => {
    if (isOwnedHeader(h)) ownedHeaders.set(i, String(h));
  });
  const owned = new Set(ownedHeaders.keys());
  const strip = (line: RawCell[]) => (owned.size ? line.map((c, i) => (owned.has(i) ? null : c)) : line);
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  for (let r = guess.row + 1; r < cells.length; r++) {
    const line = strip(cells[r] ?? []);
    if (line.every(isBlank)) continue;
    rows.push(line);
    rowNumbers.push(r + 1);
  }
  return { sheet: snapshot.sheet, part, headerRow: guess.row, headers: strip(headerCells), rows, rowNumbers, ownedHeaders, tableName: snapshot.table?.name ?? null };
}
