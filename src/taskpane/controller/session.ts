import type { ColumnOverrides, Lang, RawCell, SchemeDocument } from "../../engine";
import { fromOfficeError, PaneError } from "../../excel/errors";
import type { CancelToken, Conflict, FillRequest, Progress, SavedRun, SheetSnapshot, WorkbookPort, WriteStats } from "../../excel/port";
import { runEvaluation } from "./evaluate";
import { buildFillRequest } from "./fillRequest";
import { DataTable, locateTable } from "./locate";
import { mappingView, MappingView, withAssumed, withOverride } from "./mapping";
import { withParam } from "./params";
import { runSummary, RunSummary } from "./resultView";
import { presetOptions, schemeById, schemeFromDocument, schemeOfSaved, SchemeOption } from "./schemes";
import { validationView, ValidationView } from "./issues";

export type SchemeKey = `preset:${string}` | "saved" | "file";

/** Where the action that failed sits in the pane: its message is shown there, where the user's eyes are. */
export type ErrorPlace = "scheme" | "data" | "run";

export interface PaneState {
  lang: Lang;
  presets: SchemeOption[];
  saved: SavedRun | null;
  schemeKey: SchemeKey | null;
  scheme: SchemeDocument | null;
  /** the document behind a scheme loaded from a file, kept to save it in the workbook */
  schemeDocument: unknown;
  partId: string | null;
  params: Record<string, unknown>;
  overrides: ColumnOverrides;
  /** values confirmed for the whole sheet, by field key (the report and the run say so) */
  assume: Record<string, RawCell>;
  snapshot: SheetSnapshot | null;
  table: DataTable | null;
  mapping: MappingView | null;
  validation: ValidationView | null;
  marked: number | null;
  busy: "read" | "validate" | "fill" | null;
  progress: Progress | null;
  /** cells in the way of a fill, waiting for the user's answer */
  conflicts: Conflict[] | null;
  summary: RunSummary | null;
  stats: (WriteStats & { rows: number }) | null;
  cancelledAt: number | null;
  error: PaneError | null;
  errorAt: ErrorPlace | null;
  /** a fill over invalid rows waits for the user's answer: the total would leave these rows out */
  invalidPrompt: { invalid: number; pending: number } | null;
}

/**
 * The pane's state and every action it offers. Components render the state and call these methods; the engine is
 * reached through the controller modules, Excel through the WorkbookPort. Nothing here knows about React or Office.
 */
export class PaneSession {
  private state: PaneState;
  private listeners = new Set<() => void>();
  private cancelToken: { cancelled: boolean } | null = null;
  private pendingFill: FillRequest | null = null;
  private pendingSummary: RunSummary | null = null;

