import { CellOut, EvaluationResult, Lang, Reason, RowResult, StatusName, STATUS_LABEL, SummaryTable } from "../../engine";
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
  /** the letter of the column the reason names on the row's sheet (null when it names none) */
  column: string | null;
  message: string;
}

/** Issues of one code: how many rows, and every one of them with its cell. */
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
    const sheet = row.sheet ?? null;
    const address = sheet !== null ? joinedCellOf(r, sheet, row.row, table) : cellOf(r, row.row);
    const column = address && !address.includes(":") ? address.replace(/\d+$/, "") : null;
    g.cells.push({ row: row.row, sheet, address, column, message: r.message[lang] });
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

/** What selecting an issue selects: its cell, else its whole row (`40:40`), on its own sheet. */
export function selectionOf(cell: IssueCell): string {
  return cell.address ?? `${cell.row}:${cell.row}`;
}

/** The main sheet's rows of these groups (every group when none is named), each once, in order. */
export function mainSheetRows(view: ValidationView, groups: readonly IssueGroup[] = view.groups): number[] {
  const rows = new Set<number>();
  for (const g of groups) for (const c of g.cells) if (c.sheet === null) rows.add(c.row);
  return [...rows].sort((a, b) => a - b);
}

/** The rows of a joined table's sheet among these groups: a filter on the main sheet cannot show them. */
export function otherSheetRows(groups: readonly IssueGroup[]): number {
  return groups.reduce((n, g) => n + g.cells.filter((c) => c.sheet !== null).length, 0);
}

export const ISSUES_SHEET_NAME: Record<Lang, string> = { "zh-CN": "Jili·问题清单", "en-US": "Jili·Issues" };
const ISSUE_HEADERS: Record<Lang, string[]> = {
  "zh-CN": ["工作表", "行", "列", "状态", "代码", "原因"],
  "en-US": ["Sheet", "Row", "Column", "Status", "Code", "Reason"],
};

/**
 * "导出问题清单 / Export issues": one line per issue of the list (a row with two reasons has two lines), in the list's
 * order: sheet, row, column letter (empty when the reason names none), status, code, reason — in the pane's language.
 */
export function issuesTable(view: ValidationView, mainSheet: string, lang: Lang): SummaryTable {
  const rows: CellOut[][] = [];
  for (const g of view.groups) for (const c of g.cells) rows.push([c.sheet ?? mainSheet, c.row, c.column ?? "", g.kindLabel, g.code, c.message]);
  return { sheetName: ISSUES_SHEET_NAME[lang], level: "", headers: ISSUE_HEADERS[lang], rows, numberFormats: [null, null, null, null, null, null], chart: null };
}
