/**
 * Every step kind, in the order the scheme format documents them. Every consumer walks this registry; a kind
 * missing here is a compile error (the mapped type), a kind missing a piece fails test/engine/steps/registry.test.ts.
 */
import type { RunState } from "../evaluate/runState";
import type { StepDef } from "../scheme/schema";
import { ruleKind } from "./rule";
import { duplicateKind } from "./duplicate";
import { exprKind } from "./expr";
import { lookupKind } from "./lookup";
import { flatRateKind } from "./flatRate";
import { slabKind } from "./slab";
import { progressiveKind } from "./progressive";
import { weightedKind } from "./weighted";
import { ratioKind } from "./ratio";
import { gradeKind } from "./grade";
import { checkKind } from "./check";
import { splitKind } from "./split";
import { aggregateKind } from "./aggregate";
import { rankKind } from "./rank";
import { shareKind } from "./share";
import { windowKind } from "./window";
import type { KindName, StepKind } from "./kind";

export const STEP_KINDS: { readonly [K in KindName]: StepKind<K> } = {
  rule: ruleKind,
  duplicate: duplicateKind,
  expr: exprKind,
  lookup: lookupKind,
  flatRate: flatRateKind,
  slab: slabKind,
  progressive: progressiveKind,
  weighted: weightedKind,
  ratio: ratioKind,
  grade: gradeKind,
  check: checkKind,
  split: splitKind,
  aggregate: aggregateKind,
  rank: rankKind,
  share: shareKind,
  window: windowKind,
};

/** The kind of a step, typed loosely: callers hold a StepDef whose kind they have not narrowed. */
export function kindOf(step: StepDef): StepKind<KindName> {
  return STEP_KINDS[step.kind] as unknown as StepKind<KindName>;
}

/** Every kind, as a list. */
export function allKinds(): StepKind<KindName>[] {
  return Object.values(STEP_KINDS) as unknown as StepKind<KindName>[];
}

/** Runs one step by its kind's runner. */
export function runStep(step: StepDef, state: RunState): void {
  kindOf(step).run(step as never, state);
}
