import { isJiliSheet, type BilingualText, type ColumnOverrides, type EvaluationResult, type Lang, type PersonTotalRun, type RawCell, type RunStamp, type SchemeDocument } from "../../engine";
import { PERIOD_PARAM } from "../../engine/run/checkedRun";
import { fromOfficeError, PaneError } from "../../excel/errors";
import type { CancelToken, Conflict, FillRequest, Progress, SavedRun, SheetList, SheetSnapshot, WorkbookPort, WriteStats } from "../../excel/port";
import { publishToCells } from "./cellFunctions";
import { Clock, systemClock } from "./clock";
import { evaluateOffThread, personTotalsOffThread } from "../worker/runs";
import { summaryOf, validationOf } from "../worker/views";
import { isCancelled } from "../worker/errors";
import { CurrentHashes, RunStamps, sameStaleness, Staleness, staleness } from "./freshness";
import { buildFillRequest } from "./fillRequest";
import { DataTable, locateTable } from "./locate";
import { mappingView, MappingView, withAssumed, withOverride } from "./mapping";
import { withParam } from "./params";
import { personTotalSheet, personTotalSummary, RunSummary } from "./resultView";
import { presetOptions, schemeById, schemeFromDocument, schemeOfSaved, SchemeOption } from "./schemes";
import { issuesTable, mainSheetRows, otherSheetRows, ValidationView, type IssueGroup } from "./issues";
import { t } from "../i18n";
import { assembled, keepsTablesApart, sheetsToRead, tableSheetRows, TableSheetRow, unassembledRows, usedSheets, withTableSheet } from "./tables";

export type SchemeKey = `preset:${string}` | "saved" | "file";

/**
 * Where the rules in force came from, said at the scheme step (「使用中的规则：…」): a preset, the scheme saved in the
 * workbook, a .json file, Jili's rules sheet, or a what-if value applied. The last three are all `schemeKey` "file"
 * (a document held by the pane, saved in the workbook with the next run); only a loaded file is called 「文件」.
 */
export type SchemeOrigin =
  | { kind: "preset" }
  | { kind: "saved" }
  | { kind: "file" }
  | { kind: "rulesSheet"; sheet: string }
  | { kind: "whatIf"; label: string; value: string }
  /** built in the pane from a template's form (新建方案); `template` is the template's title */
  | { kind: "template"; template: BilingualText }
  /** numbers changed in the pane's rates form (费率与档位); `changes` says which, in both languages */
  | { kind: "rates"; changes: BilingualText };

/** Where the action that failed sits in the pane: its message is shown there, where the user's eyes are. */
export type ErrorPlace = "scheme" | "data" | "run" | "issues";

export interface PaneState {
  lang: Lang;
  presets: SchemeOption[];
  saved: SavedRun | null;
  schemeKey: SchemeKey | null;
  /** where the rules in force came from (null before a scheme is chosen) */
  schemeOrigin: SchemeOrigin | null;
  scheme: SchemeDocument | null;
  /** the document behind a scheme loaded from a file, kept to save it in the workbook */
  schemeDocument: unknown;
  partId: string | null;
  params: Record<string, unknown>;
  overrides: ColumnOverrides;
  /** values confirmed for the whole sheet, by field key (the report and the run say so) */
  assume: Record<string, RawCell>;
  snapshot: SheetSnapshot | null;
  /** the other sheets read for the part's joined tables (none when it keeps every field on the main sheet) */
  others: SheetSnapshot[];
  /** the workbook's sheets, listed when the scheme keeps a table on a sheet of its own; null otherwise */
  sheetNames: string[] | null;
  /** joined table id → the sheet the user chose for it (the engine finds the others by their headers) */
  tableSheets: Record<string, string>;
  /** the joined tables of the part, where each was found, and the sheets to choose from */
  tables: TableSheetRow[];
  table: DataTable | null;
  mapping: MappingView | null;
  validation: ValidationView | null;
  marked: number | null;
  busy: "read" | "validate" | "fill" | "filter" | "export" | null;
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
  /** what the results Jili last wrote were computed from (saved with the run, so a re-opened workbook knows) */
  stamps: RunStamps;
  /** those results were computed from other data or rules than the pane holds now: they need refreshing */
  stale: Staleness | null;
  /** Jili's filter on the data sheet (rows it hid), as the workbook records it; null when none */
  filter: { sheet: string; hidden: number } | null;
  /** how the last filter, clear-filter or export of the issue list ended, in plain words (the pane's language) */
  issuesDone: string | null;
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
  private pendingStamp: RunStamp | null = null;
  private hashes = new CurrentHashes();
  /** "Refresh all": the statements are written again once the fill is done */
  private refreshStatements = false;
  private statementsRefresher: (() => Promise<void>) | null = null;
  /** a fill's read: its run hashes the data, so the comparison is made after it */
  private deferFreshness = false;
  /** the run and table the issue list was made from (the list is made again in another language) */
  private issueSource: { result: EvaluationResult; table: DataTable } | null = null;

