import { EvaluationResult, Lang, Reason, RowResult, StatusName, STATUS_LABEL } from "../../engine";
import type { CellMark } from "../../excel/port";
import { GroupFinding, groupFindings } from "./findings";
import type { DataTable } from "./locate";

export type IssueKind = StatusName | "warning";

export interface IssueCell {
  /** sheet row */
  row: number;
  /** the sheet of a row found only in a joined table (its own sheet, not the main one); null for the main sheet */
  sheet: string | null;
  /**
   * A1 address of the cell at fault, or null when the reason names no column. On a joined table's sheet: the cell of
   * the joined column the reason names, else the whole row (`4:4`); never a cell of the main sheet.
   */
  address: string | null;
  message: string;
}

/** Issues of one code: how many rows, and the first few with their cells. */
export interface IssueGroup {
  code: string;
  kind: IssueKind;
  kindLabel: string;
  message: string;
  count: number;
  cells: IssueCell[];
}

export interface ValidationView {
  rows: number;
  counts: Record<StatusName, number>;
  groups: IssueGroup[];
  /** cells to colour and annotate: the reasons of invalid rows that name a column */
  marks: CellMark[];
  /** findings that belong to a group (a tie for a manual decision, a team not ranked, a customer not new) */
  findings: GroupFinding[];
}

/** cells listed per group; the count is always the full one */
export const CELLS_PER_GROUP = 50;
const ORDER: IssueKind[] = ["invalid", "pending", "excluded", "warning"];

function cellOf(r: Reason, row: number): string | null {
  return r.columnLetter ? `${r.columnLetter}${row}` : null;
}

/**
 * Where a reason points on the sheet of a row found only in a joined table: the engine gives letters of the main
 * sheet only, so the joined column is found by its place (`自定指标!B`); any other reason points at the row.
 */
function joinedCellOf(r: Reason, sheet: string, row: number, table: DataTable | undefined): string {
  const places = table?.links?.columnPlaces ?? [];
  const prefix = `${sheet}!`;
  const at = r.column === undefined ? -1 : places.findIndex((p, i) => !!p && p.startsWith(prefix) && String(table!.headers[i] ?? "") === r.column);
  return at >= 0 ? `${places[at].slice(prefix.length)}${row}` : `${row}:${row}`;
}

/**
 * Every reason of every row that is not plainly counted, grouped by code (invalid first), with the cells to mark.
 * `table` (put together from several sheets) places the rows found only in a joined table on their own sheet.
 */
export function validationView(result: EvaluationResult, lang: Lang, table?: DataTable): ValidationView {
  const groups = new Map<string, IssueGroup>();
  const marks: CellMark[] = [];
  const add = (kind: IssueKind, r: Reason, row: RowResult) => {
    const id = `${kind}:${r.code}`;
    let g = groups.get(id);
    if (!g) {
      const kindLabel = kind === "warning" ? (lang === "zh-CN" ? "提醒" : "warning") : STATUS_LABEL[lang][kind];
      g = { code: r.code, kind, kindLabel, message: r.message[lang], count: 0, cells: [] };
      groups.set(id, g);
    }
    g.count++;
    if (g.cells.length >= CELLS_PER_GROUP) return;
    const sheet = row.sheet ?? null;
    const address = sheet !== null ? joinedCellOf(r, sheet, row.row, table) : cellOf(r, row.row);
    g.cells.push({ row: row.row, sheet, address, message: r.message[lang] });
  };
  for (const row of result.rows(false)) {
    if (row.status !== "ok") for (const r of row.reasons) add(row.status, r, row);
    for (const w of row.warnings) add("warning", w, row);
    // the cells marked are the main sheet's: a row of a joined table's sheet is listed, never marked on the main sheet
    if (row.status === "invalid" && row.sheet === undefined) {
      for (const r of row.reasons) {
        const address = cellOf(r, row.row);
        if (address) marks.push({ address, message: r.message[lang] });
      }
    }
  }
  const sorted = [...groups.values()].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || b.count - a.count || a.code.localeCompare(b.code));
  return { rows: result.rowCount, counts: result.statusCounts(), groups: sorted, marks, findings: groupFindings(result) };
}
