/** The `check` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { ExprRef, noChecks, StepKind } from "../kind";
import { runCheck } from "./run";
import { CheckStep } from "./schema";

export const checkKind: StepKind<"check"> = {
  kind: "check",
  schema: CheckStep,
  onGroups: false,
  exprs(step, scopes) {
    const out: ExprRef[] = step.conditions.map((c, i) => ({ expr: c.test, path: ["conditions", i, "test"], scope: scopes.own }));
    if (step.notApplicable) out.push({ expr: step.notApplicable.when, path: ["notApplicable", "when"], scope: scopes.own });
    return out;
  },
  codes(step) {
    return step.conditions.map((x, i) => ({ code: x.code, path: ["conditions", i, "code"] }));
  },
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }, { name: `${step.name}Codes`, scope: scopes.own }];
  },
  check: noChecks,
  run: runCheck,
  labels: {
    kind: ["条件检查", "checks"],
    keys: {
      conditions: ["条件", "conditions"],
      labels: ["结论文字", "labels"],
      pass: ["达标", "pass"],
      fail: ["未达标", "fail"],
      notApplicable: ["不适用", "not applicable"],
    },
  },
  structural: [],
  example: { name: "ch1", kind: "check", conditions: [{ code: "C_ONE", test: "a >= b" }] },
};
