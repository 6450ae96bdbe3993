import { Dec } from "../money/decimal";

export interface RatioScoreSpec {
  points: Dec;
  /** ratio ≥ atLeast (or > when not inclusive) jumps to `points` instead of maxPoints × ratio */
  bonus?: { atLeast: Dec; inclusive: boolean; points: Dec };
  cap?: Dec;
}

/** P9: score = points × ratio, or the bonus points once the ratio reaches the threshold; optional cap. */
export function ratioScore(ratio: Dec, spec: RatioScoreSpec): { score: Dec; bonus: boolean } {
  if (spec.bonus) {
    const c = ratio.cmp(spec.bonus.atLeast);
    if (c > 0 || (c === 0 && spec.bonus.inclusive)) return { score: spec.bonus.points, bonus: true };
  }
  let score = spec.points.times(ratio);
  if (spec.cap !== undefined && score.gt(spec.cap)) score = spec.cap;
  return { score, bonus: false };
}
