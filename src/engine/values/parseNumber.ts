import { Dec, dec } from "../money/decimal";
import { isExcelErrorText } from "./cellErrors";
import { CellProblem } from "./problem";
import { toHalfWidth } from "./normalizeText";

export type RawCell = string | number | boolean | Date | null | undefined;

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** What a number cell held, before any business rule: the value and whether its text had to be cleaned. */
export interface ParsedNumber {
  value: Dec;
  /** the cell held text that was normalised (full-width digits, separators, currency, percent) */
  normalized: boolean;
  percent: boolean;
}

/**
 * Reads a number as convention C4 allows: real numbers, numeric text, full-width digits, thousands separators,
 * ¥/￥ prefix or 元 suffix, surrounding spaces, % and ‰. Anything else is INVALID_NUMBER, never 0.
 */
export function parseNumber(raw: RawCell): ParsedNumber | CellProblem | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return new CellProblem("INVALID_NUMBER", String(raw));
    return { value: dec(raw), normalized: false, percent: false };
  }
  if (typeof raw === "boolean" || raw instanceof Date) return new CellProblem("INVALID_NUMBER", String(raw));
  const original = raw;
  let s = toHalfWidth(raw).trim();
  if (s === "") return null;
  if (isExcelErrorText(s)) return new CellProblem("EXCEL_ERROR", original);
  let scale: Dec | null = null;
  let percent = false;
  if (s.endsWith("%")) {
    scale = dec("0.01");
    percent = true;
    s = s.slice(0, -1).trim();
  } else if (s.endsWith("‰")) {
    scale = dec("0.001");
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/^[¥￥]\s*/, "").replace(/\s*元$/, "").replace(/，/g, ",").trim();
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  if (!NUMBER_TEXT.test(s)) return new CellProblem("INVALID_NUMBER", original);
  let value = new Dec(s);
  if (scale) value = value.times(scale);
  // beyond what a spreadsheet cell (an IEEE double) can hold: a typo, not an amount
  if (!Number.isFinite(value.toNumber())) return new CellProblem("INVALID_NUMBER", original);
  // a percent sign is how rates are typed, not a correction; full-width signs, separators and currency are
  const asTyped = original.trim().replace(/\s*[%‰]$/, "");
  return { value, normalized: s !== asTyped, percent };
}
