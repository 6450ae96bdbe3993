/** The `split` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { dec } from "../../money/decimal";
import { percentsSumTo100 } from "../../primitives/percentSplit";
import { StepKind } from "../kind";
import { runSplit } from "./run";
import { SplitStep } from "./schema";

export const splitKind: StepKind<"split"> = {
  kind: "split",
  schema: SplitStep,
  onGroups: false,
  exprs(step, scopes) {
    return [{ expr: step.base, path: ["base"], scope: scopes.own }];
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }, ...step.parts.map((p) => ({ name: p.name, scope: scopes.own }))];
  },
  check(step, context) {
    if (percentsSumTo100(step.parts.map((x) => dec(x.percent)))) return [];
    return [{ code: "SPLIT_NOT_100", path: [...context.path, "parts"], message: "split percentages must sum to 100" }];
  },
  run: runSplit,
  labels: {
    kind: ["比例拆分", "percentage split"],
    keys: {
      percent: ["百分比", "percent"],
    },
  },
  structural: [],
  example: { name: "sp1", kind: "split", base: "a", parts: [{ name: "sp1a", percent: 70 }, { name: "sp1b", percent: 30 }] },
};
