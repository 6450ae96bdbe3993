import { Dec, ZERO } from "../money/decimal";

export interface PeriodTotals {
  /** value per period (index 0 = period `first`) */
  values: Dec[];
  /** per period: did it have activity, and did every member pass the period test */
  active: boolean[];
  periodOk: boolean[];
  numerator: Dec[];
  denominator: Dec[];
}

export interface WindowSpec {
  length: number;
  atLeast: Dec;
  ratioAtLeast?: Dec;
}

export interface WindowOutcome {
  /** 0-based start within the periods, or −1 */
  start: number;
  average: Dec | null;
  /** some window reached the average but failed a side test */
  failedPeriodTest: boolean;
  failedRatioTest: boolean;
}

/**
 * P12(g): the first run of `length` consecutive periods whose average reaches `atLeast` (inclusive) and whose
 * side tests hold (every active period passes; Σ numerator ÷ Σ denominator reaches ratioAtLeast).
 */
export function findWindow(p: PeriodTotals, spec: WindowSpec): WindowOutcome {
  let failedPeriodTest = false;
  let failedRatioTest = false;
  for (let s = 0; s + spec.length <= p.values.length; s++) {
    let sum = ZERO;
    let num = ZERO;
    let den = ZERO;
    let periodsOk = true;
    for (let k = s; k < s + spec.length; k++) {
      sum = sum.plus(p.values[k]);
      num = num.plus(p.numerator[k]);
      den = den.plus(p.denominator[k]);
      if (p.active[k] && !p.periodOk[k]) periodsOk = false;
    }
    const average = sum.dividedBy(spec.length);
    if (average.lt(spec.atLeast)) continue;
    const ratioOk = spec.ratioAtLeast === undefined || (!den.isZero() && num.dividedBy(den).gte(spec.ratioAtLeast));
    if (periodsOk && ratioOk) return { start: s, average, failedPeriodTest: false, failedRatioTest: false };
    if (!periodsOk) failedPeriodTest = true;
    if (!ratioOk) failedRatioTest = true;
  }
  return { start: -1, average: null, failedPeriodTest, failedRatioTest };
}
