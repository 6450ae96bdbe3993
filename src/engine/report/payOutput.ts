/**
 * Which output of a level is the money its groups are paid: the one flagged `total`, else the level's only money
 * output. A level with several money outputs and none flagged (a turnover beside savings, neither paid) has no pay
 * total: taking the first would put a turnover or one tranche in the headline as the reward.
 */
import type { OutputDef, PartDef } from "../scheme/schema";

export function payOutputOf(part: PartDef, levelId: string): OutputDef | null {
  const money = (part.outputs[levelId] ?? []).filter((d) => d.type === "money");
  return money.find((d) => d.total === true) ?? (money.length === 1 ? money[0] : null);
}

/** Its index among the level's outputs, -1 when there is none. */
export function payOutputIndex(part: PartDef, levelId: string): number {
  const pay = payOutputOf(part, levelId);
  return pay ? (part.outputs[levelId] ?? []).indexOf(pay) : -1;
}
