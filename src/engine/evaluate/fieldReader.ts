import { RawCell } from "../values/parseNumber";
import { Value } from "../values/value";
import { ColumnCodes } from "./columnCodes";
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

/** A column with more distinct cells than this is not coded. */
const MAX_CODES = 1 << 16;
/** ...nor one where most cells are new (names, phone numbers, amounts): numbering them would only cost. */
const TRY_CODES = 4096;

/**
 * Reads one field column, row by row, into its values: each distinct cell is read once (C4–C9 are functions of the
 * cell alone) and numbered, so the column is also held as codes (`coded`) for expressions to be evaluated once per
 * code. A column of mostly distinct cells stops numbering and reads each cell as it comes.
 */
export class FieldReader {
  private readonly values: Value[] = [];
  private readonly outcomes: CellOutcome[] = [];
  private codes: Int32Array | null;
  private memo: Map<RawCell, number> | null = new Map();
  /** Date objects by their time: two cells holding the same date are two objects */
  private readonly byTime = new Map<number, number>();
  private readonly scratch = emptyOutcome();

  /** @param coding false reads every cell on its own (the reference path) */
  constructor(
    private readonly outcomeOf: OutcomeOf,
    private readonly scope: Scope,
    private readonly col: Value[],
    coding = true,
  ) {
    this.codes = coding ? new Int32Array(scope.size) : null;
    if (!coding) this.memo = null;
  }

  read(r: number, raw: RawCell): void {
    if (this.memo !== null) {
      const isDate = typeof raw === "object" && raw !== null;
      const time = isDate ? (raw as Date).getTime() : 0;
      let code = isDate ? this.byTime.get(time) : this.memo.get(raw);
      if (code === undefined) code = this.add(r, raw, isDate, time);
      if (code >= 0) {
        (this.codes as Int32Array)[r] = code;
        this.apply(r, this.outcomes[code]);
        return;
      }
    }
    this.apply(r, this.outcomeOf(raw, this.scratch));
  }

  private add(r: number, raw: RawCell, isDate: boolean, time: number): number {
    const code = this.values.length;
    // an invalid Date has no time to be found by: it and every cell after it are read one by one
    if (code >= MAX_CODES || (code >= TRY_CODES && code * 2 > r) || (isDate && !Number.isFinite(time))) {
      this.memo = null;
      this.codes = null;
      return -1;
    }
    const outcome = this.outcomeOf(raw, emptyOutcome());
    this.values.push(outcome.value);
    this.outcomes.push(outcome);
    if (isDate) this.byTime.set(time, code);
    else (this.memo as Map<RawCell, number>).set(raw, code);
    return code;
  }

  private apply(r: number, o: CellOutcome): void {
    this.col[r] = o.value;
    if (o.mark !== null) this.scope.fail(r, o.status, o.mark);
    if (o.warning !== null) this.scope.warn(r, o.warning);
  }

  /** the column as codes, when every row was numbered */
  coded(): ColumnCodes | null {
    return this.codes === null ? null : { codes: this.codes, values: this.values };
  }
}
