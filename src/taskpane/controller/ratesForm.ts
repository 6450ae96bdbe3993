import { applyRates, Dec, numberLabel, ratesModel, type BilingualText, type ColumnKind, type Lang, type RateCell, type RatesModel, type RatesProblem, type SchemeDocument } from "../../engine";
import { t } from "../i18n";
import type { PaneSession } from "./session";

/** One row of the form: its cells as the clerk typed them, and the model row it came from (null: added here). */
interface DraftRow {
  cells: RateCell[];
  from: number | null;
}

interface DraftTable {
  rows: DraftRow[];
  /** a cell was typed in, or a row added or removed: the table is sent on Apply */
  changed: boolean;
}

export interface RatesFormState {
  /** the form is shown (folded at first: most days a clerk uses the rates, not changes them) */
  open: boolean;
  /** the scheme the form was drawn from and its model (in the language the form was drawn in) */
  scheme: SchemeDocument | null;
  model: RatesModel | null;
  /** [section][table] as the clerk has it now */
  draft: DraftTable[][];
  /**
   * The rows of each changed table as the engine reads the form now (null: it cannot yet): the cells Jili works out
   * (a tier's 从, a place) are shown from it, never worked out here.
   */
  preview: (RateCell[][] | null)[][];
  /** the last Apply that failed: every cell to correct (nothing was applied) */
  problems: RatesProblem[];
  /** the last Apply that succeeded: what changed, in both languages */
  applied: BilingualText | null;
}

/** One cell ready to draw. */
export interface RateCellView {
  text: string;
  kind: ColumnKind;
  /** a select's options (yes/no and choice); the first is "" when a blank is allowed or the cell is blank */
  options: { value: string; label: string }[];
  readOnly: boolean;
  /** typed in (or a new row) and not applied yet */
  changed: boolean;
  /** a number (shown right-aligned, as the sheet shows numbers) */
  numeric: boolean;
  /** the cell's name: for a number of the scheme, the words what-if uses (section · row · column) */
  label: string;
  /** shown greyed in a blank cell: what a blank means here (不封顶), 自动 for Jili's, 请选择 for a drop-down */
  placeholder: string;
  /** why Apply refused this cell, in the pane's language */
  problem: string | null;
}

export interface RateTableView {
  key: string;
  caption?: string;
  columns: { label: string; kind: ColumnKind }[];
  rows: RateCellView[][];
  growable: boolean;
  /** 「户数到」留空表示不封顶: what a blank cell means, per column that allows one */
  blanks: string[];
  /** problems of the table as a whole (rows missing, a rule across rows that no longer holds) */
  problems: string[];
  /** the table's name for the buttons' labels */
  name: string;
}

export interface RateSectionView {
  key: string;
  heading: string;
  sentence: string[];
  tables: RateTableView[];
}

export interface RatesFormView {
  sections: RateSectionView[];
  /** effective dates and versions, as the rules sheet's top lines */
  header: string[];
  changed: boolean;
  /** changes not yet applied keep the form in the language they were typed in */
  otherLang: boolean;
  /** every problem of the last Apply, said with its place */
  problems: { where: string; message: string; text: string }[];
}

const CLOSED: RatesFormState = { open: false, scheme: null, model: null, draft: [], preview: [], problems: [], applied: null };

const YES_NO: Record<Lang, string[]> = { "zh-CN": ["是", "否"], "en-US": ["yes", "no"] };

