import { StepDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { valueText } from "../../values/value";
import { firstOfKeys, KeyPart, partArrays, RowKeyIndex } from "../store";
import { RunState } from "../runState";
import { statusCode } from "../status";
import { forComputable } from "./common";

type DuplicateDef = Extract<StepDef, { kind: "duplicate" }>;

/** The second and later rows with the same key are flagged; the first one stands (sheet order). */
export function runDuplicate(step: DuplicateDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const keys = step.key.map((k) => state.compile(k, step.scope));
  const where = step.where ? state.compile(step.where, step.scope) : null;
  const col = state.defineFlags(step.name, step.scope);
  const parts = step.key.map((k, i) => new KeyPart(keys[i], state.coded(k, step.scope), scope.size, (_e, v) => valueText(v), state.textBlocks(k, step.scope)));
  const keyParts = partArrays(parts);
  const repeat = (e: number, first: number) => {
    col.setFlag(e, true);
    const mark = { code: step.code, detail: String(first) };
    if (step.status === "warning") scope.warn(e, mark);
    else scope.fail(e, statusCode(step.status), mark);
  };
  // rows whose key an earlier row of another dated version has (a run over versions: evaluateWithVersions)
  const elsewhere = step.scope === "row" ? state.crossDuplicates?.get(step.name) : undefined;
  const flag = (e: number, first: number) => {
    const earlier = first === e ? elsewhere?.get(e) : undefined;
    if (earlier !== undefined) repeat(e, earlier);
    else if (first === e) col.setFlag(e, false);
    else repeat(e, first);
  };
  const keyTexts = state.keepDuplicateKeys && step.scope === "row" ? new Array<string | null>(scope.size).fill(null) : null;
  if (keyTexts) state.duplicateKeys.set(step.name, keyTexts);
  const keep = (e: number) => {
    if (keyTexts) keyTexts[e] = parts.map((p) => p.text(e)).join("\u0001");
  };
  /** the entity's key parts worked out; false when it has no key to compare (a blank part) or is left out */
  const keyed = (e: number): boolean => {
    if (where && !truthy(where(e))) return false;
    for (let k = 0; k < parts.length; k++) if (parts[k].set(e)) return false;
    return true;
  };
  if (state.typed) {
    // every keyed entity first, then the first of each key found by sorting on the key's hash
    const list = new Int32Array(scope.size);
    let listed = 0;
    forComputable(scope, (e) => {
      if (!keyed(e)) return;
      list[listed++] = e;
      keep(e);
    });
    const keyedRows = list.subarray(0, listed);
    const first = firstOfKeys(keyedRows, keyParts);
    for (let i = 0; i < listed; i++) flag(keyedRows[i], first[i]);
    return;
  }
  const index = new RowKeyIndex(keyParts.ints, keyParts.texts, scope.size);
  forComputable(scope, (e) => {
    if (!keyed(e)) return;
    keep(e);
    flag(e, index.first[index.id(e)]);
  });
}
