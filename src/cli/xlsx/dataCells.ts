// The cells Jili writes into each row of the data sheet, as bytes made once per column and value around the row number (a fill writes 600 000 cells).
import { CellOut, FillPlan } from "../../engine";
import { cellXml, inlineTail, NewCell } from "./cellXml";

/** What the cells of a row are made from: the plan, where its columns go, their styles and the rows they fill. */
export interface DataCellsInput {
  prefix: string;
  plan: FillPlan;
  /** slots[i]: the sheet column of plan column i; letters[i] its letters */
  slots: number[];
  letters: string[];
  /** plan columns in sheet order */
  order: number[];
  /** per plan column: the cell style of its numbers, if any */
  columnStyles: (number | undefined)[];
  headerRow: number;
  headerStyle: number | undefined;
  /** plan row of each sheet row (-1: none), by row number up to lastRow */
  rowIndex: Int32Array;
  lastRow: number;
}

/** Bytes after a cell's row number remembered per column, by value: more distinct values are made cell by cell. */
const RESTS_KEPT = 4096;

/**
 * The `cellsOf` of a SheetEdit: the header row gets the plan's headers, a data row its values. One array and one
 * object per column are reused row after row (the sheet writer uses them before asking again).
 */
export function dataCells(input: DataCellsInput): (row: number) => NewCell[] {
  const { prefix: p, plan, slots, letters, order, columnStyles, headerRow, headerStyle, rowIndex, lastRow } = input;
  const slot: NewCell[] = slots.map((col) => ({ col, xml: "" }));
  const reused: NewCell[] = [];
  // each column's start tag up to the row number as bytes; after it, per value: the rest of the start tag (text,
  // number with the column's number format, yes/no), the value and the end tag, made once
  const opens = letters.map((l) => Buffer.from(`<${p}c r="${l}`, "utf8"));
  const numberCloses = columnStyles.map((style) => `"${style !== undefined ? ` s="${style}"` : ""}><${p}v>`);
  const valueEnd = `</${p}v></${p}c>`;
  const rests = slots.map(() => new Map<CellOut, Buffer>());
  const restOf = (i: number, v: CellOut): Buffer | null => {
    let rest = rests[i].get(v);
    if (rest !== undefined) return rest;
    if (typeof v === "string") rest = Buffer.from(`" t="inlineStr">${inlineTail(p, v)}`, "utf8");
    else if (typeof v === "number" && Number.isFinite(v)) rest = Buffer.from(`${numberCloses[i]}${v}${valueEnd}`, "utf8");
    else if (typeof v === "boolean") rest = Buffer.from(`" t="b"><${p}v>${v ? 1 : 0}${valueEnd}`, "utf8");
    else return null;
    if (rests[i].size < RESTS_KEPT) rests[i].set(v, rest);
    return rest;
  };
  return (row) => {
    const k = row <= lastRow && rowIndex[row] >= 0 ? rowIndex[row] : undefined;
    if (row === headerRow) {
      reused.length = 0;
      for (const i of order) reused.push({ col: slots[i], xml: cellXml(p, `${letters[i]}${row}`, plan.columns[i].header, headerStyle) });
      return reused;
    }
    // filled by index: the array keeps its room from row to row (emptying it would give its storage back each time)
    let n = 0;
    if (k !== undefined) {
      for (let x = 0; x < order.length; x++) {
        const i = order[x];
        const v = plan.columns[i].values[k];
        if (v === null || v === "") continue;
        const cell = slot[i];
        const rest = restOf(i, v);
        if (rest !== null) {
          cell.open = opens[i];
          cell.row = row;
          cell.rest = rest;
        } else {
          cell.open = null;
          cell.xml = cellXml(p, `${letters[i]}${row}`, v, typeof v === "number" ? columnStyles[i] : undefined);
        }
        reused[n++] = cell;
      }
    }
    if (reused.length !== n) reused.length = n;
    return reused;
  };
}
