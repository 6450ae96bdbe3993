/**
 * The rule tables of a scheme as the cell functions use them one row at a time (KPI_POINTS, REFERRAL_BONUS,
 * GRADE_BONUS): which step holds the table, which field a key is read as, and which tier table applies to a key —
 * the same choices the evaluation makes, so a cell and a full run never disagree.
 */
import { dec } from "../money/decimal";
import type { ProgressiveTier } from "../primitives/progressiveTiers";
import type { FieldDef, PartDef, SchemeDocument, StepDef, TierDef } from "../scheme/schema";

export interface FoundStep<K extends StepDef["kind"]> {
  part: PartDef;
  step: Extract<StepDef, { kind: K }>;
}

/** The first step of a kind (and name, when given) in the scheme's parts, in order. */
export function findStep<K extends StepDef["kind"]>(scheme: SchemeDocument, kind: K, name?: string): FoundStep<K> | null {
  for (const part of scheme.parts)
    for (const step of part.steps) if (step.kind === kind && (name === undefined || step.name === name)) return { part, step: step as Extract<StepDef, { kind: K }> };
  return null;
}

/** The field an expression names directly (`customerType`, `揽装人`), or the one a `single` aggregate reads. */
export function fieldOfExpr(part: PartDef, expr: string): FieldDef | undefined {
  const name = expr.trim();
  const direct = part.fields.find((f) => f.key === name || f.title["zh-CN"] === name || f.title["en-US"] === name);
  if (direct) return direct;
  const agg = part.steps.find((s) => s.name === name && s.kind === "aggregate");
  if (agg && agg.kind === "aggregate" && agg.of) return fieldOfExpr(part, agg.of);
  return undefined;
}

/** The key under which a table lists "every other value" (e.g. every role not named). */
export const OTHER_KEY = "*";

/** The table for a key among tables by key: its own, else the one for every other key, else none. */
export function tableForKey<T>(tables: ReadonlyMap<string, T>, key: string): T | null {
  return tables.get(key) ?? tables.get(OTHER_KEY) ?? null;
}

/** A scheme's tier rows as the progressive primitive takes them (exact rates). */
export function progressiveTiers(tiers: readonly TierDef[]): ProgressiveTier[] {
  return tiers.map((t) => ({ upTo: t.upTo, rate: dec(t.rate) }));
}
