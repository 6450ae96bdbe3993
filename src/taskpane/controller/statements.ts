import { ColumnOverrides, Lang, moneyText, RawCell, SchemeDocument } from "../../engine";
import { fromOfficeError, PaneError } from "../../excel/errors";
import { officeStatements, StatementsPort, StatementsProgress } from "../../excel/statements";
import { isCancelled } from "../worker/errors";
import { statementsOffThread } from "../worker/runs";
import type { DataTable } from "./locate";
import type { PaneSession } from "./session";

export interface StatementsDone {
  /** the sheets written, in order: one, or several when the statements are longer than a sheet */
  sheets: string[];
  /** statements written (people) */
  count: number;
  /** the total as money text, or null when the scheme's groups have no money total */
  totalText: string | null;
  /** a sheet of the user's had the name, so the statements got the next free one */
  renamed: boolean;
  /** page layout and page breaks set (ExcelApi 1.9) */
  printSettings: boolean;
  orientation: "portrait" | "landscape";
}

export interface StatementsState {
  busy: boolean;
  progress: StatementsProgress | null;
  /** the statements being made (stage `done` of `total`), before any row is written */
  computing: { done: number; total: number } | null;
  done: StatementsDone | null;
  /** rows written before a cancel */
  cancelledAt: number | null;
  error: PaneError | null;
}

/** What the last fill evaluated: the statements are cut from the same run, so they add up to its summary sheet. */
interface RunInputs {
  scheme: SchemeDocument;
  table: DataTable;
  params: Record<string, unknown>;
  overrides: ColumnOverrides;
  assume: Record<string, RawCell>;
  lang: Lang;
  /** the summary's total of that fill */
  total: number;
}

/**
 * The "个人明细 / Statements" action of the result panel: evaluates the inputs of the last fill again (the engine is
 * deterministic), builds the statements and their printable layout — in the pane's engine worker where there is
 * one (worker/) — and has the adapter write Jili's statements sheet. Cancel stops it at any stage. Its state is its
 * own, so the pane's session is not changed.
 */
export class StatementsController {
  private state: StatementsState = { busy: false, progress: null, computing: null, done: null, cancelledAt: null, error: null };
  private listeners = new Set<() => void>();
  private inputs: RunInputs | null = null;
  private lastSummary: unknown = null;
  private token: { cancelled: boolean } | null = null;

  constructor(
    private readonly session: PaneSession,
    private readonly port: StatementsPort | null,
  ) {
    this.capture();
    session.subscribe(() => this.capture());
    // "Refresh all" writes the statements again after its fill (their stamp says whether they are stale)
    session.onRefreshStatements(() => this.run());
  }

  /** false outside Excel (no adapter): the button is disabled */
  get available(): boolean {
    return this.port !== null;
  }

  getState = (): StatementsState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<StatementsState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** a new fill result: remember what it was computed from (and forget the previous statements' outcome) */
  private capture(): void {
    const st = this.session.getState();
    if (st.summary === this.lastSummary) return;
    this.lastSummary = st.summary;
    if (st.summary && st.scheme && st.table) {
      this.inputs = { scheme: st.scheme, table: st.table, params: { ...st.params }, overrides: { ...st.overrides }, assume: { ...st.assume }, lang: st.lang, total: st.summary.total };
    } else this.inputs = null;
    // a sheet written before stays in the workbook: the session compares its stamp with the new fill's and says so
    if (!this.state.busy) this.set({ done: null, cancelledAt: null, error: null });
  }

  cancel(): void {
    if (this.token) this.token.cancelled = true;
  }

  dismissError(): void {
    this.set({ error: null });
  }

  /** Writes the statements of the last fill, in the pane's current language. */
  async run(): Promise<void> {
    try {
      const inputs = this.inputs;
      if (!this.port) throw new PaneError("EXCEL_API", { "zh-CN": "只能在 Excel 中生成个人明细", "en-US": "Statements can only be written in Excel" });
      if (!inputs) throw new PaneError("NO_DATA", { "zh-CN": "请先计算并填写", "en-US": "Calculate and fill first" });
      const lang = this.session.getState().lang;
      const token = { cancelled: false };
      this.token = token;
      this.set({ busy: true, progress: null, computing: null, done: null, cancelledAt: null, error: null });
      // stamped like the fill (same data and rules, the clock's time now): the stamp is printed in every statement
      const stamp = { at: this.session.clock(), hashData: true };
      const options = { params: inputs.params, columns: inputs.overrides, assume: inputs.assume, stamp, total: inputs.total };
      const made = await statementsOffThread(inputs.scheme, inputs.table, options, lang, { cancel: token, onProgress: (done, total) => this.set({ computing: { done, total } }) });
      const { sheets } = made;
      this.set({ computing: null });
      const outcome = await this.port.writeStatements(sheets, { cancel: token, onProgress: (p) => this.set({ progress: p }) });
      this.token = null;
      if (outcome.status === "cancelled") return this.set({ busy: false, progress: null, cancelledAt: outcome.rowsWritten });
      await this.session.recordStatements(made.stamp);
      this.set({
        busy: false,
        progress: null,
        done: {
          sheets: outcome.sheets,
          count: made.count,
          totalText: made.grandTotal === null ? null : moneyText(made.grandTotal, made.scale),
          renamed: outcome.renamed,
          printSettings: outcome.printSettings,
          orientation: sheets[0].print.orientation,
        },
      });
    } catch (e) {
      this.token = null;
      if (isCancelled(e)) return this.set({ busy: false, progress: null, computing: null, cancelledAt: 0 });
      this.set({ busy: false, progress: null, computing: null, error: e instanceof PaneError ? e : fromOfficeError(e) });
    }
  }
}

const controllers = new WeakMap<PaneSession, StatementsController>();

/** Gives the session's statements action this adapter (tests, the preview); call before the result panel shows. */
export function attachStatements(session: PaneSession, port: StatementsPort | null): StatementsController {
  const c = new StatementsController(session, port);
  controllers.set(session, c);
  return c;
}

/** The session's statements action, over the Office adapter unless one was attached. */
export function statementsFor(session: PaneSession): StatementsController {
  return controllers.get(session) ?? attachStatements(session, officeStatements());
}
