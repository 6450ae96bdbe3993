/**
 * A wide table (one column per week or per month, as clerks often keep it) read as long rows: each wide cell of a
 * row becomes one row with the week (or month) it stands for, the row's other cells repeated. Blank wide cells
 * are weeks not entered (a month of four weeks leaves 第5周 empty); a row whose wide cells are all blank stays one
 * row with the value blank, so that it is reported rather than lost.
 */
import type { PartDef, WideDef } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";
import { mapColumns } from "../evaluate/mapColumns";
import { columnLetter } from "../evaluate/table";
import { isBlankCell } from "../input/locateTable";
import { RunProblem } from "../run/messages";
import { bareWeekNumber, readAcross } from "./wideHeader";

export interface FlatTable {
  headers: RawCell[];
  rows: RawCell[][];
  rowNumbers: number[];
}

export interface MeltedTable extends FlatTable {
  /** the sheet column each long row's value came from (-1: a row with every wide cell blank) */
  valueColumns: number[];
  /** the wide columns and the value each stands for */
  wideColumns: { column: number; header: string; value: string }[];
}

/** Where the table is, for the refusals. */
export interface TablePlace {
  sheet: string;
  /** 1-based */
  headerRow: number;
}

function wideColumnsOf(part: PartDef, wide: WideDef, headers: RawCell[], place: TablePlace): MeltedTable["wideColumns"] {
  const mapping = mapColumns(part, headers);
  const used = new Set<number>([...mapping.index.values(), ...[...mapping.derived.values()].flat()]);
  const across = part.fields.find((f) => f.key === wide.across)!;
  const out: MeltedTable["wideColumns"] = [];
  const seen = new Map<string, string>();
  headers.forEach((h, column) => {
    if (used.has(column)) return;
    const read = readAcross(across, h);
    if (read === null) return;
    const header = String(h).trim();
    const at = { sheet: place.sheet, row: place.headerRow, column: columnLetter(column), header, field: across.title };
    if (read === "unreadable") throw new RunProblem("WIDE_HEADER_UNREADABLE", at);
    if (seen.has(read.value)) throw new RunProblem("WIDE_HEADER_TWICE", { ...at, other: seen.get(read.value)! });
    seen.set(read.value, header);
    out.push({ column, header, value: read.value });
  });
  // beside week columns, a column headed only by a number (第1周, 2, 3, 4) is a week too: never silently left out
  if (out.length && across.type !== "month") {
    headers.forEach((h, column) => {
      const n = used.has(column) || out.some((w) => w.column === column) ? null : bareWeekNumber(h);
      if (n === null) return;
      const header = String(h).trim();
      if (seen.has(n)) throw new RunProblem("WIDE_HEADER_TWICE", { sheet: place.sheet, row: place.headerRow, column: columnLetter(column), header, field: across.title, other: seen.get(n)! });
      seen.set(n, header);
      out.push({ column, header, value: n });
    });
    out.sort((a, b) => a.column - b.column);
  }
  return out;
}

/**
 * The long form of a wide table, or null when the table is not wide (its value field has a column of its own, or
 * no column stands for a week or month). The across and value fields get columns appended after the sheet's,
 * headed by their titles.
 */
export function meltWide(part: PartDef, wide: WideDef, table: FlatTable, place: TablePlace): MeltedTable | null {
  const mapping = mapColumns(part, table.headers);
  if (mapping.index.has(wide.value) || mapping.index.has(wide.across)) return null;
  const wideColumns = wideColumnsOf(part, wide, table.headers, place);
  if (!wideColumns.length) return null;
  const field = (k: string) => part.fields.find((f) => f.key === k)!;
  let width = table.headers.length;
  for (const r of table.rows) if (r.length > width) width = r.length;
  const acrossAt = width;
  const valueAt = width + 1;
  const headers = [...table.headers];
  for (const w of wideColumns) headers[w.column] = null;
  headers[acrossAt] = field(wide.across).title["zh-CN"];
  headers[valueAt] = field(wide.value).title["zh-CN"];
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  const valueColumns: number[] = [];
  table.rows.forEach((line, r) => {
    const base = line.slice();
    base.length = width + 2;
    for (const w of wideColumns) base[w.column] = null;
    const filled = wideColumns.filter((w) => !isBlankCell(line[w.column]));
    for (const w of filled.length ? filled : [null]) {
      const long = base.slice();
      long[acrossAt] = w ? w.value : null;
      long[valueAt] = w ? line[w.column] : null;
      rows.push(long);
      rowNumbers.push(table.rowNumbers[r]);
      valueColumns.push(w ? w.column : -1);
    }
  });
  return { headers, rows, rowNumbers, valueColumns, wideColumns };
}
