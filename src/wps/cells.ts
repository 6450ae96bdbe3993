import type { CellOut } from "../engine";
import type { ColumnWrite, FillRequest } from "../excel/port";
import { cellKey, TargetCells } from "../excel/targets";

/**
 * What a fill puts in one cell of Jili's columns, as the Excel adapter decides it: `null` leaves the cell as it is (a
 * formula or merged cell of the user's), "" clears it, else the header or the row's value.
 */
export function cellFor(req: FillRequest, column: ColumnWrite | undefined, col: number, row: number, dataIndex: Map<number, number>, targets: TargetCells): CellOut {
  if (targets.keep.has(cellKey(col, row))) return null;
  if (!column) return "";
  if (row === req.headerRow) return column.header;
  const k = dataIndex.get(row);
  if (k === undefined) return "";
  const v = column.values[k];
  return v === null || v === undefined ? "" : v;
}

/** Consecutive indices of `items` for which `keep` holds, as [start, end) runs. */
export function runs<T>(items: T[], keep: (item: T, i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  items.forEach((item, i) => {
    if (keep(item, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) out.push([start, items.length]);
  return out;
}
