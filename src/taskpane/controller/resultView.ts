import { BilingualText, CellOut, EvaluationResult, FillPlan, InputTable, Lang, moneyFormat, moneyText, PersonTotalRun, personTotalTable, SchemeDocument, SummaryTable } from "../../engine";
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
  /** each reason in both languages: the pane switches language without running again */
  excludedByReason: { code: string; message: BilingualText; count: number }[];
  /** findings that belong to a group (a tie, a team not ranked), each with its group's key */
  findings: GroupFinding[];
  /** each person's total across the scheme's parts (scheme.personTotal), when the scheme has one */
  personTotal: PersonTotalSummary | null;
}

/** The engine's person totals of a fill, with what the pane needs to show them in either language. */
export interface PersonTotalSummary {
  run: PersonTotalRun;
  /** part id → its title */
  parts: Record<string, BilingualText>;
  scale: number;
}

/** The person totals as the sheet Jili writes them (the engine's table, in this language). */
export function personTotalSheet(pt: PersonTotalSummary, lang: Lang): SummaryTable {
  return personTotalTable(pt.run.totals, lang, moneyFormat(pt.scale));
}

/** People listed in the pane; the sheet has them all. */
export const PERSON_TOTALS_SHOWN = 50;

/** The person totals ready to draw: the engine's table with its money as text, where each part was read, what was left out. */
export interface PersonTotalView {
  title: string;
  sheet: string;
  read: string;
  leftOut: string[];
  headers: string[];
  rows: string[][];
  /** people not listed in the pane */
  more: number;
}

function cellText(v: CellOut, format: string | null, scale: number): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "number") return format ? moneyText(v, scale) : String(v);
  return String(v);
}

export function personTotalView(pt: PersonTotalSummary, lang: Lang): PersonTotalView {
  const table = personTotalSheet(pt, lang);
  const part = (id: string) => pt.parts[id]?.[lang] ?? id;
  const sep = lang === "zh-CN" ? "；" : "; ";
  return {
    title: t(lang, "personTotalTitle", { title: pt.run.totals.title[lang] }),
    sheet: table.sheetName,
    read: t(lang, "personTotalRead", { parts: pt.run.sheets.map((s) => t(lang, "personTotalPart", { part: part(s.part), sheet: s.sheet })).join(sep) }),
    leftOut: pt.run.leftOut.map((l) => t(lang, "personTotalLeftOut", { part: part(l.part), reason: l.reason[lang] })),
    headers: table.headers.map(String),
    rows: table.rows.slice(0, PERSON_TOTALS_SHOWN).map((r) => r.map((v, c) => cellText(v, table.numberFormats[c], pt.scale))),
    more: Math.max(0, table.rows.length - PERSON_TOTALS_SHOWN),
  };
}

/** What the pane keeps of a person-total run (null when there is none). */
export function personTotalSummary(run: PersonTotalRun | null, scheme: SchemeDocument): PersonTotalSummary | null {
  if (!run) return null;
  return { run, parts: Object.fromEntries(scheme.parts.map((p) => [p.id, p.title])), scale: scheme.rounding.scale };
}

export function runSummary(result: EvaluationResult, plan: FillPlan, table: InputTable): RunSummary {
  const reasons = new Map<string, { code: string; message: BilingualText; count: number }>();
  for (const row of result.rows(false)) {
    if (row.status !== "excluded") continue;
    for (const r of row.reasons) {
      const hit = reasons.get(r.code) ?? { code: r.code, message: r.message, count: 0 };
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
    personTotal: null,
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
