import { fillTemplate } from "../../i18n/messages";
import { StepDef } from "../../scheme/schema";
import { Compiled } from "../../expr/compile";
import { RunState } from "../../evaluate/runState";
import { Scope } from "../../evaluate/scope";
import { CodedExpr, Column } from "../../evaluate/store";
import { num } from "../../evaluate/format";
import { forComputable, settle } from "../shared/common";
import { EvalFailure } from "../../values/value";
import { INVALID } from "../../evaluate/status";

type ExprDef = Extract<StepDef, { kind: "expr" }>;

/** A formula over row or group values; explained by its template ({name} placeholders) when it has one. */
export function runExpr(step: ExprDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const f = state.compile(step.expr, step.scope);
  const coded = state.coded(step.expr, step.scope);
  const col = state.defineNumbered(step.name, step.scope);
  if (coded) exprByCodes(scope, coded, col, step.name);
  else exprByRow(scope, f, col, step.name);
  const template = step.explain;
  if (template) {
    const resolver = state.resolver(step.scope);
    const getters = new Map<string, (e: number) => string>();
    const names = new Set([...template["zh-CN"].matchAll(/\{(\w+)\}/g), ...template["en-US"].matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    for (const n of names) {
      const g = n === "value" ? (e: number) => col.get(e) : resolver.name(n);
      getters.set(n, (e) => num(g(e)));
    }
    if (names.size === 0) {
      // a template without placeholders says the same on every row
      const fixed = { "zh-CN": fillTemplate(template["zh-CN"], {}), "en-US": fillTemplate(template["en-US"], {}) };
      scope.explainers.set(step.name, (_e, lang) => fixed[lang]);
      return;
    }
    scope.explainers.set(step.name, (e, lang) => {
      const vars: Record<string, string> = {};
      for (const [n, g] of getters) vars[n] = g(e);
      return fillTemplate(template[lang], vars);
    });
  }
}

/**
 * The general path: the formula worked out row by row (the reference path, and any run where an input is not
 * coded). exprByCodes must give exactly the same (test/engine/evaluate/typedPath.test.ts).
 */
function exprByRow(scope: Scope, f: Compiled, col: Column, name: string): void {
  forComputable(scope, (e) => {
    col.set(e, settle(scope, e, f(e), name));
  });
}

/**
 * The fast path (the formula reads only coded columns and parameters): one value per code of the inputs, and its
 * column code found once, not per row. Checked against exprByRow by test/engine/evaluate/typedPath.test.ts ("the
 * typed path gives what the value-by-value path gives": every preset's expr steps on random repeating cells).
 */
function exprByCodes(scope: Scope, coded: CodedExpr, col: Column, name: string): void {
  const valueCode = new Int32Array(coded.size).fill(-2);
  const status = scope.status;
  for (let e = 0; e < scope.size; e++) {
    if (status[e] === INVALID) continue;
    const c = coded.codes[e];
    let k = valueCode[c];
    if (k === -2) {
      const v = coded.valueAt(e);
      // a failed value marks each of its rows (settle), so it is not numbered
      k = valueCode[c] = v instanceof EvalFailure ? -1 : col.codeOf(v);
    }
    if (k >= 0) col.setCode(e, k);
    else col.set(e, settle(scope, e, coded.valueAt(e), name));
  }
}
