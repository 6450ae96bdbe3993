// Builds the statement data of one run: one statement per person of the summary level, each cut from its lines.
import { describePart } from "../../describe/describeScheme";
import { Lang } from "../../i18n/messages";
import { Dec } from "../../money/decimal";
import { moneyText } from "../../money/moneyText";
import type { PersonTotals } from "../personTotal/compute";
import { EvaluationResult } from "../../evaluate/result";
import { InputTable } from "../../evaluate/table";
import { buildFillPlan } from "../fillPlan";
import { statementHeader } from "./header";
import { Statement, StatementOptions, StatementSet } from "./model";
import { periodOrder } from "./people";
import { StatementRun, statementRun } from "./run";
import { section } from "./section";
import { statementTotal } from "./total";

/** The statement of one person (groups `gs`), with the exact sum of its total for the grand total. */
function personStatement(run: StatementRun, gs: number[], index: number): { statement: Statement; sum: Dec | null } {
  const { lang } = run;
  const period = run.keys.period;
  const sections = [...gs].sort(periodOrder(run.groups, period)).map((g) => section(run, g));
  const counted = statementTotal(run, sections);
  const statement: Statement = {
    index,
    ...statementHeader(run, gs),
    periods: period.length ? { title: period.map((k) => k.title[lang]).join("/"), values: sections.map((s) => period.map((k) => s.key[k.name]).join("/")) } : null,
    sections,
    total: counted ? counted.total : null,
    complete: sections.every((s) => s.complete),
  };
  return { statement, sum: counted ? counted.sum : null };
}

/** The person's total across parts in words: 各数据表合计：A 3,000.00 + B 0.00 + C −500.00 = 2,500.00 (or why not). */
function acrossPartsLine(totals: PersonTotals, subject: string[], lang: Lang, scale: number): string | null {
  const row = totals.rows.find((r) => subject.includes(r.person));
  if (!row) return null;
  const zh = lang === "zh-CN";
  const parts = totals.columns.map((c, k) => `${c.partTitle[lang]} ${row.amounts[k] === null ? (zh ? "未算完" : "not complete") : moneyText(row.amounts[k]!, scale)}`);
  const total = row.total === null ? (zh ? "合计未算完" : "total not complete") : moneyText(row.total, scale);
  const open = row.complete ? "" : zh ? "（不完整）" : " (incomplete)";
  return `${totals.title[lang]}${zh ? "：" : ": "}${parts.join(" + ")} = ${total}${open}`;
}

/**
 * The statements of one run: one per person of the summary level (groups sharing the non-period keys), each with
 * its groups as sections. The sections' figures are the summary table's lines, so every statement's total equals
 * the sum of that person's lines in the summary sheet.
 */
export function buildStatements(result: EvaluationResult, table: InputTable, lang: Lang, options: StatementOptions = {}): StatementSet {
  const part = result.part;
  const plan = options.plan ?? buildFillPlan(result, lang, { summaryLevel: options.level });
  const set: StatementSet = {
    lang,
    scheme: { id: result.scheme.id, title: result.scheme.title[lang] },
    part: { id: part.id, title: part.title[lang] },
    parts: result.scheme.parts.length,
    source: options.source ?? null,
    level: null,
    columns: [],
    statements: [],
    grandTotal: null,
    scale: result.scheme.rounding.scale,
    notes: plan.summary?.runNotes ?? [],
    rules: describePart(result.scheme, part, lang).slice(1),
  };
  const summary = plan.summary;
  const level = summary ? part.levels.find((l) => l.id === summary.level) : undefined;
  if (!level) return set;
  set.level = { id: level.id, title: level.title[lang] };
  const run = statementRun(result, table, lang, plan, level, options);
  set.columns = run.table.columns;
  let grand = new Dec(0);
  set.statements = run.people.map((gs, index) => {
    const { statement, sum } = personStatement(run, gs, index);
    if (options.personTotals) {
      const line = acrossPartsLine(options.personTotals, statement.subject.map((s) => s.value), lang, result.scheme.rounding.scale);
      if (line) statement.acrossParts = line;
    }
    if (sum) grand = grand.plus(sum);
    return statement;
  });
  set.grandTotal = run.firstMoney >= 0 ? grand.toNumber() : null;
  return set;
}
