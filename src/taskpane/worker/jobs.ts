import { buildStatements, CheckedRun, Dec, Lang, layoutStatements, SHEET_MAX_ROWS, splitStatementSheet, StatementSheet, RunStamp } from "../../engine";
import { PaneError } from "../../excel/errors";
import { runEvaluation } from "../controller/evaluate";
import { validationView, ValidationView } from "../controller/issues";
import type { DataTable } from "../controller/locate";
import { runSummary, RunSummary } from "../controller/resultView";
import type { EvaluateRequest, StatementsRequest } from "./protocol";

/**
 * Reports a stage done and, on the pane's thread, gives the event loop a turn and stops a cancelled job. Each job
 * calls it between its stages, so no two stages share one task of the thread it runs on.
 */
export type Step = (done: number, total: number) => Promise<void>;

/** The stages a job reports: the table sent, the job's own, the outcome received. */
export const EVALUATE_STAGES = 4;
export const STATEMENTS_STAGES = 5;

/** The issue list in both languages and the run's summary (its texts in both): the pane switches language without running again. */
export interface PaneViews {
  validation: Record<Lang, ValidationView>;
  summary: RunSummary;
}

export interface EvaluateOutcome {
  run: CheckedRun;
  views: PaneViews;
}

/** Validate and Fill: the engine's checked run, then the views the pane shows of it. */
export async function evaluateJob(req: EvaluateRequest, table: DataTable, step: Step): Promise<EvaluateOutcome> {
  const run = runEvaluation(req.scheme, table, { params: req.params, columns: req.columns, assume: req.assume, stamp: req.stamp }, req.lang);
  await step(2, EVALUATE_STAGES);
  const validation = { "zh-CN": validationView(run.result, "zh-CN", table), "en-US": validationView(run.result, "en-US", table) };
  const summary = runSummary(run.result, run.plan, table);
  await step(3, EVALUATE_STAGES);
  return { run, views: { validation, summary } };
}

/** What the statements action writes, and what it says when done. */
export interface StatementsOutcome {
  /** the statements' sheets in order: one, or several cut between two people's statements */
  sheets: StatementSheet[];
  /** statements (people) */
  count: number;
  grandTotal: number | null;
  scale: number;
  stamp: RunStamp;
}

/**
 * The statements as the sheets they are written on: one, or — more rows than a sheet, or more statements than its
 * 1 023 page breaks allow — several, cut between two people's statements (the engine's splitStatementSheet, as the
 * command line cuts them). A statement longer than a sheet alone is refused before anything is written.
 */
export function statementSheets(sheet: StatementSheet, maxRows = SHEET_MAX_ROWS): StatementSheet[] {
  const parts = splitStatementSheet(sheet, undefined, maxRows);
  if (Array.isArray(parts)) return parts;
  throw new PaneError("STATEMENTS_TOO_LONG", {
    "zh-CN": `「${parts.subject}」的个人明细有 ${parts.rows} 行，超过一个工作表的 ${maxRows} 行，无法写入（未写入任何内容）。请按月份或部门分开数据后分别生成。`,
    "en-US": `The statement of ${parts.subject} has ${parts.rows} rows, more than a worksheet's ${maxRows}; nothing was written. Split the data by month or department and make the statements of each.`,
  });
}

/** Statements: the fill's run again (the engine is deterministic), its statements and their layout. */
export async function statementsJob(req: StatementsRequest, table: DataTable, step: Step): Promise<StatementsOutcome> {
  const run = runEvaluation(req.scheme, table, { params: req.params, columns: req.columns, assume: req.assume, stamp: req.stamp }, req.lang);
  await step(2, STATEMENTS_STAGES);
  const set = buildStatements(run.result, table, req.lang, { plan: run.plan, source: table.sheet });
  if (!set.level) {
    throw new PaneError("NO_DATA", {
      "zh-CN": "此方案（数据表）没有按人（按组）的合计，无法生成个人明细",
      "en-US": "This scheme (part) has no per-person (per-group) totals, so there are no statements",
    });
  }
  // the same run as the summary sheet: a difference would be a bug, never written as a result
  if (set.grandTotal !== null && !new Dec(String(set.grandTotal)).eq(new Dec(String(req.total)))) {
    throw new Error(`statements total ${set.grandTotal} differs from the summary total ${req.total}`);
  }
  await step(3, STATEMENTS_STAGES);
  const sheets = statementSheets(layoutStatements(set));
  await step(4, STATEMENTS_STAGES);
  return { sheets, count: set.statements.length, grandTotal: set.grandTotal, scale: set.scale, stamp: run.stamp };
}
