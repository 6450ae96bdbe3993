// Money as text, the one way every surface (statements, CLI, task pane) writes an amount: 1,234,567.01.
import { Dec, dec } from "./decimal";

/** Thousands separators in a run of digits: 1234567 → 1,234,567. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * An amount as money text: grouped thousands and exactly `scale` decimals, rounded half-up (away from zero on a
 * tie) from the exact decimal. A number is taken as the decimal its shortest text denotes (2.675 is 2.675, not the
 * double just below it), so the float's own rounding never shows — `toFixed` on the double would give 2.67.
 * An amount that rounds to zero has no sign (-0.004 → 0.00). NaN and ±Infinity come out as Decimal writes them.
 */
export function moneyText(amount: Dec | number, scale: number): string {
  const rounded = dec(amount).toDecimalPlaces(scale, Dec.ROUND_HALF_UP);
  const [int, frac] = rounded.abs().toFixed(scale).split(".");
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : "";
  return `${sign}${groupThousands(int)}${frac === undefined ? "" : `.${frac}`}`;
}
