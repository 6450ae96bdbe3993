import { buildStatements, CheckedRun, Dec, Lang, layoutStatements, SHEET_MAX_PAGE_BREAKS, SHEET_MAX_ROWS, splitStatementSheet, StatementSheet, RunStamp } from "../../engine";
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

/** The issue list in both languages (the pane switches language without running again) and the run's summary. */
export interface PaneViews {
  validation: Record<Lang, ValidationView>;
  summary: RunSummary;
  /** the language of the summary */
  lang: Lang;
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
  const summary = runSummary(run.result, run.plan, table, req.lang);
  await step(3, EVALUATE_STAGES);
  return { run, views: { validation, summary, lang: req.lang } };
}

/** What the statements action writes, and what it says when done. */
export interface StatementsOutcome {
  sheet: StatementSheet;
  /** statements (people) */
  count: number;
  grandTotal: number | null;
  scale: number;
  stamp: RunStamp;
}

/**
 * The pane writes statements on one sheet of Jili's (its id kept in the document's settings). Statements that one
 * sheet cannot hold — more rows than a sheet, or more statements than its 1 023 page breaks allow — are refused
 * before anything is written, with the way to make them: the command line writes them on several sheets
 * (splitStatementSheet, the same cut).
 */
function refuseMoreThanOneSheet(sheet: StatementSheet): void {
  const parts = splitStatementSheet(sheet);
  if (Array.isArray(parts) && parts.length === 1) return;
  const statements = sheet.blocks.length;
  const rows = sheet.rows.length;
  throw new PaneError("STATEMENTS_TOO_MANY", {
    "zh-CN": `个人明细共 ${statements} 份、${rows} 行，一个工作表放不下（最多 ${SHEET_MAX_ROWS} 行、${SHEET_MAX_PAGE_BREAKS + 1} 份：每表最多 ${SHEET_MAX_PAGE_BREAKS} 个分页符），未写入任何内容。请用命令行 jili statements 生成（分成多个工作表），或按部门分开数据后分别生成。`,
    "en-US": `The statements (${statements}, ${rows} rows) do not fit one worksheet (at most ${SHEET_MAX_ROWS} rows and ${SHEET_MAX_PAGE_BREAKS + 1} statements: a sheet keeps ${SHEET_MAX_PAGE_BREAKS} page breaks); nothing was written. Make them with the command line, jili statements (it writes several sheets), or split the data by department.`,
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
  const sheet = layoutStatements(set);
  refuseMoreThanOneSheet(sheet);
  await step(4, STATEMENTS_STAGES);
  return { sheet, count: set.statements.length, grandTotal: set.grandTotal, scale: set.scale, stamp: run.stamp };
}
