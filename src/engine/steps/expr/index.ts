/** The `expr` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { noChecks, StepKind } from "../kind";
import { runExpr } from "./run";
import { ExprStep } from "./schema";

export const exprKind: StepKind<"expr"> = {
  kind: "expr",
  schema: ExprStep,
  onGroups: false,
  exprs(step, scopes) {
    return [{ expr: step.expr, path: ["expr"], scope: scopes.own }];
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check: noChecks,
  run: runExpr,
  labels: {
    kind: ["公式", "formula"],
    keys: {
      explain: ["解释", "explanation"],
    },
  },
  structural: [],
  example: { name: "e1", kind: "expr", expr: "a + b" },
};
