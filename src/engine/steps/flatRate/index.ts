/** The `flatRate` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { ExprRef, noChecks, StepKind } from "../kind";
import { runFlatRate } from "./run";
import { FlatRateStep } from "./schema";

export const flatRateKind: StepKind<"flatRate"> = {
  kind: "flatRate",
  schema: FlatRateStep,
  onGroups: false,
  exprs(step, scopes) {
    const out: ExprRef[] = [{ expr: step.quantity, path: ["quantity"], scope: scopes.own }];
    if (typeof step.rate === "string") out.push({ expr: step.rate, path: ["rate"], scope: scopes.own });
    return out;
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check: noChecks,
  run: runFlatRate,
  labels: {
    kind: ["数量×单价", "quantity × rate"],
    keys: {
      quantity: ["数量", "quantity"],
    },
  },
  structural: [],
  example: { name: "f1", kind: "flatRate", quantity: "a", rate: 2 },
};
