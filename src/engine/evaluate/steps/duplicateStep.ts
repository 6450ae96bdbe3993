import { StepDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { valueText } from "../../values/value";
import { KeyIndex } from "../keyIndex";
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
  const index = new KeyIndex(scope.size);
  const firstOf: number[] = [];
  const parts: string[] = new Array(keys.length);
  forComputable(scope, (e) => {
    if (where && !truthy(where(e))) return;
    for (let k = 0; k < keys.length; k++) {
      parts[k] = valueText(keys[k](e));
      if (parts[k] === "") return;
    }
    const id = index.id(parts);
    if (id === firstOf.length) {
      firstOf.push(e);
      col[e] = false;
      return;
    }
    const first = firstOf[id];
    col[e] = true;
    const mark = { code: step.code, detail: String(first) };
    if (step.status === "warning") scope.warn(e, mark);
    else scope.fail(e, statusCode(step.status), mark);
  });
}
