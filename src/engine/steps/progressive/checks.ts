/** What a progressive step's tier tables must be, said with the place of each problem in the document. */
import { TierProblem, tierTableProblems } from "../../primitives/progressiveTiers";
import type { SchemeIssue } from "../../scheme/errors";
import type { TierDef } from "../../scheme/schema";

type Path = (string | number)[];

/** English texts of the tier problems (tierTableProblems), with the tier's place in the document. */
const TIER_ISSUE_TEXT: Record<TierProblem["code"], (i: number) => string> = {
  TIER_OPEN_BEFORE_END: (i) => `tiers[${i}].upTo is required: only the last tier is open-ended`,
  TIER_TOP_CLOSED: (i) => `tiers[${i}] is the last tier and must have no upTo (it pays every unit beyond)`,
  TIERS_NOT_INCREASING: (i) => `tiers[${i}].upTo must be greater than tiers[${i - 1}].upTo`,
};

export function tierIssues(tiers: TierDef[], path: Path): SchemeIssue[] {
  return tierTableProblems(tiers).map((p) => ({ code: p.code, path: [...path, p.tier, "upTo"], message: TIER_ISSUE_TEXT[p.code](p.tier) }));
}

