import type { EvaluationResult, GroupResult, Reason, StatusName } from "../../engine";

/** One row output as columns: the value and the text of each row, and the rows whose amount waits (pending). */
export interface OutputColumn {
  name: string;
  values: (number | string | boolean | null)[];
  texts: string[];
  /** [row, code] of each pending cell */
  pending: [number, string][];
}

/** A row's reasons of one kind as a compressed list: the reasons of row i are `items[offsets[i]..offsets[i+1])`. */
export interface ReasonLists {
  offsets: Int32Array;
  items: Int32Array;
}

/**
 * What the pane's thread needs of an EvaluationResult, as plain data a message can carry (the result itself holds
 * the engine's stores and methods). Rows are columns; each distinct reason is sent once and referred to by index.
 */
export interface ResultData {
  schemeId: string;
  partId: string;
  rowCount: number;
  status: StatusName[];
  rowNumbers: Int32Array;
  rowSheets: (string | null)[] | null;
  rowLabels: (string | null)[] | null;
  outputs: OutputColumn[];
  reasonTable: Reason[];
  reasons: ReasonLists;
  warnings: ReasonLists;
  notes: ReasonLists;
  /** every level's groups, without explanations */
  groups: Record<string, GroupResult[]>;
}

/** Reads the result row by row into plain columns (in the worker, or in the fallback's chunks). */
export function resultData(result: EvaluationResult): ResultData {
  const n = result.rowCount;
  const defs = result.part.outputs.row ?? [];
  const outputs: OutputColumn[] = defs.map((d) => ({ name: d.name, values: new Array(n), texts: new Array(n), pending: [] }));
  const reasonTable: Reason[] = [];
  const indexOf = new Map<Reason, number>();
  const lists = () => ({ offsets: new Int32Array(n + 1), items: [] as number[] });
  const kinds = { reasons: lists(), warnings: lists(), notes: lists() };
  const status: StatusName[] = new Array(n);
  const rowNumbers = new Int32Array(n);
  let sheets: (string | null)[] | null = null;
  let labels: (string | null)[] | null = null;
  for (let i = 0; i < n; i++) {
    const row = result.row(i, false);
    status[i] = row.status;
    rowNumbers[i] = row.row;
    const sheet = result.rowSheet(i);
    const label = result.rowLabel(i);
    if (sheet !== null) (sheets ??= new Array<string | null>(n).fill(null))[i] = sheet;
    if (label !== null) (labels ??= new Array<string | null>(n).fill(null))[i] = label;
    for (let k = 0; k < defs.length; k++) {
      const cell = row.outputs[defs[k].name];
      outputs[k].values[i] = cell.value;
      outputs[k].texts[i] = cell.text;
      if (cell.pending !== undefined) outputs[k].pending.push([i, cell.pending]);
    }
    for (const kind of ["reasons", "warnings", "notes"] as const) {
      const l = kinds[kind];
      // the engine shares one Reason per rule across the rows it fires on: each is sent once
      for (const r of row[kind]) {
        let at = indexOf.get(r);
        if (at === undefined) {
          at = reasonTable.push(r) - 1;
          indexOf.set(r, at);
        }
        l.items.push(at);
      }
      l.offsets[i + 1] = l.items.length;
    }
  }
  const packed = (l: { offsets: Int32Array; items: number[] }): ReasonLists => ({ offsets: l.offsets, items: Int32Array.from(l.items) });
  return {
    schemeId: result.scheme.id,
    partId: result.part.id,
    rowCount: n,
    status,
    rowNumbers,
    rowSheets: sheets,
    rowLabels: labels,
    outputs,
    reasonTable,
    reasons: packed(kinds.reasons),
    warnings: packed(kinds.warnings),
    notes: packed(kinds.notes),
    groups: Object.fromEntries(result.levels.map((level) => [level, result.groups(level)])),
  };
}
