/** The `grade` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import type { SchemeIssue } from "../../scheme/errors";
import { StepKind } from "../kind";
import { runGrade } from "./run";
import { GradeStep } from "./schema";

export const gradeKind: StepKind<"grade"> = {
  kind: "grade",
  schema: GradeStep,
  onGroups: false,
  exprs(step, scopes) {
    return [{ expr: step.input, path: ["input"], scope: scopes.own }];
  },
  codes: () => [],
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }];
  },
  check(step, context) {
    const out: SchemeIssue[] = [];
    step.bands.forEach((b, k) => {
      if (k > 0 && b.min >= step.bands[k - 1].min) out.push({ code: "GRADES_NOT_DESCENDING", path: [...context.path, "bands", k, "min"], message: `bands[${k}].min must be lower than bands[${k - 1}].min` });
    });
    return out;
  },
  run: runGrade,
  labels: {
    kind: ["评定等级", "grade bands"],
    keys: {
      below: ["以下等级", "below"],
    },
  },
  structural: ["min"],
  example: { name: "gr1", kind: "grade", input: "a", bands: [{ label: "优", min: 9 }], below: "差" },
};
