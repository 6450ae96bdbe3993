/** The `rule` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { noChecks, StepKind } from "../kind";
import { runRule } from "./run";
import { RuleStep } from "./schema";

export const ruleKind: StepKind<"rule"> = {
  kind: "rule",
  schema: RuleStep,
  onGroups: false,
  exprs(step, scopes) {
    return [{ expr: step.when, path: ["when"], scope: scopes.own }];
  },
  codes: () => [],
  declares(step) {
    return [step.code];
  },
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check: noChecks,
  run: runRule,
  labels: {
    kind: ["资格规则", "eligibility rule"],
    keys: {},
  },
  structural: [],
  example: { name: "r1", kind: "rule", code: "R_ONE", status: "excluded", when: "a > 5", message: { "zh-CN": "大于5", "en-US": "over 5" } },
};
