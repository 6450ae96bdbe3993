/**
 * The scheme validator's findings that a clerk's edit of a rates table can cause, said in the table's own words (the
 * validator's texts are English and name document paths). A finding not listed keeps the validator's text.
 */
import type { BilingualText } from "../scheme/schema";

type Words = (column: string) => BilingualText;

const RULE_WORDS: Record<string, Words> = {
  TIERS_NOT_INCREASING: (c) => ({ "zh-CN": `「${c}」须大于上一档的「${c}」（档位须从小到大）`, "en-US": `${c} must be greater than the tier before's (tiers go up)` }),
  TIER_OPEN_BEFORE_END: (c) => ({ "zh-CN": `只有最后一档的「${c}」可以留空（不封顶）；这一档须填`, "en-US": `Only the last tier's ${c} may be blank (no limit); this tier needs one` }),
  TIER_TOP_CLOSED: (c) => ({ "zh-CN": `最后一档的「${c}」须留空（不封顶），否则超出的数量不计`, "en-US": `The last tier's ${c} must be blank (no limit), or units beyond it would earn nothing` }),
  SPLIT_NOT_100: () => ({ "zh-CN": "各部分的百分比合计须为 100", "en-US": "The parts' percentages must add up to 100" }),
  GRADES_NOT_DESCENDING: (c) => ({ "zh-CN": `等级须从高到低排列，「${c}」逐级变小`, "en-US": `Grades go from the highest down, ${c} smaller at each` }),
  BANDS_NOT_A_PARTITION: () => ({ "zh-CN": "各段须首尾相接、互不重叠", "en-US": "The bands must meet end to end without overlapping" }),
};

/** The clerk's words for a finding, or null when the validator's own text is kept. */
export function ruleWords(code: string, column: string): BilingualText | null {
  return RULE_WORDS[code]?.(column) ?? null;
}
