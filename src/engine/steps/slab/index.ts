/** The `slab` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import type { SchemeIssue } from "../../scheme/errors";
import { bandIssues } from "./checks";
import { ExprRef, StepKind } from "../kind";
import { runSlab } from "./run";
import { SlabStep } from "./schema";

export const slabKind: StepKind<"slab"> = {
  kind: "slab",
  schema: SlabStep,
  onGroups: false,
  exprs(step, scopes) {
    const out: ExprRef[] = [{ expr: step.input, path: ["input"], scope: scopes.own }];
    if (step.base) out.push({ expr: step.base, path: ["base"], scope: scopes.own });
    return out;
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check(step, context) {
    const out: SchemeIssue[] = [];
    if (Array.isArray(step.bands)) out.push(...bandIssues(step.bands, [...context.path, "bands"]));
    else if (!context.hasParam(step.bands.param)) out.push({ code: "UNKNOWN_PARAM", path: [...context.path, "bands", "param"], message: `no parameter ${step.bands.param}` });
    if (step.mode === "rate" && !step.base) out.push({ code: "SLAB_NEEDS_BASE", path: [...context.path, "base"], message: "a rate slab needs base" });
    return out;
  },
  run: runSlab,
  labels: {
    kind: ["分段取值", "bands"],
    keys: {},
  },
  structural: [],
  example: { name: "s1", kind: "slab", input: "a", bands: [{ to: 10, value: 1 }, { from: 10, value: 2 }] },
};
