import { Dec, HUNDRED } from "../money/decimal";

/** P7: parts of one amount by percentages that sum to 100 (70 % base / 30 % assessment). */
export function percentSplit(base: Dec, percents: Dec[]): Dec[] {
  return percents.map((p) => base.times(p).dividedBy(HUNDRED));
}

export function percentsSumTo100(percents: Dec[]): boolean {
  return percents.reduce((a, p) => a.plus(p), new Dec(0)).eq(HUNDRED);
}
