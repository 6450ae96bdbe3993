/** The `lookup` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { StepKind } from "../kind";
import { runLookup } from "./run";
import { LookupStep } from "./schema";

export const lookupKind: StepKind<"lookup"> = {
  kind: "lookup",
  schema: LookupStep,
  onGroups: false,
  exprs(step, scopes) {
    return step.input.map((k, i) => ({ expr: k, path: ["input", i], scope: scopes.own }));
  },
  codes(step) {
    return step.missing ? [{ code: step.missing.code, path: ["missing", "code"] }] : [];
  },
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check(step, context) {
    const t = step.table as Record<string, unknown>;
    if (typeof t.param === "string" && Object.keys(t).length === 1 && !context.hasParam(t.param)) return [{ code: "UNKNOWN_PARAM", path: [...context.path, "table", "param"], message: `no parameter ${t.param}` }];
    return [];
  },
  run: runLookup,
  labels: {
    kind: ["查表", "table lookup"],
    keys: {
      table: ["对照表", "table"],
      missing: ["查不到时", "when missing"],
    },
  },
  structural: ["default"],
  example: { name: "l1", kind: "lookup", input: ["c"], table: { 甲: 1, "*": 0 }, default: 0 },
};