  /**
   * @param clock the time each run is stamped with (`YYYY-MM-DD HH:mm`); the real time unless a test gives one
   */
  constructor(
    private readonly port: WorkbookPort,
    lang: Lang,
    readonly clock: Clock = systemClock,
  ) {
    const saved = port.loadRun();
    this.state = {
      lang: saved?.lang ?? lang,
      presets: presetOptions(),
      saved,
      schemeKey: null,
      schemeOrigin: null,
      scheme: null,
      schemeDocument: null,
      partId: null,
      params: {},
      overrides: {},
      assume: {},
      snapshot: null,
      others: [],
      sheetNames: null,
      tableSheets: {},
      tables: [],
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
      stamps: { ...saved?.stamps },
      stale: null,
      filter: null,
      issuesDone: null,
    };
    const filter = port.activeFilter();
    if (filter) this.state.filter = { sheet: filter.sheet, hidden: filter.rows.reduce((n, [a, b]) => n + b - a + 1, 0) };
    if (saved) this.guard(() => this.applySaved(saved));
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    publishToCells(this.state);
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
    this.set({ schemeKey: "saved", schemeOrigin: { kind: "saved" }, scheme, schemeDocument: "document" in saved.scheme ? saved.scheme.document : null, partId: saved.part ?? null, params: { ...saved.params }, overrides: { ...saved.columns }, tableSheets: { ...saved.tables } });
  }

