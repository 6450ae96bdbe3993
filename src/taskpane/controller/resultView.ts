import { EvaluationResult, FillPlan, Lang, moneyText } from "../../engine";

/** The run at a glance: who is paid, how much, and why rows were left out. */
export interface RunSummary {
  rows: number;
  ok: number;
  excluded: number;
  invalid: number;
  pending: number;
  paid: number;
  total: number;
  /** the total as money text, e.g. 1,220.00 */
  totalText: string;
  excludedByReason: { code: string; message: string; count: number }[];
}

export function runSummary(result: EvaluationResult, plan: FillPlan, lang: Lang): RunSummary {
  const reasons = new Map<string, { code: string; message: string; count: number }>();
  for (const row of result.rows(false)) {
    if (row.status !== "excluded") continue;
    for (const r of row.reasons) {
      const hit = reasons.get(r.code) ?? { code: r.code, message: r.message[lang], count: 0 };
      hit.count++;
      reasons.set(r.code, hit);
    }
  }
  const s = plan.stats;
  return {
    rows: s.rows,
    ok: s.ok,
    excluded: s.excluded,
    invalid: s.invalid,
    pending: s.pending,
    paid: s.paid,
    total: s.total,
    totalText: moneyText(s.total, result.scheme.rounding.scale),
    excludedByReason: [...reasons.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}
