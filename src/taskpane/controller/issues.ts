import { EvaluationResult, Lang, Reason, StatusName, STATUS_LABEL } from "../../engine";
import type { CellMark } from "../../excel/port";

export type IssueKind = StatusName | "warning";

export interface IssueCell {
  /** sheet row */
  row: number;
  /** A1 address of the cell at fault, or null when the reason names no column */
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
}

/** cells listed per group; the count is always the full one */
export const CELLS_PER_GROUP = 50;
const ORDER: IssueKind[] = ["invalid", "pending", "excluded", "warning"];

function cellOf(r: Reason, row: number): string | null {
  return r.columnLetter ? `${r.columnLetter}${row}` : null;
}

/** Every reason of every row that is not plainly counted, grouped by code (invalid first), with the cells to mark. */
export function validationView(result: EvaluationResult, lang: Lang): ValidationView {
  const groups = new Map<string, IssueGroup>();
  const marks: CellMark[] = [];
  const add = (kind: IssueKind, r: Reason, row: number) => {
    const id = `${kind}:${r.code}`;
    let g = groups.get(id);
    if (!g) {
      const kindLabel = kind === "warning" ? (lang === "zh-CN" ? "提醒" : "warning") : STATUS_LABEL[lang][kind];
      g = { code: r.code, kind, kindLabel, message: r.message[lang], count: 0, cells: [] };
      groups.set(id, g);
    }
    g.count++;
    if (g.cells.length < CELLS_PER_GROUP) g.cells.push({ row, address: cellOf(r, row), message: r.message[lang] });
  };
  for (const row of result.rows(false)) {
    if (row.status !== "ok") for (const r of row.reasons) add(row.status, r, row.row);
    for (const w of row.warnings) add("warning", w, row.row);
    if (row.status === "invalid") {
      for (const r of row.reasons) {
        const address = cellOf(r, row.row);
        if (address) marks.push({ address, message: r.message[lang] });
      }
    }
  }
  const sorted = [...groups.values()].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || b.count - a.count || a.code.localeCompare(b.code));
  return { rows: result.rowCount, counts: result.statusCounts(), groups: sorted, marks };
}