  constructor(
    private readonly port: WorkbookPort,
    lang: Lang,
  ) {
    const saved = port.loadRun();
    this.state = {
      lang: saved?.lang ?? lang,
      presets: presetOptions(),
      saved,
      schemeKey: null,
      scheme: null,
      schemeDocument: null,
      partId: null,
      params: {},
      overrides: {},
      assume: {},
      snapshot: null,
      table: null,
      mapping: null,
      validation: null,
      marked: null,
      busy: null,
      progress: null,
      conflicts: null,
      summary: null,
      stats: null,
      cancelledAt: null,
      error: null,
      errorAt: null,
      invalidPrompt: null,
    };
    if (saved) this.guard(() => this.applySaved(saved));
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Runs an action; a failure becomes the state's error (typed, bilingual), shown at the action, never a silent catch. */
  private guard(action: () => void, at: ErrorPlace = "scheme"): void {
    try {
      action();
    } catch (e) {
      this.fail(e, at);
    }
  }

  private async guardAsync(action: () => Promise<void>, at: ErrorPlace): Promise<void> {
    try {
      await action();
    } catch (e) {
      this.fail(e, at);
    }
  }

  private fail(e: unknown, at: ErrorPlace): void {
    this.set({ error: e instanceof PaneError ? e : fromOfficeError(e), errorAt: at, busy: null, progress: null });
  }

  private applySaved(saved: SavedRun): void {
    const scheme = schemeOfSaved(saved);
    this.set({ schemeKey: "saved", scheme, schemeDocument: "document" in saved.scheme ? saved.scheme.document : null, partId: saved.part ?? null, params: { ...saved.params }, overrides: { ...saved.columns } });
  }

  setLang(lang: Lang): void {
    this.set({ lang });
    this.remap();
  }

  dismissError(): void {
    this.set({ error: null, errorAt: null });
  }

  chooseScheme(key: SchemeKey): void {
    this.guard(() => {
      if (key === "saved") {
        if (this.state.saved) this.applySaved(this.state.saved);
      } else if (key.startsWith("preset:")) {
        const scheme = schemeById(key.slice("preset:".length));
        this.set({ schemeKey: key, scheme, schemeDocument: null, partId: null, params: {}, overrides: {} });
      }
      this.set({ validation: null, summary: null, marked: null });
      this.relocate();
    });
  }

  /** A scheme document chosen by the user (the text of a .json file). */
  loadSchemeText(text: string): void {
    this.guard(() => {
      let doc: unknown;
      try {
        doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch (e) {
        throw new PaneError("SCHEME_INVALID", { "zh-CN": "方案文件不是有效的 JSON", "en-US": "The scheme file is not valid JSON" }, [(e as Error).message]);
      }
      const scheme = schemeFromDocument(doc);
      this.set({ schemeKey: "file", scheme, schemeDocument: doc, partId: null, params: {}, overrides: {}, validation: null, summary: null });
      this.relocate();
    });
  }

  /**
   * A scheme document made in the pane (read from the rules sheet, or a what-if change applied) becomes the active
   * scheme; it is saved in the workbook with the next run. The parameters and column choices are kept.
   */
  useSchemeDocument(doc: unknown): void {
    this.guard(() => {
      const scheme = schemeFromDocument(doc);
      const partId = this.state.partId && scheme.parts.some((p) => p.id === this.state.partId) ? this.state.partId : null;
      this.set({ schemeKey: "file", scheme, schemeDocument: doc, partId, validation: null, summary: null });
      this.relocate();
    });
  }

  choosePart(partId: string | null): void {
    this.set({ partId, overrides: {} });
    this.guard(() => this.relocate(), "data");
  }

  setParam(key: string, raw: string): void {
    this.set({ params: withParam(this.state.params, key, raw) });
  }

  /** Confirms one value of a field for the whole sheet (null withdraws it). */
  setAssumed(key: string, value: string | null): void {
    this.set({ assume: withAssumed(this.state.assume, key, value), validation: null });
    this.remap();
  }

  setOverride(key: string, header: string | null): void {
    this.set({ overrides: withOverride(this.state.overrides, key, header), validation: null });
    this.remap();
  }

  private relocate(): void {
    const { scheme, snapshot, partId } = this.state;
    if (!scheme || !snapshot) return this.set({ table: null, mapping: null });
    const table = locateTable(scheme, snapshot, partId ?? undefined);
    this.set({ table });
    this.remap();
  }

  private remap(): void {
    const { table, overrides, lang, assume } = this.state;
    this.set({ mapping: table ? mappingView(table, overrides, lang, assume) : null });
  }

  private onProgress = (p: Progress): void => {
    this.set({ progress: p });
  };

  async readData(): Promise<void> {
    await this.guardAsync(() => this.read(), "data");
  }

  /** Reads the active sheet as it is now: every validation, fill and what-if starts here, so none checks old data. */
  private async read(): Promise<void> {
    this.set({ busy: "read", progress: null, error: null, errorAt: null });
    const snapshot = await this.port.readActiveSheet(this.onProgress);
    this.set({ snapshot, busy: null, progress: null, validation: null, marked: null });
    this.relocate();
  }

  private savedRun(): SavedRun {
    const { scheme, schemeKey, schemeDocument, table, params, overrides, lang, saved } = this.state;
    const source: SavedRun["scheme"] =
      schemeKey === "saved" && saved ? saved.scheme : schemeDocument !== null && schemeDocument !== undefined ? { document: schemeDocument } : { preset: (scheme as SchemeDocument).id };
    return { version: 1, scheme: source, part: table?.part.id, params, columns: overrides, lang };
  }

  private evaluate() {
    const { scheme, table, params, overrides, lang, assume } = this.state;
    if (!scheme || !table) throw new PaneError("NO_DATA", { "zh-CN": "请先选择方案并读取数据", "en-US": "Choose a scheme and read the data first" });
    return runEvaluation(scheme, table, { params, columns: overrides, assume }, lang);
  }

  /** Reads the sheet again (the clerk may have corrected it), evaluates, lists the issues and marks the invalid cells. */
  async validate(): Promise<void> {
    await this.guardAsync(async () => {
      await this.read();
      this.set({ busy: "validate", error: null, errorAt: null, summary: null });
      const { result } = this.evaluate();
      const validation = validationView(result, this.state.lang);
      this.set({ validation, progress: { phase: "mark", done: 0, total: validation.marks.length } });
      const done = await this.port.markCells(this.state.table!.sheet, validation.marks);
      await this.port.saveRun(this.savedRun());
      this.set({ busy: null, progress: null, marked: done.marked, saved: this.savedRun() });
    }, "run");
  }

  /**
   * Reads the sheet again (Jili's own columns may have moved), evaluates and writes; asks before a total that leaves
   * invalid rows out (`askOnInvalid`: the pane's button always asks; a caller that has asked already, or a script
   * through the port, does not) and before overwriting user cells. The issue list stays beside the result.
   */
  async fill(options: { askOnInvalid?: boolean } = {}): Promise<void> {
    await this.guardAsync(async () => {
      await this.read();
      if (!this.state.table) return;
      this.set({ busy: "fill", error: null, errorAt: null, summary: null, cancelledAt: null, stats: null, invalidPrompt: null });
      const { result, plan } = this.evaluate();
      this.pendingFill = buildFillRequest(this.state.table, plan, this.state.snapshot!, this.state.lang);
      this.pendingSummary = runSummary(result, plan, this.state.table, this.state.lang);
      this.set({ validation: validationView(result, this.state.lang), marked: null });
      const { invalid, pending } = plan.stats;
      // money over invalid rows is never silent: nothing is written until the clerk answers
      if (invalid > 0 && options.askOnInvalid) return this.set({ invalidPrompt: { invalid, pending }, busy: null, progress: null });
      await this.write(false);
    }, "run");
  }

  /** "仍要填写 / Fill anyway": the total leaves the invalid rows out, and the result says so. */
  async confirmInvalid(): Promise<void> {
    await this.guardAsync(async () => {
      this.set({ invalidPrompt: null, busy: "fill" });
      await this.write(false);
    }, "run");
  }

  declineInvalid(): void {
    this.pendingFill = null;
    this.pendingSummary = null;
    this.set({ invalidPrompt: null, busy: null, progress: null });
  }

  async confirmOverwrite(): Promise<void> {
    await this.guardAsync(async () => {
      this.set({ conflicts: null, busy: "fill" });
      await this.write(true);
    }, "run");
  }

  declineOverwrite(): void {
    this.pendingFill = null;
    this.set({ conflicts: null, busy: null, progress: null });
  }

  cancel(): void {
    if (this.cancelToken) this.cancelToken.cancelled = true;
  }

  private async write(overwrite: boolean): Promise<void> {
    const request = this.pendingFill;
    if (!request) return;
    const token: CancelToken & { cancelled: boolean } = { cancelled: false };
    this.cancelToken = token;
    const outcome = await this.port.fill(request, { overwrite, cancel: token, onProgress: this.onProgress });
    this.cancelToken = null;
    if (outcome.status === "conflicts") return this.set({ conflicts: outcome.conflicts, busy: null, progress: null });
    this.pendingFill = null;
    if (outcome.status === "cancelled") return this.set({ busy: null, progress: null, cancelledAt: outcome.rowsWritten, stats: { ...outcome.stats, rows: outcome.rowsWritten } });
    await this.port.saveRun(this.savedRun());
    this.set({ busy: null, progress: null, summary: this.pendingSummary, stats: { ...outcome.stats, rows: outcome.rows }, saved: this.savedRun() });
  }

  /** the workbook the pane works on (the removal actions use it too) */
  get workbook(): WorkbookPort {
    return this.port;
  }

  /** Jili's output was removed: the result shown no longer stands in the workbook (`marksOnly`: only the marks went). */
  forgetOutput(marksOnly = false): void {
    this.set(marksOnly ? { marked: null } : { marked: null, summary: null, stats: null });
  }

  async selectCell(address: string): Promise<void> {
    const sheet = this.state.table?.sheet;
    if (!sheet) return;
    await this.guardAsync(() => this.port.selectCell(sheet, address), "run");
  }
}
