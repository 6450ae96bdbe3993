import { StepDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { valueText } from "../../values/value";
import { KeyPart, partArrays } from "../keyPart";
import { RowKeyIndex } from "../rowKeyIndex";
import { RunState } from "../runState";
import { statusCode } from "../status";
import { forComputable } from "./common";

type DuplicateDef = Extract<StepDef, { kind: "duplicate" }>;

/** The second and later rows with the same key are flagged; the first one stands (sheet order). */
export function runDuplicate(step: DuplicateDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const keys = step.key.map((k) => state.compile(k, step.scope));
  const where = step.where ? state.compile(step.where, step.scope) : null;
  const col = state.defineNumbered(step.name, step.scope);
  const parts = step.key.map((k, i) => new KeyPart(keys[i], state.coded(k, step.scope), scope.size, (_e, v) => valueText(v)));
  const { ints, texts } = partArrays(parts);
  const index = new RowKeyIndex(ints, texts, scope.size);
  forComputable(scope, (e) => {
    if (where && !truthy(where(e))) return;
    // a key with a blank part is no key: nothing to compare
    for (let k = 0; k < parts.length; k++) if (parts[k].set(e)) return;
    const first = index.first[index.id(e)];
    if (first === e) {
      col.set(e, false);
      return;
    }
    col.set(e, true);
    const mark = { code: step.code, detail: String(first) };
    if (step.status === "warning") scope.warn(e, mark);
    else scope.fail(e, statusCode(step.status), mark);
  });
}
