/** The `ratio` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { ExprRef, noChecks, StepKind } from "../kind";
import { runRatio } from "./run";
import { RatioStep } from "./schema";

export const ratioKind: StepKind<"ratio"> = {
  kind: "ratio",
  schema: RatioStep,
  onGroups: false,
  exprs(step, scopes) {
    const out: ExprRef[] = [{ expr: step.actual, path: ["actual"], scope: scopes.own }];
    if (step.target) out.push({ expr: step.target, path: ["target"], scope: scopes.own });
    return out;
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check: noChecks,
  run: runRatio,
  labels: {
    kind: ["完成率得分", "ratio score"],
    keys: {
      actual: ["实际", "actual"],
      target: ["目标", "target"],
      points: ["分值", "points"],
      bonus: ["加分", "bonus"],
      cap: ["上限", "cap"],
      whenTargetZero: ["目标为0时", "when the target is 0"],
    },
  },
  structural: [],
  example: { name: "ra1", kind: "ratio", actual: "a", target: "b", points: 50 },
};