  setLang(lang: Lang): void {
    this.set({ lang });
    // the reasons listed follow the language: the issue list is made again from the run behind it
    if (this.state.validation && this.issueSource) this.set({ validation: validationOf(this.issueSource.result, lang, this.issueSource.table), issuesDone: null });
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
        this.set({ schemeKey: key, schemeOrigin: { kind: "preset" }, scheme, schemeDocument: null, partId: null, params: {}, overrides: {}, tableSheets: {} });
      }
      this.set({ validation: null, summary: null, marked: null });
      this.locate();
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
      this.set({ schemeKey: "file", schemeOrigin: { kind: "file" }, scheme, schemeDocument: doc, partId: null, params: {}, overrides: {}, tableSheets: {}, validation: null, summary: null });
      this.locate();
    });
  }

  /**
   * A scheme document made in the pane (read from the rules sheet, or a what-if change applied) becomes the active
   * scheme; it is saved in the workbook with the next run. The parameters and column choices are kept.
   */
  useSchemeDocument(doc: unknown, origin: SchemeOrigin = { kind: "file" }): void {
    this.guard(() => {
      const scheme = schemeFromDocument(doc);
      const partId = this.state.partId && scheme.parts.some((p) => p.id === this.state.partId) ? this.state.partId : null;
      this.set({ schemeKey: "file", schemeOrigin: origin, scheme, schemeDocument: doc, partId, validation: null, summary: null });
      this.locate();
    });
  }

  /**
   * A new scheme built in the pane from a template's form becomes the active scheme, saved in the workbook with the
   * next run. It is a new scheme: no parameter or column choice of the scheme before carries over.
   */
  adoptNewScheme(doc: unknown, origin: SchemeOrigin): void {
    this.guard(() => {
      const scheme = schemeFromDocument(doc);
      this.set({ schemeKey: "file", schemeOrigin: origin, scheme, schemeDocument: doc, partId: null, params: {}, overrides: {}, tableSheets: {}, validation: null, summary: null });
      this.locate();
    });
  }

  /** The rules sheet was rewritten from the rules in force: they are the sheet's now (nothing else changes). */
  rulesSheetHolds(sheet: string): void {
    if (this.state.scheme) this.set({ schemeOrigin: { kind: "rulesSheet", sheet } });
  }

  choosePart(partId: string | null): void {
    this.set({ partId, overrides: {} });
    this.guard(() => this.locate(), "data");
  }

  setParam(key: string, raw: string): void {
    this.set({ params: withParam(this.state.params, key, raw) });
    this.freshness();
  }

  /**
   * The one month the sheet holds, for a part with a single month field and no column for it (the engine's `period`
   * parameter, `--param period=2016-05` in the CLI); empty text removes it. Saved with the run's parameters.
   */
  setPeriod(raw: string): void {
    this.set({ params: withParam(this.state.params, PERIOD_PARAM, raw), validation: null });
    this.remap();
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

  /**
   * The sheet of a joined table chosen by hand (null: found by its headers again). The sheet is read when it was not
   * read yet; the table is put together again and the choice is saved with the next run.
   */
  async chooseTableSheet(tableId: string, sheet: string | null): Promise<void> {
    this.set({ tableSheets: withTableSheet(this.state.tableSheets, tableId, sheet), validation: null, error: null, errorAt: null });
    await this.guardAsync(async () => {
      if (this.relocate()) await this.readOthers();
    }, "data");
  }

  /**
   * Locates the table on the main sheet read and puts it together with the other sheets read. Returns true, leaving
   * the table unset, when the part needs sheets that were not read (the scheme or a table's sheet changed after the
   * read): the caller reads them (readOthers) and locates again. `complete`: use what was read, never ask for more.
   */
  private relocate(complete = false): boolean {
    const { scheme, snapshot, partId, sheetNames, others, tableSheets } = this.state;
    if (!scheme || !snapshot) {
      this.set({ table: null, mapping: null, tables: [] });
      return false;
    }
    const main = locateTable(scheme, snapshot, partId ?? undefined);
    if (!complete && main.part.tables?.length) {
      const held = new Set(others.map((o) => o.sheet));
      if (!sheetNames || sheetsToRead(scheme, main, sheetNames, tableSheets).some((n) => !held.has(n))) {
        this.set({ table: null, mapping: null, tables: [] });
        return true;
      }
    }
    let table: DataTable;
    try {
      table = assembled(scheme, main, others, tableSheets);
    } catch (e) {
      // the choices of sheets stay on show, so that a sheet chosen by hand that holds no such table can be changed
      this.set({ table: null, mapping: null, tables: unassembledRows(scheme, main, sheetNames, others, tableSheets, this.state.lang) });
      throw e;
    }
    this.set({ table });
    this.remap();
    return false;
  }

  /** Locates the table, then reads the other sheets its part needs when some were not read, and locates again. */
  private locate(): void {
    if (this.relocate()) void this.guardAsync(() => this.readOthers(), "data");
  }

  /** Lists the workbook's sheets (when not listed yet), reads the ones the part needs that were not read, and locates. */
  private async readOthers(): Promise<void> {
    const { scheme, snapshot, partId, tableSheets } = this.state;
    if (!scheme || !snapshot) return;
    this.set({ busy: "read", progress: null });
    const sheetNames = this.state.sheetNames ?? (await this.port.listSheets()).sheets;
    const held = new Set(this.state.others.map((o) => o.sheet));
    const missing = sheetsToRead(scheme, locateTable(scheme, snapshot, partId ?? undefined), sheetNames, tableSheets).filter((n) => !held.has(n));
    const read = missing.length ? await this.port.readSheets(missing, this.onProgress) : [];
    this.set({ sheetNames, others: [...this.state.others, ...read], busy: null, progress: null });
    this.relocate(true);
  }

  private remap(): void {
    const { table, overrides, lang, assume, sheetNames, others, tableSheets, params } = this.state;
    const period = typeof params[PERIOD_PARAM] === "string" ? (params[PERIOD_PARAM] as string) : undefined;
    this.set({
      mapping: table ? mappingView(table, overrides, lang, assume, period) : null,
      // without a table (putting it together failed) the choices shown stay, to be changed
      tables: table ? tableSheetRows(table, sheetNames, others, tableSheets, lang) : this.state.tables,
    });
    this.freshness();
  }

  /**
   * Compares the stamps of the results in the workbook with the rules and the data the pane holds now (called after
   * every read, every change of scheme or parameter, and after each fill and statements): `stale` says which changed.
   */
  private freshness(): void {
    if (this.deferFreshness) return;
    const { scheme, table, params, stamps, overrides, assume } = this.state;
    const concerned = !!table && (stamps.fill?.sheet === table.sheet || stamps.statements?.sheet === table.sheet);
    const next = scheme && table && concerned ? staleness(stamps, { sheet: table.sheet, rules: this.hashes.rules(scheme, params, overrides, assume), data: this.hashes.data(table) }) : null;
    if (!sameStaleness(next, this.state.stale)) this.set({ stale: next });
  }

  private onProgress = (p: Progress): void => {
    this.set({ progress: p });
  };

  /** "Read the active sheet": the active sheet is the main one; the other sheets the part needs are read with it. */
  async readData(): Promise<void> {
    await this.guardAsync(() => this.read(false), "data");
  }

  /** The data as it is now, read again as Validate and Fill read it (what-if compares from here). */
  async refresh(): Promise<void> {
    await this.guardAsync(() => this.read(true), "data");
  }

  /**
   * When the workbook is opened with results Jili wrote (a saved run with stamps): reads the sheet they were computed
   * from, by name (whichever sheet is active), so the pane can say at once whether the data or the rules changed.
   */
  async open(): Promise<void> {
    const { saved, scheme, stamps } = this.state;
    const sheet = stamps.fill?.sheet ?? stamps.statements?.sheet;
    if (!saved || !scheme || !sheet) return;
    await this.guardAsync(async () => {
      const list = await this.port.listSheets();
      // the sheet is gone (renamed, deleted): there is nothing to compare the results with
      if (list.sheets.includes(sheet)) await this.read(true, sheet, list);
    }, "data");
  }

  /**
   * Reads the data as it is now: every validation, fill and what-if starts here, so none checks old data. The active
   * sheet is the main one, with every other sheet the part's joined tables need (all of them are read again). `again`
   * (Validate, Fill, What-if): when the active sheet is a joined table's sheet of the last read — an issue's cell was
   * selected there — the main sheet of that read is read again, by name. `named`: this sheet is the main one, read by
   * name whichever sheet is active (opening the workbook, Refresh all: the sheet the results were computed from).
   */
  private async read(again: boolean, named?: string, listed?: SheetList): Promise<void> {
    this.set({ busy: "read", progress: null, error: null, errorAt: null });
    const { scheme, partId, tableSheets, table: before } = this.state;
    const apart = !!scheme && keepsTablesApart(scheme);
    const list: SheetList | null = listed ?? (apart || named ? await this.port.listSheets() : null);
    const main = named ?? before?.sheet;
    let snapshot: SheetSnapshot | undefined;
    const byName = named !== undefined || (again && apart && usedSheets(before).includes(list?.active ?? ""));
    if (byName && list && main && list.active !== main && list.sheets.includes(main)) {
      [snapshot] = await this.port.readSheets([main], this.onProgress);
    }
    snapshot ??= await this.port.readActiveSheet(this.onProgress);
    this.set({ snapshot, others: [], sheetNames: apart && list ? list.sheets : null, validation: null, marked: null });
    if (apart && list && scheme) {
      const names = sheetsToRead(scheme, locateTable(scheme, snapshot, partId ?? undefined), list.sheets, tableSheets);
      if (names.length) this.set({ others: await this.port.readSheets(names, this.onProgress) });
    }
    this.set({ busy: null, progress: null });
    this.relocate(true);
  }

  private savedRun(): SavedRun {
    const { scheme, schemeKey, schemeDocument, table, params, overrides, lang, saved, tableSheets } = this.state;
    const source: SavedRun["scheme"] =
      schemeKey === "saved" && saved ? saved.scheme : schemeDocument !== null && schemeDocument !== undefined ? { document: schemeDocument } : { preset: (scheme as SchemeDocument).id };
    const tables = Object.keys(tableSheets).length ? { tables: tableSheets } : {};
    return withStamps({ version: 1, scheme: source, part: table?.part.id, params, columns: overrides, ...tables, lang }, this.state.stamps);
  }

  /**
   * evaluates what the pane holds, off the pane's thread where it can (worker/); `stamped`: a run whose results are
   * written, stamped with the clock's time and a data hash; `cancel`: the token the Cancel button sets
   */
  private async evaluate(stamped = false, cancel?: { cancelled: boolean }) {
    const { scheme, table, params, overrides, lang, assume } = this.state;
    if (!scheme || !table) throw new PaneError("NO_DATA", { "zh-CN": "请先选择方案并读取数据", "en-US": "Choose a scheme and read the data first" });
    const options = { params, columns: overrides, assume, ...(stamped ? { stamp: { at: this.clock(), hashData: true } } : {}) };
    const onProgress = (done: number, total: number) => this.set({ progress: { phase: "compute", done, total } });
    return (await evaluateOffThread(scheme, table, options, lang, { cancel, onProgress })).run;
  }

  /** Reads the sheet again (the clerk may have corrected it), evaluates, lists the issues and marks the invalid cells. */
  async validate(): Promise<void> {
    await this.guardAsync(async () => {
      await this.read(true);
      this.set({ busy: "validate", error: null, errorAt: null, summary: null });
      const { result } = await this.evaluate();
      const validation = validationOf(result, this.state.lang, this.state.table!);
      this.issueSource = { result, table: this.state.table! };
      this.set({ validation, issuesDone: null, progress: { phase: "mark", done: 0, total: validation.marks.length } });
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
    this.refreshStatements = false;
    await this.runFill(options);
  }

  /**
   * "全部重新计算 / Refresh all": the fill again, from the sheet the results were computed from (whichever sheet is
   * active), asking as the Fill button asks; then the statements again when there were statements.
   */
  async refreshAll(): Promise<void> {
    const { stamps, table } = this.state;
    this.refreshStatements = !!stamps.statements;
    await this.runFill({ askOnInvalid: true }, stamps.fill?.sheet ?? stamps.statements?.sheet ?? table?.sheet);
  }

  /** The statements action writes the statements again when "Refresh all" asks for them (set by its controller). */
  onRefreshStatements(refresh: (() => Promise<void>) | null): void {
    this.statementsRefresher = refresh;
  }

  private async runFill(options: { askOnInvalid?: boolean }, named?: string): Promise<void> {
    await this.guardAsync(async () => {
      // the run hashes the data for its stamp: the comparison waits for that hash rather than hashing the table twice
      this.deferFreshness = true;
      try {
        await this.read(true, named);
      } finally {
        this.deferFreshness = false;
      }
      if (!this.state.table) return this.freshness();
      this.set({ busy: "fill", error: null, errorAt: null, summary: null, cancelledAt: null, stats: null, invalidPrompt: null });
      let evaluation: Awaited<ReturnType<PaneSession["evaluate"]>> | undefined;
      // Cancel stops the evaluation too (the worker is ended; the fallback stops at its next turn)
      const token = { cancelled: false };
      this.cancelToken = token;
      try {
        evaluation = await this.evaluate(true, token);
      } catch (e) {
        if (isCancelled(e)) return this.set({ busy: null, progress: null, cancelledAt: 0 });
        throw e;
      } finally {
        this.cancelToken = null;
        if (evaluation?.stamp.data) this.hashes.know(this.state.table, evaluation.stamp.data);
        this.freshness();
      }
      const { result, plan, stamp } = evaluation;
      this.pendingStamp = stamp;
      const { scheme, lang } = this.state;
      let totals: PersonTotalRun | null;
      try {
        totals = await this.personTotals(result);
      } catch (e) {
        if (isCancelled(e)) return this.set({ busy: null, progress: null, cancelledAt: 0 });
        throw e;
      }
      const personTotal = personTotalSummary(totals, scheme!);
      this.pendingFill = { ...buildFillRequest(this.state.table, plan, this.state.snapshot!, lang), ...(personTotal ? { personTotal: personTotalSheet(personTotal, lang) } : {}) };
      this.pendingSummary = { ...summaryOf(result, plan, this.state.table), personTotal };
      this.issueSource = { result, table: this.state.table };
      this.set({ validation: validationOf(result, this.state.lang, this.state.table), marked: null, issuesDone: null });
      const { invalid, pending } = plan.stats;
      // money over invalid rows is never silent: nothing is written until the clerk answers
      if (invalid > 0 && options.askOnInvalid) return this.set({ invalidPrompt: { invalid, pending }, busy: null, progress: null });
      await this.write(false);
    }, "run");
  }

  /**
   * Each person's total across the scheme's parts (scheme.personTotal), when the part filled is one of them: the
   * workbook's other sheets are read (Jili's own left out) and the engine runs each other part on the sheet whose
   * header names it, as `jili fill` does, by the pane's engine (in the worker, beside the evaluation it kept; Cancel
   * stops it as it stops the evaluation). Null for a scheme or part without one.
   */
  private async personTotals(result: EvaluationResult): Promise<PersonTotalRun | null> {
    const { scheme, table, snapshot, others, params, overrides, assume, lang } = this.state;
    if (!scheme?.personTotal || !table || !snapshot || !scheme.personTotal.from.some((c) => c.part === table.part.id)) return null;
    const held = [snapshot, ...others];
    const list = await this.port.listSheets();
    const names = list.sheets.filter((n) => !held.some((h) => h.sheet === n) && !isJiliSheet(n));
    const read = names.length ? await this.port.readSheets(names, this.onProgress) : [];
    const sheets = [...held, ...read].map((s) => ({ name: s.sheet, cells: s.cells }));
    const cancel = { cancelled: false };
    const onProgress = (done: number, total: number) => this.set({ progress: { phase: "compute", done, total } });
    this.cancelToken = cancel;
    try {
      return await personTotalsOffThread(scheme, { table, result, sheets }, { params, columns: overrides, assume }, lang, { cancel, onProgress });
    } finally {
      this.cancelToken = null;
    }
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
    this.refreshStatements = false;
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
    this.refreshStatements = false;
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
    if (outcome.status === "cancelled") {
      this.refreshStatements = false;
      return this.set({ busy: null, progress: null, cancelledAt: outcome.rowsWritten, stats: { ...outcome.stats, rows: outcome.rowsWritten } });
    }
    // the results now in the workbook were computed from this run: its stamp is saved with the run
    const stamps: RunStamps = this.pendingStamp ? { ...this.state.stamps, fill: this.pendingStamp } : this.state.stamps;
    this.set({ stamps });
    await this.port.saveRun(this.savedRun());
    this.set({ busy: null, progress: null, summary: this.pendingSummary, stats: { ...outcome.stats, rows: outcome.rows }, saved: this.savedRun() });
    this.freshness();
    if (this.refreshStatements) {
      this.refreshStatements = false;
      await this.statementsRefresher?.();
    }
  }

  /** The statements sheet was written from this run (its stamp is saved with the run, beside the fill's). */
  async recordStatements(stamp: RunStamp): Promise<void> {
    const stamps: RunStamps = { ...this.state.stamps, statements: stamp };
    this.set({ stamps });
    const saved = this.state.saved;
    if (saved) {
      const run = withStamps(saved, stamps);
      await this.port.saveRun(run);
      this.set({ saved: run });
    }
    this.freshness();
  }

  /** the workbook the pane works on (the removal actions use it too) */
  get workbook(): WorkbookPort {
    return this.port;
  }

  /**
   * Jili's output was removed: the result shown no longer stands in the workbook, nor do its stamps (`marksOnly`:
   * only the marks went).
   */
  async forgetOutput(marksOnly = false): Promise<void> {
    if (marksOnly) return this.set({ marked: null });
    this.set({ marked: null, summary: null, stats: null, stamps: {}, stale: null, filter: null });
    const saved = this.state.saved;
    if (saved?.stamps) {
      const run = withStamps(saved, {});
      await this.port.saveRun(run);
      this.set({ saved: run });
    }
  }

  /**
   * "筛选到这些行 / Filter to these rows": on the data sheet, only the rows of these groups of the issue list (every
   * group when none is named) stay visible; the other data rows are hidden (no cell changes). Rows listed on a joined
   * table's sheet are not on the data sheet: the result says how many.
   */
  async filterToIssues(groups?: readonly IssueGroup[]): Promise<void> {
    const { validation, table } = this.state;
    if (!validation || !table) return;
    const chosen = groups ?? validation.groups;
    await this.guardAsync(async () => {
      this.set({ busy: "filter", progress: null, issuesDone: null, error: null, errorAt: null });
      const keep = mainSheetRows(validation, chosen);
      // the header row is 0-based in the table; the data rows end with the sheet's (or its Excel table's) last row
      const headerRow = table.headerRow + 1;
      const snap = this.state.snapshot;
      const lastRow = Math.max(headerRow, snap ? (snap.table ? snap.table.bottom : snap.lastRow) : headerRow);
      const out = await this.port.filterRows({ sheet: table.sheet, headerRow, lastRow, keep }, this.onProgress);
      const { lang } = this.state;
      if (out.sheetProtected) return this.set({ busy: null, progress: null, issuesDone: t(lang, "filterProtected", { sheet: table.sheet }) });
      const elsewhere = otherSheetRows(chosen);
      const lines = [t(lang, "filterDone", { shown: out.shown, hidden: out.hidden, sheet: table.sheet })];
      if (elsewhere) lines.push(t(lang, "filterElsewhere", { count: elsewhere }));
      const record = this.port.activeFilter();
      this.set({ busy: null, progress: null, filter: record ? { sheet: record.sheet, hidden: out.hidden } : null, issuesDone: lines.join(" ") });
    }, "issues");
  }

  /** "取消筛选 / Clear filter": the rows Jili's filter hid are shown again (and only those). */
  async clearFilter(): Promise<void> {
    await this.guardAsync(async () => {
      this.set({ busy: "filter", progress: null, issuesDone: null, error: null, errorAt: null });
      const out = await this.port.clearFilter();
      this.set({ busy: null, progress: null, filter: null, issuesDone: t(this.state.lang, "filterCleared", { count: out.shown }) });
    }, "issues");
  }

  /** "导出问题清单 / Export issues": every issue of the list as a sheet of Jili's own, in the pane's language. */
  async exportIssues(): Promise<void> {
    const { validation, table } = this.state;
    if (!validation || !table) return;
    await this.guardAsync(async () => {
      this.set({ busy: "export", progress: null, issuesDone: null, error: null, errorAt: null });
      const sheetTable = issuesTable(validation, table.sheet, this.state.lang);
      const out = await this.port.writeIssues(sheetTable, this.onProgress);
      this.set({ busy: null, progress: null, issuesDone: t(this.state.lang, "exportDone", { count: sheetTable.rows.length, sheet: out.sheet }) });
    }, "issues");
  }

  /** Selects a cell of the main sheet, or of `sheet` for a row found only in a joined table (that sheet is activated). */
  async selectCell(address: string, sheet?: string | null): Promise<void> {
    const on = sheet ?? this.state.table?.sheet;
    if (!on) return;
    await this.guardAsync(() => this.port.selectCell(on, address), "run");
  }
}

/** The run with these stamps (none: without the key). */
function withStamps(run: SavedRun, stamps: RunStamps): SavedRun {
  const rest: SavedRun = { ...run };
  delete rest.stamps;
  return stamps.fill || stamps.statements ? { ...rest, stamps: { ...stamps } } : rest;
}
