/** The `window` step kind: its schema, checks, runner and words in one place (see ../kind.ts). */
import { CodeRef, ExprRef, StepKind } from "../kind";
import { runWindow } from "./run";
import { WindowStep } from "./schema";

export const windowKind: StepKind<"window"> = {
  kind: "window",
  schema: WindowStep,
  onGroups: true,
  exprs(step, scopes) {
    const out: ExprRef[] = [
      { expr: step.period, path: ["period"], scope: scopes.members },
      { expr: step.value, path: ["value"], scope: scopes.members },
      { expr: step.atLeast, path: ["atLeast"], scope: scopes.own },
    ];
    if (step.periodTest) out.push({ expr: step.periodTest.test, path: ["periodTest", "test"], scope: scopes.members });
    if (step.ratioTest) {
      out.push({ expr: step.ratioTest.numerator, path: ["ratioTest", "numerator"], scope: scopes.members });
      out.push({ expr: step.ratioTest.denominator, path: ["ratioTest", "denominator"], scope: scopes.members });
      out.push({ expr: step.ratioTest.atLeast, path: ["ratioTest", "atLeast"], scope: scopes.own });
    }
    return out;
  },
  codes(step) {
    const out: CodeRef[] = [];
    if (step.periodTest) out.push({ code: step.periodTest.code, path: ["periodTest", "code"] });
    if (step.ratioTest) out.push({ code: step.ratioTest.code, path: ["ratioTest", "code"] });
    return out;
  },
  declares: () => [],
  names(step, scopes) {
    return [{ name: step.name, scope: scopes.own }, { name: `${step.name}End`, scope: scopes.own }];
  },
  check(step, context) {
    if (step.last >= step.first + step.length - 1) return [];
    return [{ code: "WINDOW_TOO_SHORT", path: [...context.path, "last"], message: "first..last must hold at least one window of the given length" }];
  },
  run: runWindow,
  labels: {
    kind: ["连续期", "consecutive window"],
    keys: {
      first: ["首期", "first"],
      last: ["末期", "last"],
      length: ["期数", "length"],
      periodTest: ["每期检验", "period test"],
      ratioTest: ["比率检验", "ratio test"],
      numerator: ["分子", "numerator"],
      denominator: ["分母", "denominator"],
      excludeOnFailure: ["未达标则排除", "exclude on failure"],
    },
  },
  structural: ["first", "last", "length"],
  example: { name: "wi1", kind: "window", scope: "g", period: "a", value: "b", first: 1, last: 3, length: 2, atLeast: "1" },
};
