/**
 * Which output of a level is the money its groups are paid: the one flagged `total`, else the level's only money
 * output. A level with several money outputs and none flagged (a turnover beside savings, neither paid) has no pay
 * total: taking the first would put a turnover or one tranche in the headline as the reward.
 */
import type { SchemeIssue } from "../scheme/errors";
import type { OutputDef, PartDef, SchemeDocument } from "../scheme/schema";

export function payOutputOf(part: PartDef, levelId: string): OutputDef | null {
  const money = (part.outputs[levelId] ?? []).filter((d) => d.type === "money");
  return money.find((d) => d.total === true) ?? (money.length === 1 ? money[0] : null);
}

/** A level with two outputs flagged `total` (which one is paid is not known), or a flagged output that is not money. */
export function payOutputIssues(doc: SchemeDocument): SchemeIssue[] {
  const out: SchemeIssue[] = [];
  doc.parts.forEach((part, p) => {
    for (const [level, defs] of Object.entries(part.outputs)) {
      const flagged = defs.map((d, i) => ({ d, i })).filter(({ d }) => d.total === true);
      for (const { d, i } of flagged) {
        if (d.type !== "money") out.push({ code: "TOTAL_NOT_MONEY", path: ["parts", p, "outputs", level, i, "total"], message: `${d.name} is marked total but is not money` });
      }
      if (flagged.length > 1) out.push({ code: "TOTAL_TWICE", path: ["parts", p, "outputs", level, flagged[1].i, "total"], message: `level ${level} marks ${flagged.map((f) => f.d.name).join(" and ")} as its total: mark one` });
    }
  });
  return out;
}

/** Its index among the level's outputs, -1 when there is none. */
export function payOutputIndex(part: PartDef, levelId: string): number {
  const pay = payOutputOf(part, levelId);
  return pay ? (part.outputs[levelId] ?? []).indexOf(pay) : -1;
}
