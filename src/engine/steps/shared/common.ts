import { Compiled } from "../../expr/compile";
import { parseExpr } from "../../expr/parse";
import { Lang } from "../../i18n/messages";
import { Dec } from "../../money/decimal";
import { EvalFailure, Value } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { Scope } from "../../evaluate/scope";
import { INVALID } from "../../evaluate/status";

/** Turns a failed calculation into an invalid entity (never a silent 0); passes every other value through. */
export function settle(scope: Scope, e: number, v: Value, stepName: string): Value {
  if (v instanceof EvalFailure) {
    if (scope.status[e] < 2) scope.fail(e, INVALID, { code: "CALCULATION_ERROR", detail: `${stepName}: ${v.detail}` });
    return null;
  }
  return v;
}

/** Runs `fn` for every entity that is not invalid. */
export function forComputable(scope: Scope, fn: (e: number) => void): void {
  const status = scope.status;
  for (let e = 0; e < scope.size; e++) if (status[e] !== INVALID) fn(e);
}

/** Label of an input expression for explanations: the field's title when it is a plain field name. */
export function inputLabel(state: RunState, expr: string, lang: Lang): string {
  const ast = parseExpr(expr);
  if (ast.type === "Identifier") {
    const key = state.aliases.get(ast.name as string) ?? (ast.name as string);
    const field = state.part.fields.find((f) => f.key === key);
    if (field) return field.title[lang];
    const step = state.part.steps.find((s) => s.name === key);
    if (step?.title) return step.title[lang];
  }
  return expr;
}

export function decOf(v: Value): Dec | null {
  return v instanceof Dec ? v : null;
}

export type { Compiled };
