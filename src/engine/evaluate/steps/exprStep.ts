import { fillTemplate } from "../../i18n/messages";
import { StepDef } from "../../scheme/schema";
import { RunState } from "../runState";
import { num } from "../format";
import { forComputable, settle } from "./common";
import { EvalFailure } from "../../values/value";
import { INVALID } from "../status";

type ExprDef = Extract<StepDef, { kind: "expr" }>;

/** A formula over row or group values; explained by its template ({name} placeholders) when it has one. */
export function runExpr(step: ExprDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const f = state.compile(step.expr, step.scope);
  const coded = state.coded(step.expr, step.scope);
  const col = state.defineNumbered(step.name, step.scope);
  if (coded) {
    // one value per code of the inputs: its column code is found once, not per row
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
      else col.set(e, settle(scope, e, coded.valueAt(e), step.name));
    }
  } else {
    forComputable(scope, (e) => {
      col.set(e, settle(scope, e, f(e), step.name));
    });
  }
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