const isBlank = (v: RateCell | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A cell as the form shows it: a percentage as 5%, the way the rules sheet shows it (the engine reads 5% back). */
function shown(v: RateCell | undefined, kind: ColumnKind): string {
  if (isBlank(v)) return "";
  if (typeof v === "number" && kind === "percent") return `${new Dec(String(v)).times(100).toString()}%`;
  return String(v);
}

function draftOf(model: RatesModel): DraftTable[][] {
  return model.sections.map((s) => s.tables.map((tb) => ({ rows: tb.rows.map((cells, r) => ({ cells: [...cells], from: r })), changed: false })));
}

/**
 * 费率与档位: every number of the active scheme a clerk may change, as the rates model's tables (the 规则 sheet's
 * words), editable in the pane. Apply has the engine read the whole form (applyRates: all or nothing); when it holds
 * it becomes the pane's scheme through the same door as what-if's 采用 (useSchemeDocument), so the rules sheet is
 * said to be out of date and one scheme is saved in the workbook. Nothing is read or computed here.
 */
export class RatesFormController {
  private state: RatesFormState = CLOSED;
  private listeners = new Set<() => void>();
  private lastScheme: SchemeDocument | null;
  private lastLang: Lang;
  private cache: { state: RatesFormState; lang: Lang; view: RatesFormView } | null = null;

  constructor(private readonly session: PaneSession) {
    this.lastScheme = session.getState().scheme;
    this.lastLang = session.getState().lang;
    session.subscribe(() => this.onSession());
  }

  getState = (): RatesFormState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<RatesFormState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** another scheme (chosen, loaded, applied elsewhere): the form shows it; an untouched form follows the language */
  private onSession(): void {
    const { scheme, lang } = this.session.getState();
    if (scheme !== this.lastScheme) {
      this.lastScheme = scheme;
      this.lastLang = lang;
      this.set({ applied: null });
      if (this.state.open) this.load();
      return;
    }
    if (lang === this.lastLang) return;
    this.lastLang = lang;
    if (this.state.open && !this.changed()) this.load();
  }

  /** the form drawn again from the scheme in force, in the pane's language */
  private load(): void {
    const { scheme, lang } = this.session.getState();
    const model = scheme ? ratesModel(scheme, lang) : null;
    this.set({ scheme, model, draft: model ? draftOf(model) : [], preview: [], problems: [] });
  }

  private changed(): boolean {
    return this.state.draft.some((s) => s.some((tb) => tb.changed));
  }

  open(): void {
    this.set({ open: true });
    this.load();
  }

  /** 收起: folds the form (changes not applied are dropped: the scheme's values show when it opens again) */
  close(): void {
    this.set({ ...CLOSED, applied: this.state.applied });
  }

  /** 取消修改: back to the scheme's values */
  reset(): void {
    this.set({ applied: null });
    this.load();
  }

  setCell(section: number, table: number, row: number, col: number, text: string): void {
    this.edit(section, table, (rows) => rows.map((r, i) => (i === row ? { ...r, cells: r.cells.map((c, j) => (j === col ? text : c)) } : r)), (p) => !(p.row === row && p.col === col));
  }

  /** 添加一行: an empty row at the end of a growable table */
  addRow(section: number, table: number): void {
    const width = this.state.model?.sections[section]?.tables[table]?.columns.length ?? 0;
    this.edit(section, table, (rows) => [...rows, { cells: Array.from({ length: width }, () => null), from: null }], () => false);
  }

  removeRow(section: number, table: number, row: number): void {
    this.edit(section, table, (rows) => rows.filter((_, i) => i !== row), () => false);
  }

  /** changes one table; `keep` says which of its problems still stand (the rest were answered by the change) */
  private edit(section: number, table: number, change: (rows: DraftRow[]) => DraftRow[], keep: (p: RatesProblem) => boolean): void {
    const { draft, problems } = this.state;
    const tb = draft[section]?.[table];
    if (!tb) return;
    const next = draft.map((s, si) => (si !== section ? s : s.map((x, ti) => (ti !== table ? x : { rows: change(x.rows), changed: true }))));
    this.state = { ...this.state, draft: next, problems: problems.filter((p) => p.section !== section || p.table !== table || keep(p)), applied: null };
    this.set({ preview: this.previewOf() });
  }

  /** what Apply sends: the changed tables' rows; a cell Jili works out in a growable table goes blank (derived again) */
  private rowsToApply(): (RateCell[][] | undefined)[][] {
    const { model, draft } = this.state;
    return draft.map((s, si) =>
      s.map((tb, ti) => {
        if (!tb.changed) return undefined;
        const def = model!.sections[si].tables[ti];
        return tb.rows.map((r) => r.cells.map((v, c) => (def.growable && def.columns[c].kind === "fixed" ? null : v)));
      }),
    );
  }

  /**
   * The changed tables as the engine reads the form now: its worked-out cells are shown while the rows still line up
   * with the form's (same count, same keys in the same order). While a cell cannot be read yet (四十 typed), the last
   * reading that lines up stays on show (at first the scheme's own rows); with none, they wait for Apply.
   */
  private previewOf(): (RateCell[][] | null)[][] {
    const { model, scheme, draft, preview } = this.state;
    if (!model || !scheme) return [];
    const result = applyRates(scheme, model, this.rowsToApply());
    const after = result.ok ? ratesModel(result.scheme, model.lang) : null;
    return draft.map((s, si) =>
      s.map((tb, ti) => {
        const def = model.sections[si].tables[ti];
        if (!tb.changed) return null;
        const keyed = def.columns.flatMap((c, i) => (c.kind === "choice" || c.kind === "text" ? [i] : []));
        const lined = (rows: RateCell[][] | null | undefined) => !!rows && rows.length === tb.rows.length && rows.every((row, r) => keyed.every((c) => String(row[c] ?? "").trim() === String(tb.rows[r].cells[c] ?? "").trim()));
        const now = after?.sections.find((x) => x.id === model.sections[si].id)?.tables.find((x) => x.id === def.id)?.rows;
        if (after) return lined(now) ? now! : null;
        const before = preview[si]?.[ti] ?? def.rows;
        return lined(before) ? before : null;
      }),
    );
  }

  /**
   * 应用: the engine reads every changed table; when the whole form holds, the scheme it gives is the pane's scheme
   * (saved in the workbook with the next run); otherwise every problem is listed at its cell and nothing is applied.
   */
  apply(): void {
    const { model, scheme } = this.state;
    if (!model || !scheme || !this.changed()) return;
    const result = applyRates(scheme, model, this.rowsToApply());
    if (!result.ok) return this.set({ problems: result.problems, applied: null });
    const changes: BilingualText = { "zh-CN": changesText(scheme, result.scheme, "zh-CN"), "en-US": changesText(scheme, result.scheme, "en-US") };
    this.session.useSchemeDocument(result.scheme, { kind: "rates", changes });
    // the session refused it (its error bar says why): the form keeps the clerk's changes
    if (this.session.getState().schemeDocument !== result.scheme) return;
    this.set({ applied: changes });
  }

  /** The form ready to draw, in the pane's language (headings and labels stay in the form's own language). */
  view(lang: Lang): RatesFormView | null {
    const st = this.state;
    if (!st.model) return null;
    if (this.cache?.state === st && this.cache.lang === lang) return this.cache.view;
    const view = buildView(st, st.model, lang);
    this.cache = { state: st, lang, view };
    return view;
  }
}

function problemsAt(problems: RatesProblem[], s: number, tb: number): RatesProblem[] {
  return problems.filter((p) => p.section === s && p.table === tb);
}

function buildView(st: RatesFormState, model: RatesModel, lang: Lang): RatesFormView {
  const all: RatesFormView["problems"] = [];
  const sections = model.sections.map((sec, si) => ({
    key: sec.id,
    heading: sec.heading,
    sentence: sec.sentence,
    tables: sec.tables.map((def, ti) => {
      const draft = st.draft[si][ti];
      const preview = st.preview[si]?.[ti] ?? null;
      const name = [sec.heading, def.caption].filter(Boolean).join(" · ");
      const found = problemsAt(st.problems, si, ti);
      const whole: string[] = [];
      for (const p of found) {
        if (p.row === null) whole.push(p.message[lang]);
        const where = p.row === null ? name : t(lang, "ratesCellAt", { table: name, row: p.row + 1, column: def.columns[p.col]?.label ?? "" });
        all.push({ where, message: p.message[lang], text: t(lang, "ratesProblemAt", { where, message: p.message[lang] }) });
      }
      const rows = draft.rows.map((row, r) =>
        def.columns.map((col, c): RateCellView => {
          const n = row.from === null ? undefined : def.numbers.find((x) => x.row === row.from && x.col === c);
          const label = n ? numberLabel(sec, def, n) : t(lang, "ratesCellAt", { table: name, row: r + 1, column: col.label });
          const mine = found.filter((p) => p.row === r && p.col === c).map((p) => p.message[lang]);
          const derived = col.kind === "fixed" && def.growable && draft.changed;
          const value = derived ? (preview ? preview[r][c] : null) : row.cells[c];
          const yesNo = YES_NO[model.lang];
          const listed = col.kind === "yesno" ? yesNo : col.kind === "choice" ? (col.choices ?? []) : [];
          const text = shown(value, col.kind);
          const options = listed.length ? [...(isBlank(text) || col.blank ? [{ value: "", label: col.blank ? t(lang, "ratesBlankOption", { meaning: col.blank }) : t(lang, "ratesChoose") }] : []), ...(text && !listed.includes(text) ? [text] : []).map((v) => ({ value: v, label: v })), ...listed.map((v) => ({ value: v, label: v }))] : [];
          const numeric = col.kind === "number" || col.kind === "percent" || typeof value === "number" || (derived && !preview);
          const changed = col.kind !== "fixed" && (row.from === null || text !== shown(def.rows[row.from][c], col.kind));
          return { text, kind: col.kind, options, readOnly: col.kind === "fixed", changed, numeric, label, placeholder: derived && !preview ? t(lang, "ratesAuto") : (col.blank ?? (options.length ? t(lang, "ratesChoose") : "")), problem: mine.length ? mine.join(" ") : null };
        }),
      );
      // a problem at a row no longer in the form (removed since) is said with the table
      for (const p of found) if (p.row !== null && p.row >= draft.rows.length) whole.push(p.message[lang]);
      const blanks = def.columns.flatMap((c) => (c.blank && c.kind !== "fixed" ? [t(lang, "ratesBlankMeans", { column: c.label, meaning: c.blank })] : []));
      return { key: `${sec.id}/${def.id}`, caption: def.caption, columns: def.columns.map((c) => ({ label: c.label, kind: c.kind })), rows, growable: def.growable, blanks, problems: whole, name };
    }),
  }));
  // a finding the engine could not place in a table
  for (const p of st.problems) {
    if (!model.sections[p.section]?.tables[p.table]) all.push({ where: model.title, message: p.message[lang], text: t(lang, "ratesProblemAt", { where: model.title, message: p.message[lang] }) });
  }
  return { sections, header: model.header, changed: st.draft.some((s) => s.some((tb) => tb.changed)), otherLang: model.lang !== lang, problems: all };
}

/** What Apply changed, in words: each number changed with its label (40 → 50), a table's rows added or removed. */
function changesText(before: SchemeDocument, after: SchemeDocument, lang: Lang): string {
  const a = ratesModel(before, lang);
  const b = ratesModel(after, lang);
  const lines: string[] = [];
  for (const sec of a.sections) {
    const now = b.sections.find((x) => x.id === sec.id);
    for (const tb of sec.tables) {
      const other = now?.tables.find((x) => x.id === tb.id);
      const name = [sec.heading, tb.caption].filter(Boolean).join(" · ");
      if (!other || other.rows.length !== tb.rows.length) {
        lines.push(t(lang, "ratesRowsChanged", { table: name, from: tb.rows.length, to: other?.rows.length ?? 0 }));
        continue;
      }
      tb.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const w = other.rows[r][c];
          if (shown(v, tb.columns[c].kind) === shown(w, tb.columns[c].kind)) return;
          const n = tb.numbers.find((x) => x.row === r && x.col === c);
          const label = n ? numberLabel(sec, tb, n) : t(lang, "ratesCellAt", { table: name, row: r + 1, column: tb.columns[c].label });
          const say = (x: RateCell) => shown(x, tb.columns[c].kind) || t(lang, "ratesBlankValue");
          lines.push(`${label} ${say(v)} → ${say(w)}`);
        }),
      );
    }
  }
  const more = lines.length > 3 ? t(lang, "ratesMore", { count: lines.length - 3 }) : "";
  return lines.slice(0, 3).join(lang === "zh-CN" ? "；" : "; ") + more;
}

const controllers = new WeakMap<PaneSession, RatesFormController>();

/** The session's rates form. */
export function ratesFormFor(session: PaneSession): RatesFormController {
  let c = controllers.get(session);
  if (!c) controllers.set(session, (c = new RatesFormController(session)));
  return c;
}
