import { BilingualText, loadScheme, RawCell, readStructure, RULES_FORMAT, rulesBookToScheme, rulesSheetToScheme, schemeToRulesBook } from "../../engine";
import { fromOfficeError, PaneError } from "../../excel/errors";
import { officeRules, RulesPort } from "../../excel/rulesSheet";
import type { PaneSession } from "./session";

export interface RulesProblemView {
  code: string;
  /** A1 address in the rules sheet */
  address: string;
  message: BilingualText;
}

export interface RulesState {
  busy: "write" | "read" | null;
  /** the last "Edit rules": where the rules were written */
  written: { sheet: string; renamed: boolean; rows: number } | null;
  /** the last "Use rules sheet" that succeeded: the scheme now active */
  applied: { sheet: string; title: BilingualText } | null;
  /** the last "Use rules sheet" that failed: every problem (nothing of the sheet was applied) */
  problems: { sheet: string; list: RulesProblemView[] } | null;
  /** the last export: a file downloaded or the JSON copied */
  exported: { how: "download" | "copy"; fileName: string } | null;
  /**
   * The rules sheet this pane wrote or used no longer holds the rules in force (a what-if value applied, another
   * scheme chosen or loaded): said in the pane, with 重写规则表 to write the rules in force into it.
   */
  outOfDate: { sheet: string } | null;
  error: PaneError | null;
}

/** Browser effects of the export, injected so tests can see what was downloaded or copied. */
export interface ExportDeps {
  download(fileName: string, text: string): void;
  copy(text: string): Promise<void>;
}

/** Blob + object URL + <a download>. Some Excel desktop webviews ignore it: "Copy JSON" is the fallback. */
export const browserExport: ExportDeps = {
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  async copy(text) {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
    throw new PaneError("EXCEL_API", { "zh-CN": "此环境不允许写入剪贴板", "en-US": "This host does not allow writing to the clipboard" });
  },
};

/** The scheme document of the active scheme as a .json file: the document loaded, or the preset's. */
export function schemeJson(session: PaneSession): { fileName: string; text: string } {
  const st = session.getState();
  if (!st.scheme) throw new PaneError("NO_DATA", { "zh-CN": "请先选择方案", "en-US": "Choose a scheme first" });
  const doc = st.schemeDocument ?? st.scheme;
  const safe = st.scheme.id.replace(/[^\w.-]+/g, "_") || "scheme";
  return { fileName: `${safe}.json`, text: `${JSON.stringify(doc, null, 2)}\n` };
}

/** A rules sheet in the first layout: its first cell is the jili-rules/1 marker. */
function isOldLayout(cells: RawCell[][]): boolean {
  const first = cells.find((r) => r.some((c) => c !== null && String(c).trim() !== ""));
  return !!first && String(first[0] ?? "").trim() === RULES_FORMAT;
}

const NO_SHEET = () =>
  new PaneError("NO_DATA", {
    "zh-CN": "工作簿中没有规则表。请先点击「编辑规则」。",
    "en-US": "The workbook has no rules sheet. Click Edit rules first.",
  });

/**
 * The pane's rules actions. "Edit rules" writes the active scheme as Jili's rules sheet (规则); "Use rules sheet"
 * reads it back and, when the whole sheet reads, makes it the active scheme (saved in the workbook with the next
 * run) — otherwise every problem is listed with its cell and nothing is applied. "Export" gives the scheme as JSON.
 * Its state is its own; the session is changed only through useSchemeDocument.
 */
export class RulesController {
  private state: RulesState = { busy: null, written: null, applied: null, problems: null, exported: null, outOfDate: null, error: null };
  /** the rules Jili's rules sheet holds, as far as this pane knows (written by Edit rules or read by Use rules sheet) */
  private sheetHolds: { sheet: string; scheme: unknown } | null = null;
  /** what a rules sheet written before this pane opened holds (its structure sheet's scheme, as JSON) */
  private recalled: { sheet: string; json: string } | null = null;
  private listeners = new Set<() => void>();
  private lastScheme: unknown;

  constructor(
    private readonly session: PaneSession,
    private readonly port: RulesPort | null,
    private readonly exporter: ExportDeps = browserExport,
  ) {
    this.lastScheme = session.getState().scheme;
    if (port) void this.recall(port);
    session.subscribe(() => {
      const scheme = session.getState().scheme;
      if (scheme === this.lastScheme) return;
      this.lastScheme = scheme;
      // another scheme: the export note is stale (the written / applied notes still say what happened)
      if (this.state.exported) this.set({ exported: null });
      // one source of truth: the rules sheet that no longer holds the rules in force is said to be out of date
      const outOfDate = this.staleSheet(scheme);
      // (and 「已使用规则表」 no longer holds: another source is in force)
      if (outOfDate?.sheet !== this.state.outOfDate?.sheet) this.set(outOfDate ? { outOfDate, applied: null } : { outOfDate });
    });
  }

  /** The rules sheet that holds other rules than `scheme`, by this pane's own write or read, else by what it recalled. */
  private staleSheet(scheme: unknown): { sheet: string } | null {
    const held = this.sheetHolds;
    if (held) return scheme !== held.scheme ? { sheet: held.sheet } : null;
    const r = this.recalled;
    return r && scheme && JSON.stringify(scheme) !== r.json ? { sheet: r.sheet } : null;
  }

