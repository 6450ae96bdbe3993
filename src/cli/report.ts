import { CellOut, columnReportLines, headline, personTotalTable, Lang, moneyFormat, moneyText, Reason, RowResult, RunStats, SummaryTable } from "../engine";
import { say } from "./messages";
import { Run } from "./run";
import { textTable } from "./textTable";

const LIMIT = 50;

/** A summary cell as text: money (a grouped format) as the engine's money text, other numbers to their format's decimals. */
function formatCell(v: CellOut, format: string | null): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    const m = format ? /0\.(0+)/.exec(format) : null;
    if (format?.includes("#,##")) return moneyText(v, m ? m[1].length : 0);
    return m ? v.toFixed(m[1].length) : format === "0" ? v.toFixed(0) : String(v);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** The per-person summary table as text (what `jili summary` and `npm run demo` print). */
export function summaryText(summary: SummaryTable): string {
  const numeric = summary.headers.map((_, i) => summary.numberFormats[i] !== null || (summary.rows.length > 0 && summary.rows.every((r) => typeof r[i] === "number" || r[i] === null)));
  return textTable(
    summary.headers,
    summary.rows.map((r) => r.map((c, i) => formatCell(c, summary.numberFormats[i]))),
    numeric,
  );
}

function reasonLine(lang: Lang, row: RowResult, r: Reason): string {
  const zh = lang === "zh-CN";
  // a row only in a joined table is on that table's sheet: named, and no cell of the main sheet is given; a row of
  // a wide table says which of its columns (第1周) it was read from
  const where = row.sheet ? (zh ? `（工作表「${row.sheet}」）` : ` (sheet ${row.sheet})`) : row.label ? (zh ? `（${row.label}）` : ` (${row.label})`) : "";
  const cell = r.columnLetter && !row.sheet ? `${zh ? "，" : ", "}${r.columnLetter}${row.row}` : "";
  return say(lang, "rowLine", { row: row.row, cell: `${where}${cell}`, message: `${r.message[lang]} [${r.code}]` });
}

function section(lang: Lang, title: string, rows: RowResult[], pick: (r: RowResult) => Reason[]): string[] {
  const lines: string[] = [];
  for (const r of rows) for (const x of pick(r)) lines.push(reasonLine(lang, r, x));
  if (!lines.length) return [];
  const shown = lines.slice(0, LIMIT);
  if (lines.length > LIMIT) shown.push(say(lang, "more", { count: lines.length - LIMIT }));
  return [title, ...shown];
}

/** "2016版 (2016-01-01 – ) 6 rows; 基础版 3 rows" when the scheme has dated versions. */
export function versionsLine(stats: RunStats, lang: Lang): string[] {
  if (!stats.versions) return [];
  const rows = lang === "zh-CN" ? "行" : "rows";
  const list = stats.versions.map((v) => {
    const span = v.base ? "" : ` (${v.from ?? "…"} – ${v.to ?? "…"})`;
    return `${v.title[lang]}${span} ${v.rows} ${rows}`;
  });
  return [say(lang, "versionsLine", { versions: list.join(lang === "zh-CN" ? "；" : "; ") })];
}

/** Findings that belong to a group (a team not ranked, a tie for a manual decision, a customer not new), by group. */
export function groupFindings(run: Run, lang: Lang): string[] {
  const lines: string[] = [];
  for (const level of run.result.levels) {
    const title = run.table.part.levels.find((l) => l.id === level)?.title[lang] ?? level;
    for (const g of run.result.groups(level)) {
      const key = Object.values(g.key).join(" · ");
      for (const x of [...g.reasons, ...g.warnings]) lines.push(say(lang, "groupLine", { level: title, key, message: `${x.message[lang]} [${x.code}]` }));
    }
  }
  if (!lines.length) return [];
  const shown = lines.slice(0, LIMIT);
  if (lines.length > LIMIT) shown.push(say(lang, "more", { count: lines.length - LIMIT }));
  return [say(lang, "groupFindings"), ...shown];
}

