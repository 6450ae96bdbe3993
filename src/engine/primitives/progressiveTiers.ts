import { Dec, ZERO } from "../money/decimal";

/** One band of a progressive table: units up to `upTo` (inclusive) are paid `rate`; the top band has no upTo. */
export interface ProgressiveTier {
  upTo?: number;
  rate: Dec;
}

export interface TierSlice {
  from: number;
  to: number;
  units: number;
  rate: Dec;
  amount: Dec;
}

/**
 * P5: amount = Σ rate_i × max(0, min(n, b_{i+1}) − b_i). "within 5" puts the 5th unit in the lower band,
 * "beyond 5" starts at the 6th.
 */
export function progressiveAmount(n: number, tiers: ProgressiveTier[]): { amount: Dec; slices: TierSlice[] } {
  let amount = ZERO;
  const slices: TierSlice[] = [];
  let lower = 0;
  for (const t of tiers) {
    const upper = t.upTo ?? Infinity;
    const units = Math.max(0, Math.min(n, upper) - lower);
    if (units > 0) {
      const part = t.rate.times(units);
      amount = amount.plus(part);
      slices.push({ from: lower + 1, to: lower + units, units, rate: t.rate, amount: part });
    }
    lower = upper;
    if (n <= upper) break;
  }
  return { amount, slices };
}

/** The rate paid for the k-th unit (1-based): the band that contains k (C8 attribution). */
export function marginalRate(k: number, tiers: ProgressiveTier[]): Dec {
  for (const t of tiers) if (t.upTo === undefined || k <= t.upTo) return t.rate;
  return tiers[tiers.length - 1].rate;
}

/** P4: a flat rate is a progressive table with one band. */
export function flatRateAmount(quantity: Dec, rate: Dec): Dec {
  return quantity.times(rate);
}

/** Why a tier table cannot be used: each problem with the 0-based tier it is on. */
export interface TierProblem {
  code: "TIER_OPEN_BEFORE_END" | "TIER_TOP_CLOSED" | "TIERS_NOT_INCREASING";
  tier: number;
}

/**
 * A progressive table pays every unit exactly once: every tier but the last ends somewhere (upTo), each ends above
 * the one before, and the last is open (a closed top tier would pay nothing for units beyond it — a silent 0).
 * The scheme validator and the TIERED cell function both judge a table by this.
 */
export function tierTableProblems(tiers: readonly { upTo?: number }[]): TierProblem[] {
  const out: TierProblem[] = [];
  tiers.forEach((t, i) => {
    const last = i === tiers.length - 1;
    if (!last && t.upTo === undefined) out.push({ code: "TIER_OPEN_BEFORE_END", tier: i });
    if (last && t.upTo !== undefined) out.push({ code: "TIER_TOP_CLOSED", tier: i });
    const prev = tiers[i - 1];
    if (i > 0 && prev.upTo !== undefined && t.upTo !== undefined && t.upTo <= prev.upTo) out.push({ code: "TIERS_NOT_INCREASING", tier: i });
  });
  return out;
}
