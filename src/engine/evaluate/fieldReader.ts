import { RawCell } from "../values/parseNumber";
import { Value } from "../values/value";
import { isCleanText } from "../values/cleanText";
import { CellCodes, Column } from "./store";
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

/**
 * Reads one field column, row by row, and applies what each cell does to its row (C4–C9): each distinct cell is
 * read once and numbered (CellCodes), so the column is held as codes and expressions over it are worked out once
 * per code. A column of mostly distinct cells (phone numbers, amounts) stops numbering and reads each cell as it
 * comes.
 */
export class FieldReader {
  private readonly cells: CellCodes<CellOutcome>;
  private readonly scratch = emptyOutcome();
  private readonly quickTexts: boolean;

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
    this.cells = new CellCodes<CellOutcome>(scope.size, (raw) => this.outcomeOf(raw, emptyOutcome()), coding);
    // the reference path reads every cell in full
    this.quickTexts = coding && texts;
  }

  read(r: number, raw: RawCell): void {
    const cells = this.cells;
    if (cells.numbering) {
      const code = cells.codeAt(r, raw);
      if (code >= 0) {
        const o = cells.readingAt(code);
        if (o.mark !== null || o.warning !== null) this.apply(r, o);
        return;
      }
    }
    // a text field's clean cell is its own value and gives no reason (names, phone numbers: most cells)
    if (this.quickTexts && typeof raw === "string" && isCleanText(raw)) {
      cells.setPlain(r, raw);
      return;
    }
    const o = this.outcomeOf(raw, this.scratch);
    if (o.value !== null) cells.setPlain(r, o.value);
    this.apply(r, o);
  }

  private apply(r: number, o: CellOutcome): void {
    if (o.mark !== null) this.scope.fail(r, o.status, o.mark);
    if (o.warning !== null) this.scope.warn(r, o.warning);
  }

  /** the column read: as codes when every row was numbered */
  column(): Column {
    return this.cells.column(this.texts);
  }
}