  /**
   * A rules sheet written in an earlier session (the workbook reopened): what its structure sheet holds is read once,
   * so that the pane can say the sheet is out of date when other rules are in force. A sheet that cannot be read is
   * left alone here (Use rules sheet reports it).
   */
  private async recall(port: RulesPort): Promise<void> {
    try {
      const read = await port.readRulesSheet();
      const found = read?.structure ? readStructure(read.structure) : null;
      if (!read || !found || found === "damaged" || this.sheetHolds) return;
      this.recalled = { sheet: read.sheet, json: JSON.stringify(loadScheme(found.document)) };
      const outOfDate = this.staleSheet(this.session.getState().scheme);
      if (outOfDate) this.set({ outOfDate });
    } catch {
      // not a rules sheet Jili can compare: nothing is said until the clerk uses or rewrites it
    }
  }

  /** false outside Excel (no adapter): the sheet buttons are disabled, export still works */
  get available(): boolean {
    return this.port !== null;
  }

  getState = (): RulesState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<RulesState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private fail(e: unknown): void {
    this.set({ busy: null, error: e instanceof PaneError ? e : fromOfficeError(e) });
  }

  dismissError(): void {
    this.set({ error: null });
  }

  private requirePort(): RulesPort {
    if (!this.port) throw new PaneError("EXCEL_API", { "zh-CN": "只能在 Excel 中使用规则表", "en-US": "The rules sheet works in Excel only" });
    return this.port;
  }

  /** 编辑规则: the active scheme into Jili's rules sheet, which is activated. */
  async editRules(): Promise<void> {
    try {
      const port = this.requirePort();
      const scheme = this.session.getState().scheme;
      if (!scheme) throw new PaneError("NO_DATA", { "zh-CN": "请先选择方案", "en-US": "Choose a scheme first" });
      this.set({ busy: "write", error: null, written: null, applied: null, problems: null });
      const outcome = await port.writeRulesBook(schemeToRulesBook(scheme, this.session.getState().lang));
      this.sheetHolds = { sheet: outcome.sheet, scheme };
      this.set({ busy: null, written: { sheet: outcome.sheet, renamed: outcome.renamed, rows: outcome.rows }, outOfDate: null });
    } catch (e) {
      this.fail(e);
    }
  }

  /** 使用规则表: the rules sheet read back; on success the active scheme, else every problem and nothing applied. */
  async useRulesSheet(): Promise<void> {
    try {
      const port = this.requirePort();
      this.set({ busy: "read", error: null, applied: null, problems: null });
      const read = await port.readRulesSheet();
      if (!read) throw NO_SHEET();
      // the clerk's layout is read against the structure sheet; a sheet in the first layout (jili-rules/1) as before
      const result = isOldLayout(read.cells) ? rulesSheetToScheme(read.cells) : rulesBookToScheme(read.cells, read.structure);
      if (!result.ok) {
        const list = result.problems.map((p) => ({ code: p.code, address: p.address, message: p.message }));
        return this.set({ busy: null, problems: { sheet: read.sheet, list } });
      }
      this.session.useSchemeDocument(result.document, { kind: "rulesSheet", sheet: read.sheet });
      const st = this.session.getState();
      // the session refused it (should not happen: the engine validated it): its error bar says why
      if (st.schemeDocument !== result.document) return this.set({ busy: null });
      // written again from the rules now in force: the sentences above the tables say the new numbers too
      const outcome = await port.writeRulesBook(schemeToRulesBook(st.scheme!, st.lang));
      this.sheetHolds = { sheet: outcome.sheet, scheme: st.scheme };
      this.set({ busy: null, applied: { sheet: outcome.sheet, title: result.scheme.title }, outOfDate: null });
    } catch (e) {
      this.fail(e);
    }
  }

  /**
   * 重写规则表: the rules in force (a what-if value applied, say) written into Jili's rules sheet, as Edit rules
   * writes them; the sheet is then the source in force, so the rules sheet and the pane agree again.
   */
  async rewriteRulesSheet(): Promise<void> {
    await this.editRules();
    const written = this.state.written;
    if (written && !this.state.error) this.session.rulesSheetHolds(written.sheet);
  }

  /** Selects a problem's cell in the rules sheet. */
  async selectProblem(address: string): Promise<void> {
    try {
      const sheet = this.state.problems?.sheet;
      if (sheet) await this.requirePort().selectCell(sheet, address);
    } catch (e) {
      this.fail(e);
    }
  }

  /** 导出方案 JSON: downloads the active scheme's document. */
  exportJson(): void {
    try {
      const { fileName, text } = schemeJson(this.session);
      this.exporter.download(fileName, text);
      this.set({ exported: { how: "download", fileName }, error: null });
    } catch (e) {
      this.fail(e);
    }
  }

  /** 复制 JSON: the fallback where the host blocks downloads. */
  async copyJson(): Promise<void> {
    try {
      const { fileName, text } = schemeJson(this.session);
      await this.exporter.copy(text);
      this.set({ exported: { how: "copy", fileName }, error: null });
    } catch (e) {
      this.fail(e);
    }
  }
}

const controllers = new WeakMap<PaneSession, RulesController>();

/** Gives the session's rules actions this adapter (tests, the preview); call before the rules panel shows. */
export function attachRules(session: PaneSession, port: RulesPort | null, exporter?: ExportDeps): RulesController {
  const c = new RulesController(session, port, exporter);
  controllers.set(session, c);
  return c;
}

/** The session's rules actions, over the Office adapter unless one was attached. */
export function rulesFor(session: PaneSession): RulesController {
  return controllers.get(session) ?? attachRules(session, officeRules());
}
