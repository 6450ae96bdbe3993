import { EvaluationResult, FillPlan, InputTable, Lang, moneyText } from "../../engine";
import { headline, Headline } from "../../engine/report/headline";
import { t } from "../i18n";
import { GroupFinding, groupFindings } from "./findings";

/** The run at a glance: who is paid, how much, and why rows were left out. */
export interface RunSummary {
  rows: number;
  ok: number;
  excluded: number;
  invalid: number;
  pending: number;
  /** the engine's headline: people paid (not person-months), people fined, or people with a score */
  headline: Headline;
  total: number;
  /** the total as money text, e.g. 1,220.00 */
  totalText: string;
  excludedByReason: { code: string; message: string; count: number }[];
  /** findings that belong to a group (a tie, a team not ranked), each with its group's key */
  findings: GroupFinding[];
}

export function runSummary(result: EvaluationResult, plan: FillPlan, table: InputTable, lang: Lang): RunSummary {
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
    headline: headline(result, table, plan),
    total: s.total,
    totalText: moneyText(s.total, result.scheme.rounding.scale),
    excludedByReason: [...reasons.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    findings: groupFindings(result),
  };
}

/** One figure of the result's headline as the pane shows it. */
export interface Figure {
  id: "paid" | "total" | "fined" | "fines" | "scored";
  label: string;
  value: string;
}

/**
 * The engine's headline as labelled figures: people paid and the total; people fined and the fines beside them; a
 * scheme without money, the people with its own headline output. Labels only: every number is the engine's.
 */
export function headlineFigures(summary: RunSummary, lang: Lang): Figure[] {
  const h = summary.headline;
  const level = h.unitTitle?.[lang] ?? "";
  const out: Figure[] = [];
  if (h.money) {
    out.push({ id: "paid", label: h.unit === "people" ? t(lang, "paid") : t(lang, "paidGroups", { level }), value: String(h.money.paid) });
    out.push({ id: "total", label: t(lang, "total"), value: h.money.totalText });
  }
  if (h.fines) {
    out.push({ id: "fined", label: t(lang, "fined"), value: String(h.fines.fined) });
    out.push({ id: "fines", label: t(lang, "finesTotal"), value: h.fines.totalText });
  }
  if (h.score) out.push({ id: "scored", label: t(lang, "scored", { title: h.score.title[lang] }), value: String(h.score.people) });
  return out;
}
