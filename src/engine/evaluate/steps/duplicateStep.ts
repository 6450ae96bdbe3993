import { StepDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { valueText } from "../../values/value";
import { RunState } from "../runState";
import { statusCode } from "../status";
import { forComputable } from "./common";

type DuplicateDef = Extract<StepDef, { kind: "duplicate" }>;

/** The second and later rows with the same key are flagged; the first one stands (sheet order). */
export function runDuplicate(step: DuplicateDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const keys = step.key.map((k) => state.compile(k, step.scope));
  const where = step.where ? state.compile(step.where, step.scope) : null;
  const col = state.define(step.name, step.scope);
  const seen = new Map<string, number>();
  forComputable(scope, (e) => {
    if (where && !truthy(where(e))) return;
    const parts = keys.map((k) => valueText(k(e)));
    if (parts.some((p) => p === "")) return;
    const key = parts.join("\u0001");
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, e);
      col[e] = false;
      return;
    }
    col[e] = true;
    const mark = { code: step.code, detail: String(first) };
    if (step.status === "warning") scope.warn(e, mark);
    else scope.fail(e, statusCode(step.status), mark);
  });
}
