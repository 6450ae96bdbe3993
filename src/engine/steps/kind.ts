/**
 * What a step kind is made of. Each kind lives in its own folder (`steps/<kind>/`: schema, checks, runner, labels)
 * and exports one `StepKind`; the registry (`registry.ts`) lists them, and every consumer — the validator, the
 * evaluation, the rules sheet, what-if — walks the registry instead of switching on kinds. Adding a kind is one
 * folder and one line in the registry; `test/engine/steps/registry.test.ts` fails when a kind lacks a piece.
 */
import type { z } from "zod";
import type { RunState } from "../evaluate/runState";
import type { SchemeIssue } from "../scheme/errors";
import type { StepDef } from "../scheme/schema";

export type KindName = StepDef["kind"];
export type StepOf<K extends KindName> = Extract<StepDef, { kind: K }>;
/** A place inside the step document (`["tiersBy", "input"]`). */
export type StepPath = (string | number)[];

/** The scopes a step's expressions are read in: its own (a level or "row") and its members' (for a level). */
export interface StepScopes {
  own: string;
  members: string;
}

export interface ExprRef {
  expr: string;
  path: StepPath;
  scope: string;
}

export interface CodeRef {
  code: string;
  path: StepPath;
}

export interface NameRef {
  name: string;
  scope: string;
}

/** What a kind's own checks may ask of the document around the step. */
export interface CheckContext {
  /** the step's place in the document, for issue paths */
  path: StepPath;
  hasParam(key: string): boolean;
  hasScope(scope: string): boolean;
  /** is `lower` a member scope (row or a level) under `upper`? */
  isBelow(lower: string, upper: string): boolean;
}

/** zh-CN and English words for a key or a kind, as the rules sheet and what-if show them. */
export type Words = readonly [zh: string, en: string];

export interface StepKind<K extends KindName> {
  kind: K;
  /** the zod schema of the step (one member of the document's discriminated union) */
  schema: z.ZodType;
  /** works on the groups of a level: its scope must be a level */
  onGroups: boolean;
  /** every expression the step holds, with the scope it is read in (member-side ones in `members`) */
  exprs(step: StepOf<K>, scopes: StepScopes): ExprRef[];
  /** every code the step can raise that needs a message (its own rule code excluded: see `declares`) */
  codes(step: StepOf<K>): CodeRef[];
  /** codes whose message the step carries itself (a rule's or duplicate check's `message`) */
  declares(step: StepOf<K>): string[];
  /** names the step adds: its own, and the values it writes for members or companions */
  names(step: StepOf<K>, scopes: StepScopes): NameRef[];
  /** checks the schema cannot express (tiers ascending, percentages summing to 100 …) */
  check(step: StepOf<K>, context: CheckContext): SchemeIssue[];
  /** computes the step for every entity of its scope */
  run(step: StepOf<K>, state: RunState): void;
  labels: {
    /** the kind in words */
    kind: Words;
    /** the kind's own keys in words (keys shared by several kinds are labelled in rulesSheet/labels.ts) */
    keys: Readonly<Record<string, Words>>;
  };
  /** numeric keys that shape the step rather than pay anyone: what-if does not offer them */
  structural: readonly string[];
  /** a minimal valid step of the kind, over the registry test's fields (a, b: numbers; c: text; level g by c) */
  example: Record<string, unknown>;
}

/** A check that finds nothing (most kinds have no checks beyond their schema). */
export const noChecks = (): SchemeIssue[] => [];
