import { RawCell } from "../values/parseNumber";
import { Value } from "../values/value";
import { Column } from "./column";
import { Blocks } from "./blocks";
import { isCleanText } from "../values/cleanText";
import { CodeArray, widenedFor } from "./columnCodes";
import { Scope } from "./scope";
import { Mark } from "./status";

/** What one cell does to its row: the value stored in the column, and a reason to fail or warn, if any. */
export interface CellOutcome {
  value: Value;
  /** status to raise the row to with `mark` (0 with no mark) */
  status: number;
  mark: Mark | null;
  warning: Mark | null;
}

export function emptyOutcome(): CellOutcome {
  return { value: null, status: 0, mark: null, warning: null };
}

/** Fills `into` with what `raw` does to its row; the same raw cell always has the same outcome. */
export type OutcomeOf = (raw: RawCell, into: CellOutcome) => CellOutcome;

const FEW = 8;

/** A column with more distinct cells than this is not coded. */
const MAX_CODES = 1 << 16;
/** ...nor one where most cells are new (names, phone numbers, amounts): numbering them would only cost. */
const TRY_CODES = 4096;

/**
 * Reads one field column, row by row: each distinct cell is read once (C4–C9 are functions of the cell alone) and
 * numbered, so the column is held as codes and expressions over it are worked out once per code. A column of
 * mostly distinct cells (phone numbers, amounts) stops numbering and reads each cell as it comes.
 */
export class FieldReader {
  private readonly values: Value[] = [];
  private readonly outcomes: CellOutcome[] = [];
  private codes: CodeArray | null;
  /** the values one per row, once the column is no longer numbered */
  private plain: Blocks<Value> | null = null;
  private memo: Map<RawCell, number> | null = new Map();
  /** Date objects by their time: two cells holding the same date are two objects */
  private readonly byTime = new Map<number, number>();
  private readonly scratch = emptyOutcome();
  private readonly quickTexts: boolean;
  /** the cells of the first codes, while the column has no more than FEW */
  private readonly few: RawCell[] = [];

  /**
   * @param coding false reads every cell on its own (the reference path)
   * @param texts a text field: values are texts or blank, and a clean text cell is its own value (isCleanText)
   */
  constructor(
    private readonly outcomeOf: OutcomeOf,
    private readonly scope: Scope,
    coding = true,
    private readonly texts = false,
  ) {
    this.codes = coding ? new Uint8Array(scope.size) : null;
    // the reference path reads every cell in full
    this.quickTexts = coding && texts;
    if (!coding) {
      this.memo = null;
      this.plain = new Blocks<Value>(scope.size, null);
    }
  }

  read(r: number, raw: RawCell): void {
    if (this.memo !== null) {
      let code: number | undefined;
      // a column of a few values (是/否, roles) is searched by ===, a Map key's own equality, without hashing
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
        code = isDate ? this.byTime.get(time) : this.memo.get(raw);
        if (code === undefined) code = this.add(r, raw, isDate, time);
      }
      if (code >= 0) {
        (this.codes as CodeArray)[r] = code;
        const o = this.outcomes[code];
        if (o.mark !== null || o.warning !== null) this.apply(r, o);
        return;
      }
    }
    // a text field's clean cell is its own value and gives no reason (names, phone numbers: most cells)
    if (this.quickTexts && typeof raw === "string" && isCleanText(raw)) {
      (this.plain as Blocks<Value>).set(r, raw);
      return;
    }
    const o = this.outcomeOf(raw, this.scratch);
    if (o.value !== null) (this.plain as Blocks<Value>).set(r, o.value);
    this.apply(r, o);
  }

  private add(r: number, raw: RawCell, isDate: boolean, time: number): number {
    const code = this.values.length;
    // an invalid Date has no time to be found by: it and every cell after it are read one by one
    if (code >= MAX_CODES || (code >= TRY_CODES && code * 2 > r) || (isDate && !Number.isFinite(time))) {
      this.stopNumbering(r);
      return -1;
    }
    const outcome = this.outcomeOf(raw, emptyOutcome());
    this.values.push(outcome.value);
    this.outcomes.push(outcome);
    if (code < FEW) this.few.push(raw);
    if (isDate) this.byTime.set(time, code);
    else (this.memo as Map<RawCell, number>).set(raw, code);
    this.codes = widenedFor(this.codes as CodeArray, code);
    return code;
  }

  /** rows before `r` keep the values of their codes; later rows are read one by one */
  private stopNumbering(r: number): void {
    const plain = new Blocks<Value>(this.scope.size, null);
    const codes = this.codes as CodeArray;
    for (let k = 0; k < r; k++) plain.set(k, this.values[codes[k]]);
    this.plain = plain;
    this.memo = null;
    this.codes = null;
  }

  private apply(r: number, o: CellOutcome): void {
    if (o.mark !== null) this.scope.fail(r, o.status, o.mark);
    if (o.warning !== null) this.scope.warn(r, o.warning);
  }

  /** the column read: as codes when every row was numbered */
  column(): Column {
    return this.codes !== null ? Column.coded(this.codes, this.values) : Column.ofBlocks(this.plain as Blocks<Value>, this.texts);
  }
}
