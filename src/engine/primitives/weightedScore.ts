import { Dec, ZERO } from "../money/decimal";

/** P8: S = Σ w_i × s_i, exact, so (10, 9, 9, 7) at 0.2/0.4/0.3/0.1 is 9.0 and not 8.999999999999998. */
export function weightedScore(scores: Dec[], weights: Dec[]): Dec {
  let s = ZERO;
  for (let i = 0; i < scores.length; i++) s = s.plus(scores[i].times(weights[i]));
  return s;
}
