/**
 * What each person earns across the parts of a scheme keyed by the same person (scheme.personTotal): one total per
 * person over the run, each part's contribution shown. A person with no rows in a part earns nothing there (0); a
 * group of theirs that is not complete (invalid or pending rows, an unset parameter) leaves their total open, never
 * a partial sum; a part whose table was not given is named, and every total then says it is incomplete.
 */
import type { EvaluationResult } from "../../evaluate/result";
import { dec, Dec, ZERO } from "../../money/decimal";
import type { BilingualText, SchemeDocument } from "../../scheme/schema";

/** One part as run on its sheet. */
export interface PartRun {
  part: string;
  result: EvaluationResult;
}

export type ContributionState = "ok" | "none" | "open";

export interface PersonTotalRow {
  person: string;
  /** per contribution, in the scheme's order: the amount as it counts (a fine negative), null when open */
  amounts: (number | null)[];
  /** ok: computed; none: no rows in that part (0); open: a group not complete */
  states: ContributionState[];
  /** null when a contribution is open */
  total: number | null;
  /** false when a contribution is open or a part was not given */
  complete: boolean;
}

export interface PersonTotals {
  title: BilingualText;
  columns: { part: string; partTitle: BilingualText; output: BilingualText; deducts: boolean; given: boolean }[];
  rows: PersonTotalRow[];
}

interface Sum {
  amount: Dec;
  open: boolean;
}

/** The amounts of one contribution by person (summed over the person's groups: quarters, months). */
function byPerson(run: PartRun, c: NonNullable<SchemeDocument["personTotal"]>["from"][number]): Map<string, Sum> {
  const out = new Map<string, Sum>();
  for (const g of run.result.groups(c.level)) {
    const person = g.key[c.person] ?? "";
    const v = g.outputs[c.output]?.value;
    const sum = out.get(person) ?? { amount: ZERO, open: false };
    if (!g.complete || typeof v !== "number") sum.open = true;
    // a deducted amount is taken off by its size: a fine written −500 is never turned into +500
    else sum.amount = sum.amount.plus(c.deducts ? dec(v).abs().negated() : dec(v));
    out.set(person, sum);
  }
  return out;
}

/** The person totals of the runs given, or null when the scheme declares none. */
export function personTotals(scheme: SchemeDocument, runs: readonly PartRun[]): PersonTotals | null {
  const def = scheme.personTotal;
  if (!def) return null;
  const sums = def.from.map((c) => {
    const run = runs.find((r) => r.part === c.part);
    return run ? byPerson(run, c) : null;
  });
  const people: string[] = [];
  const seen = new Set<string>();
  for (const m of sums) {
    for (const p of m?.keys() ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      people.push(p);
    }
  }
  const allGiven = sums.every((m) => m !== null);
  const rows = people.map((person): PersonTotalRow => {
    const states: ContributionState[] = [];
    const amounts = sums.map((m) => {
      const s = m?.get(person);
      states.push(!s ? "none" : s.open ? "open" : "ok");
      return !m ? null : !s ? 0 : s.open ? null : s.amount.toNumber();
    });
    const open = states.includes("open");
    const total = open ? null : amounts.reduce<Dec>((t, a) => t.plus(a ?? 0), new Dec(0)).toNumber();
    return { person, amounts, states, total, complete: !open && allGiven };
  });
  const columns = def.from.map((c, k) => {
    const part = scheme.parts.find((p) => p.id === c.part)!;
    const output = (part.outputs[c.level] ?? []).find((o) => o.name === c.output)!;
    return { part: c.part, partTitle: part.title, output: output.title, deducts: c.deducts, given: sums[k] !== null };
  });
  return { title: def.title, columns, rows };
}
