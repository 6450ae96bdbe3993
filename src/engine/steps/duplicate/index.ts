/** The `duplicate` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { ExprRef, noChecks, StepKind } from "../kind";
import { runDuplicate } from "./run";
import { DuplicateStep } from "./schema";

export const duplicateKind: StepKind<"duplicate"> = {
  kind: "duplicate",
  schema: DuplicateStep,
  onGroups: false,
  exprs(step, scopes) {
    const out: ExprRef[] = step.key.map((k, i) => ({ expr: k, path: ["key", i], scope: scopes.own }));
    if (step.where) out.push({ expr: step.where, path: ["where"], scope: scopes.own });
    return out;
  },
  codes: () => [],
  declares(step) {
    return [step.code];
  },
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check: noChecks,
  run: runDuplicate,
  labels: {
    kind: ["重复检查", "duplicate check"],
    keys: {},
  },
  structural: [],
  example: { name: "d1", kind: "duplicate", code: "D_ONE", status: "warning", key: ["c"], message: { "zh-CN": "重复", "en-US": "repeated" } },
};
