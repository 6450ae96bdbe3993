// Collects a sheet's rows and merges as they are laid out, one line at a time.
import { CellOut } from "../fillPlan";
import { SheetCell, StatementSheet } from "./sheet";
import { StatementStyle } from "./styles";
import { BoundedCache } from "../../evaluate/store";

export type SheetLine = (SheetCell | null)[];

/** A cell; a non-empty text gets the text format "@" so Excel keeps it as written. */
export function sheetCell(value: CellOut, style: StatementStyle, numberFormat: string | null = null): SheetCell {
  return { value, style, numberFormat: typeof value === "string" && value !== "" ? "@" : numberFormat };
}

/** Cells remembered per column of the row tables, by value: a column of more distinct values gets a cell each. */
const CELLS_KEPT = 4096;

/**
 * The rows of a sheet `width` columns wide, and the merged ranges among them. Cells are only read once laid out: the
 * cells of the row tables' columns are shared by value (a million rows of statements hold a few thousand cells, not
 * twelve million).
 */
export class SheetRows {
  readonly rows: SheetLine[] = [];
  readonly merges: StatementSheet["merges"] = [];
  private readonly tableCells: BoundedCache<CellOut, SheetCell>[] = [];

  constructor(readonly width: number) {}

  /**
   * The cell of a row table's column j (its style and format are the column's): `sheetCell(value, style,
   * numberFormat)`, one object per column and value. A column that has shown more distinct values than are kept
   * (phone numbers, order ids) gets a cell per row without looking.
   */
  tableCell(j: number, value: CellOut, style: StatementStyle, numberFormat: string | null): SheetCell {
    const kept = (this.tableCells[j] ??= new BoundedCache(CELLS_KEPT));
    if (kept.size >= kept.limit) return sheetCell(value, style, numberFormat);
    let cell = kept.get(value);
    if (cell === undefined) kept.set(value, (cell = sheetCell(value, style, numberFormat)));
    return cell;
  }

  /** the 1-based number the next pushed row gets */
  get next(): number {
    return this.rows.length + 1;
  }

  empty(): SheetLine {
    return new Array(this.width).fill(null);
  }

  push(line: SheetLine): void {
    this.rows.push(line);
  }

  /** Cells left..right of `line` (the next row) merged, the text in the first. */
  span(line: SheetLine, left: number, right: number, value: CellOut, style: StatementStyle): void {
    line[left] = sheetCell(value, style);
    for (let c = left + 1; c <= right; c++) line[c] = { value: "", style, numberFormat: null };
    if (right > left) this.merges.push({ row: this.next, left, right });
  }

  /** A row with one text across the whole width. */
  spanRow(value: CellOut, style: StatementStyle): void {
    const line = this.empty();
    this.span(line, 0, this.width - 1, value, style);
    this.push(line);
  }
}
