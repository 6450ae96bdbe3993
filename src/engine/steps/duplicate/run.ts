import { StepDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { valueText } from "../../values/value";
import { firstOfKeys, KeyPart, partArrays, RowKeyIndex, RowKeyParts } from "../../evaluate/store";
import { RunState } from "../../evaluate/runState";
import { Scope } from "../../evaluate/scope";
import { statusCode } from "../../evaluate/status";
import { forComputable } from "../shared/common";

type DuplicateDef = Extract<StepDef, { kind: "duplicate" }>;

/** The second and later rows with the same key are flagged; the first one stands (sheet order). */
export function runDuplicate(step: DuplicateDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const keys = step.key.map((k) => state.compile(k, step.scope));
  const where = step.where ? state.compile(step.where, step.scope) : null;
  const col = state.defineFlags(step.name, step.scope);
  const parts = step.key.map((k, i) => new KeyPart(keys[i], state.coded(k, step.scope), scope.size, (_e, v) => valueText(v), state.textBlocks(k, step.scope)));
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
  // false when the entity has no key to compare (a blank part) or is left out
  const keyed = (e: number): boolean => {
    if (where && !truthy(where(e))) return false;
    for (let k = 0; k < parts.length; k++) if (parts[k].set(e)) return false;
    return true;
  };
  const run: DuplicateRun = { scope, keyParts: partArrays(parts), keyed, keep, flag };
  if (state.typed) duplicatesBySorting(run);
  else duplicatesByIndex(run);
}

/** What both ways of finding repeats share: which entities are keyed, and what is done with each and its first. */
interface DuplicateRun {
  scope: Scope;
  keyParts: RowKeyParts;
  /** the entity's key parts worked out; false when it has no key to compare or is left out */
  keyed: (e: number) => boolean;
  /** keeps the entity's key text (runs over dated versions) */
  keep: (e: number) => void;
  /** flags the entity, given the first entity with its key (itself when none came before) */
  flag: (e: number, first: number) => void;
}

/**
 * The reference path: entity by entity, its key looked up in one hash table as large as the scope.
 * duplicatesBySorting must give exactly the same (test/engine/evaluate/typedPath.test.ts).
 */
function duplicatesByIndex(run: DuplicateRun): void {
  const index = new RowKeyIndex(run.keyParts.ints, run.keyParts.texts, run.scope.size);
  forComputable(run.scope, (e) => {
    if (!run.keyed(e)) return;
    run.keep(e);
    run.flag(e, index.first[index.id(e)]);
  });
}

/**
 * The fast path (typed runs): every keyed entity first, then the first of each key found by partitioning on the
 * key's hash (firstOfKeys), which stays in cache where one table as large as the sheet does not. Checked against
 * duplicatesByIndex by test/engine/evaluate/typedPath.test.ts ("the typed path gives what the value-by-value path
 * gives": every preset with a duplicate step, mobile-retention's phone-number check among them).
 */
function duplicatesBySorting(run: DuplicateRun): void {
  const list = new Int32Array(run.scope.size);
  let listed = 0;
  forComputable(run.scope, (e) => {
    if (!run.keyed(e)) return;
    list[listed++] = e;
    run.keep(e);
  });
  const keyedRows = list.subarray(0, listed);
  const first = firstOfKeys(keyedRows, run.keyParts);
  for (let i = 0; i < listed; i++) run.flag(keyedRows[i], first[i]);
}
