// Stores a sheet column as codes of its distinct raw cells, each cell's reading kept once per code: C4–C9 are
// functions of the cell alone, so a column of 是/否 or roles is read a few times, not once per row.
import { RawCell } from "../../values/parseNumber";
import { Value } from "../../values/value";
import { Blocks } from "./blocks";
import { CodeArray, widenedFor } from "./columnCodes";
import { Column } from "./column";
import { keepsNumbering } from "./limits";

/** Codes below this are found by === over their cells (a Map key's own equality), without hashing. */
const FEW = 8;

/**
 * The cells of one column, row by row: each distinct cell is read once (`readingOf`) and numbered, and the column
 * is held as codes. A column of mostly distinct cells (phone numbers, amounts) stops numbering (see
 * keepsNumbering): rows then store their values one by one (`setPlain`).
 */
export class CellCodes<R extends { value: Value }> {
  private readonly values: Value[] = [];
  private readonly readings: R[] = [];
  private codes: CodeArray | null;
  /** the values one per row, once the column is no longer numbered */
  private plain: Blocks<Value> | null = null;
  private memo: Map<RawCell, number> | null = new Map();
  /** Date objects by their time: two cells holding the same date are two objects */
  private readonly byTime = new Map<number, number>();
  /** the cells of the first codes, while the column has no more than FEW */
  private readonly few: RawCell[] = [];

  /** @param coding false stores every row's value on its own from the start (the reference path) */
  constructor(
    private readonly size: number,
    private readonly readingOf: (raw: RawCell) => R,
    coding: boolean,
  ) {
    this.codes = coding ? new Uint8Array(size) : null;
    if (!coding) {
      this.memo = null;
      this.plain = new Blocks<Value>(size, null);
    }
  }

  /** whether rows are still numbered (`codeAt` may be called) */
  get numbering(): boolean {
    return this.memo !== null;
  }

  /** Numbers row r's cell (read if new) and returns its code; -1 when numbering stops here (then use setPlain). */
  codeAt(r: number, raw: RawCell): number {
    let code: number | undefined;
    const few = this.few;
    if (few.length === this.values.length) {
      for (let k = 0; k < few.length; k++) {
        if (few[k] === raw) {
          code = k;
          break;
        }
      }
    }
    if (code === undefined) {
      const isDate = typeof raw === "object" && raw !== null;
      const time = isDate ? (raw as Date).getTime() : 0;
      code = isDate ? this.byTime.get(time) : (this.memo as Map<RawCell, number>).get(raw);
      if (code === undefined) code = this.add(r, raw, isDate, time);
    }
    if (code >= 0) (this.codes as CodeArray)[r] = code;
    return code;
  }

  /** the reading of the cells numbered `code` */
  readingAt(code: number): R {
    return this.readings[code];
  }

  /** stores row r's value on its own (numbering has stopped) */
  setPlain(r: number, v: Value): void {
    (this.plain as Blocks<Value>).set(r, v);
  }

  private add(r: number, raw: RawCell, isDate: boolean, time: number): number {
    const code = this.values.length;
    // an invalid Date has no time to be found by: it and every cell after it are read one by one
    if (!keepsNumbering(code, r) || (isDate && !Number.isFinite(time))) {
      this.stopNumbering(r);
      return -1;
    }
    const reading = this.readingOf(raw);
    this.values.push(reading.value);
    this.readings.push(reading);
    if (code < FEW) this.few.push(raw);
    if (isDate) this.byTime.set(time, code);
    else (this.memo as Map<RawCell, number>).set(raw, code);
    this.codes = widenedFor(this.codes as CodeArray, code);
    return code;
  }

  /** rows before `r` keep the values of their codes; later rows are stored one by one */
  private stopNumbering(r: number): void {
    const plain = new Blocks<Value>(this.size, null);
    const codes = this.codes as CodeArray;
    for (let k = 0; k < r; k++) plain.set(k, this.values[codes[k]]);
    this.plain = plain;
    this.memo = null;
    this.codes = null;
  }

  /** the column: as codes when every row was numbered; `texts`: every value is a text or blank */
  column(texts: boolean): Column {
    return this.codes !== null ? Column.coded(this.codes, this.values) : Column.ofBlocks(this.plain as Blocks<Value>, texts);
  }
}