/** The human report of `validate`: where the data was found, counts, and every row that needs attention. */
export function validationText(run: Run, file: string, lang: Lang): string {
  const { result, plan, table, scheme } = run;
  const rows = result.rows();
  const s = plan.stats;
  const out = [
    say(lang, "headerAt", { file, sheet: table.sheet, row: table.headerRow + 1, scheme: `${scheme.id} ${scheme.title[lang]}`, part: table.part.title[lang] }),
    ...columnReportLines(run.columns, lang),
    say(lang, "counts", s as unknown as Record<string, number>),
    ...versionsLine(s, lang),
  ];
  out.push(...section(lang, say(lang, "invalidRows"), rows.filter((r) => r.status === "invalid"), (r) => r.reasons));
  out.push(...section(lang, say(lang, "pendingRows"), rows.filter((r) => r.status === "pending"), (r) => r.reasons));
  out.push(...section(lang, say(lang, "excludedRows"), rows.filter((r) => r.status === "excluded"), (r) => r.reasons));
  out.push(...section(lang, say(lang, "warningRows"), rows, (r) => r.warnings));
  out.push(...groupFindings(run, lang));
  out.push(s.invalid ? say(lang, "someInvalid", { count: s.invalid }) : say(lang, "allValid"));
  return out.join("\n");
}

/** Who is paid, fined or scored, counted in people (the engine's headline, the pane's too). */
export function headlineLines(run: Run, lang: Lang): string[] {
  const h = headline(run.result, { headers: run.table.headers, rows: run.table.rows }, run.plan);
  const who = h.unit === "people" ? say(lang, "people") : say(lang, "groupsOf", { level: h.unitTitle?.[lang] ?? "" });
  const lines: string[] = [];
  if (h.money) lines.push(say(lang, "total", { total: h.money.totalText, paid: h.money.paid, who }));
  if (h.fines) lines.push(say(lang, "fines", { total: h.fines.totalText, fined: h.fines.fined, who }));
  if (h.score) lines.push(say(lang, "scored", { title: h.score.title[lang], people: h.score.people, who }));
  return lines;
}

/** Totals line and the summary table. */
export function summaryBlock(run: Run, lang: Lang): string {
  const { plan } = run;
  const out = [...columnReportLines(run.columns, lang), say(lang, "counts", plan.stats as unknown as Record<string, number>), ...versionsLine(plan.stats, lang)];
  if (!plan.summary) return [...out, say(lang, "noSummary")].join("\n");
  out.push(...headlineLines(run, lang));
  const level = run.table.part.levels.find((l) => l.id === plan.summary?.level);
  out.push("", say(lang, "summaryOf", { level: level ? level.title[lang] : plan.summary.level }), summaryText(plan.summary));
  out.push(...personTotalBlock(run, lang));
  return out.join("\n");
}

/** Each person's total across the parts keyed by person: where each part was read, the table, the parts left out. */
export function personTotalBlock(run: Run, lang: Lang): string[] {
  const pt = run.personTotal;
  if (!pt) return [];
  const title = (id: string) => run.scheme.parts.find((p) => p.id === id)?.title[lang] ?? id;
  const table = personTotalTable(pt.totals, lang, moneyFormat(run.scheme.rounding.scale));
  const lines = ["", say(lang, "personTotalOf", { title: pt.totals.title[lang] })];
  lines.push(say(lang, "personTotalSheets", { parts: pt.sheets.map((s) => (lang === "zh-CN" ? `${title(s.part)}：工作表「${s.sheet}」` : `${title(s.part)}: sheet ${s.sheet}`)).join(lang === "zh-CN" ? "；" : "; ") }));
  for (const l of pt.leftOut) lines.push(say(lang, "personTotalLeftOut", { part: title(l.part), reason: l.reason[lang] }));
  lines.push(summaryText(table));
  return lines;
}
