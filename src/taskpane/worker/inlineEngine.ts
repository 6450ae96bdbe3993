import type { PersonTotalRun } from "../../engine";
import type { DataTable } from "../controller/locate";
import type { JobControl, PaneEngine, PaneRun, PersonTotalsInput } from "./engine";
import { cancelledError } from "./errors";
import { EVALUATE_STAGES, evaluateJob, STATEMENTS_STAGES, StatementsOutcome, statementsJob, Step } from "./jobs";
import { PERSON_TOTAL_STAGES, personTotalsJob } from "./personTotalJob";
import type { RunRequest } from "./protocol";
import { keepViews } from "./views";
import { yieldToLoop } from "./yieldToLoop";

/** Below this many rows a job runs in one go (a few milliseconds of engine work). */
export const SMALL_TABLE_ROWS = 2000;

/**
 * The fallback where no worker can run (jsdom, an old host, a page a worker cannot be started from): the same jobs
 * on the pane's thread, giving the event loop a turn between stages and stopping at the first turn after Cancel.
 * A stage is one call of the engine (the checked run, the views, the statements, their layout): the longest task
 * is the longest stage, not their sum.
 */
export class InlineEngine implements PaneEngine {
  readonly mode = "inline" as const;

  /**
   * @param turn how the event loop is given a turn
   * @param turnsFrom tables of fewer rows get no turns: their whole job takes a few milliseconds, less than one turn
   *   costs where timers are clamped (a Cancel is still looked at between stages)
   */
  constructor(
    private readonly turn: () => Promise<void> = yieldToLoop,
    private readonly turnsFrom = SMALL_TABLE_ROWS,
  ) {}

  private step(control: JobControl, table: DataTable, more = 0): Step {
    const turns = table.rows.length + more >= this.turnsFrom;
    return async (done, total) => {
      control.onProgress?.(done, total);
      if (turns) await this.turn();
      if (control.cancel?.cancelled) throw cancelledError();
    };
  }

  async evaluate(table: DataTable, request: RunRequest, control: JobControl = {}): Promise<PaneRun> {
    const step = this.step(control, table);
    await step(1, EVALUATE_STAGES);
    const { run, views } = await evaluateJob({ ...request, kind: "evaluate" }, table, step);
    keepViews(run.result, views);
    control.onProgress?.(EVALUATE_STAGES, EVALUATE_STAGES);
    return { run, views };
  }

  async statements(table: DataTable, request: RunRequest & { total: number }, control: JobControl = {}): Promise<StatementsOutcome> {
    const step = this.step(control, table);
    await step(1, STATEMENTS_STAGES);
    const out = await statementsJob({ ...request, kind: "statements" }, table, step);
    control.onProgress?.(STATEMENTS_STAGES, STATEMENTS_STAGES);
    return out;
  }

  /**
   * Person totals: the engine runs the other parts in one call (its loop over the parts is the engine's own), with a
   * turn before it and a look at Cancel after. The other sheets' rows count towards the turns.
   */
  async personTotals(run: PersonTotalsInput, request: RunRequest, control: JobControl = {}): Promise<PersonTotalRun | null> {
    const rows = run.sheets.reduce((n, s) => n + s.cells.length, 0);
    const step = this.step(control, run.table, rows);
    await step(1, PERSON_TOTAL_STAGES);
    const out = await personTotalsJob(request, run.table, run.result, run.sheets, step);
    control.onProgress?.(PERSON_TOTAL_STAGES, PERSON_TOTAL_STAGES);
    return out;
  }
}
