// The cells Jili writes into each row of the data sheet, with start tags as bytes made once per column (a fill writes 600 000 cells).
import { FillPlan } from "../../engine";
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

/**
 * The `cellsOf` of a SheetEdit: the header row gets the plan's headers, a data row its values. One array and one
 * object per column are reused row after row (the sheet writer uses them before asking again).
 */
export function dataCells(input: DataCellsInput): (row: number) => NewCell[] {
  const { prefix: p, plan, slots, letters, order, columnStyles, headerRow, headerStyle, rowIndex, lastRow } = input;
  const slot: NewCell[] = slots.map((col) => ({ col, xml: "" }));
  const reused: NewCell[] = [];
  const tails = new Map<string, string>();
  // each column's start tags as bytes, around the row number: text cells, number cells (with the column's number
  // format), yes/no cells; numbers' tails (`220</v></c>`) made once per value
  const opens = letters.map((l) => Buffer.from(`<${p}c r="${l}`, "utf8"));
  const textClose = Buffer.from(`" t="inlineStr">`, "utf8");
  const numberCloses = columnStyles.map((style) => Buffer.from(`"${style !== undefined ? ` s="${style}"` : ""}><${p}v>`, "utf8"));
  const boolClose = Buffer.from(`" t="b"><${p}v>`, "utf8");
  const valueEnd = `</${p}v></${p}c>`;
  const numberTails = new Map<number, string>();
  return (row) => {
    reused.length = 0;
    const k = row <= lastRow && rowIndex[row] >= 0 ? rowIndex[row] : undefined;
    if (row === headerRow) {
      for (const i of order) reused.push({ col: slots[i], xml: cellXml(p, `${letters[i]}${row}`, plan.columns[i].header, headerStyle) });
      return reused;
    }
    if (k === undefined) return reused;
    for (const i of order) {
      const v = plan.columns[i].values[k];
      if (v === null || v === "") continue;
      const cell = slot[i];
      cell.open = opens[i];
      cell.row = row;
      if (typeof v === "string") {
        // statuses and explanations repeat: each text's tail is built once and written from its bytes
        let tail = tails.get(v);
        if (tail === undefined) {
          tail = inlineTail(p, v);
          if (tails.size < 4096) tails.set(v, tail);
        }
        cell.close = textClose;
        cell.tail = tail;
      } else if (typeof v === "number" && Number.isFinite(v)) {
        let tail = numberTails.get(v);
        if (tail === undefined) {
          tail = `${v}${valueEnd}`;
          if (numberTails.size < 4096) numberTails.set(v, tail);
        }
        cell.close = numberCloses[i];
        cell.tail = tail;
      } else if (typeof v === "boolean") {
        cell.close = boolClose;
        cell.tail = `${v ? 1 : 0}${valueEnd}`;
      } else {
        cell.open = null;
        cell.xml = cellXml(p, `${letters[i]}${row}`, v, typeof v === "number" ? columnStyles[i] : undefined);
        cell.tail = null;
      }
      reused.push(cell);
    }
    return reused;
  };
}
