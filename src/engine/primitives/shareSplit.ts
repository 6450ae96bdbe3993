import { Dec, Rounding, ZERO, roundOutput } from "../money/decimal";

/**
 * P14: share_i = pool × c_i ÷ Σc, each rounded; the residual cent goes to the largest share (first on ties),
 * so the shares always sum exactly to the pool.
 */
export function shareSplit(pool: Dec, weights: Dec[], rounding: Rounding): Dec[] | null {
  const total = weights.reduce((a, w) => a.plus(w), ZERO);
  if (total.isZero()) return null;
  const shares = weights.map((w) => roundOutput(pool.times(w).dividedBy(total), rounding));
  const residual = roundOutput(pool, rounding).minus(shares.reduce((a, s) => a.plus(s), ZERO));
  if (!residual.isZero()) {
    let largest = 0;
    for (let i = 1; i < shares.length; i++) if (shares[i].gt(shares[largest])) largest = i;
    shares[largest] = shares[largest].plus(residual);
  }
  return shares;
}
