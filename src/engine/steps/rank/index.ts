/** The `rank` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { CodeRef, ExprRef, noChecks, StepKind } from "../kind";
import { runRank } from "./run";
import { RankStep } from "./schema";

export const rankKind: StepKind<"rank"> = {
  kind: "rank",
  schema: RankStep,
  onGroups: false,
  exprs(step, scopes) {
    const out: ExprRef[] = step.by.map((b, i) => ({ expr: b.expr, path: ["by", i, "expr"], scope: scopes.own }));
    if (step.within) out.push({ expr: step.within, path: ["within"], scope: scopes.own });
    if (step.where) out.push({ expr: step.where, path: ["where"], scope: scopes.own });
    if (step.forfeit) out.push({ expr: step.forfeit.when, path: ["forfeit", "when"], scope: scopes.own });
    return out;
  },
  codes(step) {
    const out: CodeRef[] = [];
    if (step.tieWarning) out.push({ code: step.tieWarning, path: ["tieWarning"] });
    if (step.forfeit) out.push({ code: step.forfeit.note, path: ["forfeit", "note"] });
    return out;
  },
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }, { name: `${step.name}Rank`, scope: scopes.own }];
  },
  check: noChecks,
  run: runRank,
  labels: {
    kind: ["排名奖", "rank awards"],
    keys: {
      by: ["排序依据", "by"],
      direction: ["方向", "direction"],
      within: ["分组", "within"],
      award: ["奖励", "award"],
      positions: ["各名次金额", "amounts by position"],
      top: ["前几名", "top"],
      bottom: ["后几名", "bottom"],
      ties: ["并列", "ties"],
      tieWarning: ["并列提醒", "tie warning"],
      forfeit: ["取消条件", "forfeit"],
    },
  },
  structural: [],
  example: { name: "rk1", kind: "rank", by: [{ expr: "a", direction: "desc" }], award: { positions: [100, 50] } },
};
