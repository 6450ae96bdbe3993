import { fillTemplate } from "../../i18n/messages";
import { StepDef } from "../../scheme/schema";
import { RunState } from "../runState";
import { num } from "../format";
import { forComputable, settle } from "./common";

type ExprDef = Extract<StepDef, { kind: "expr" }>;

/** A formula over row or group values; explained by its template ({name} placeholders) when it has one. */
export function runExpr(step: ExprDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const f = state.compile(step.expr, step.scope);
  const col = state.defineNumbered(step.name, step.scope);
  forComputable(scope, (e) => {
    col.set(e, settle(scope, e, f(e), step.name));
  });
  const template = step.explain;
  if (template) {
    const resolver = state.resolver(step.scope);
    const getters = new Map<string, (e: number) => string>();
    const names = new Set([...template["zh-CN"].matchAll(/\{(\w+)\}/g), ...template["en-US"].matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    for (const n of names) {
      const g = n === "value" ? (e: number) => col.get(e) : resolver.name(n);
      getters.set(n, (e) => num(g(e)));
    }
    scope.explainers.set(step.name, (e, lang) => {
      const vars: Record<string, string> = {};
      for (const [n, g] of getters) vars[n] = g(e);
      return fillTemplate(template[lang], vars);
    });
  }
}
