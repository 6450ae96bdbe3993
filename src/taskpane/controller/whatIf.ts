import { compareGroups, Dec, formatPath, Lang, moneyText, SchemeDocument, SchemeError, Tunable, tunables, withTunable } from "../../engine";
import { fromOfficeError, PaneError } from "../../excel/errors";
import { evaluateOffThread } from "../worker/runs";
import type { PaneSession } from "./session";

/** One person (group) before and after, as the pane shows it. */
export interface WhatIfRow {
  key: string;
  before: string;
  after: string;
  delta: string;
  /** the total changed (the row is highlighted) */
  changed: boolean;
}

/** The comparison ready to draw: every text already formatted in the pane's language. */
export interface WhatIfView {
  /** the number changed: its label, old and new value */
  label: string;
  from: number;
  to: number;
  keyTitle: string;
  outputTitle: string;
  rows: WhatIfRow[];
  totalBefore: string;
  totalAfter: string;
  totalDelta: string;
  /** people whose total changed */
  changedCount: number;
}

export interface WhatIfState {
  tunableId: string | null;
  /** the new value as typed */
  valueText: string;
  busy: boolean;
  view: WhatIfView | null;
  /** the view was computed in this language (a language switch computes it again) */
  viewLang: Lang | null;
  /** the scheme with the number changed, waiting for Apply or Discard */
  candidate: SchemeDocument | null;
  /** after Apply: the label of the number changed and its new value */
  applied: { label: string; value: number } | null;
  error: PaneError | null;
}

const EMPTY: WhatIfState = { tunableId: null, valueText: "", busy: false, view: null, viewLang: null, candidate: null, applied: null, error: null };

/** A typed number: digits with an optional sign, decimals, thousands separators and full-width characters. */
export function parseValue(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, "");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function signed(n: number, scale: number): string {
  return n > 0 ? `+${moneyText(n, scale)}` : moneyText(n, scale);
}

function money(n: number | null, scale: number): string {
  return n === null ? "—" : moneyText(n, scale);
}

/**
 * What-if: one number of the active scheme (a tier rate, a lookup amount, a weight, a parameter) tried at another
 * value. "Compare" evaluates the current data twice, as a fill would, and shows each person's total before and after,
 * writing nothing to the workbook; "Apply" makes the changed scheme the active one; "Discard" forgets it.
 */
export class WhatIfController {
  private state: WhatIfState = EMPTY;
  private listeners = new Set<() => void>();
  private lastScheme: SchemeDocument | null;
  private cache: { scheme: SchemeDocument; lang: Lang; list: Tunable[] } | null = null;

  constructor(private readonly session: PaneSession) {
    this.lastScheme = session.getState().scheme;
    session.subscribe(() => this.onSession());
  }

  getState = (): WhatIfState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<WhatIfState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** another scheme: what was chosen for the old one no longer applies */
  private onSession(): void {
    const { scheme, lang } = this.session.getState();
    if (scheme === this.lastScheme) {
      // the comparison's texts are in the language it was made in: a switch asks for Compare again
      if (this.state.view && this.state.viewLang !== lang) this.set({ view: null, viewLang: null, candidate: null });
      return;
    }
    this.lastScheme = scheme;
    this.set(EMPTY);
  }

  /** The numbers of the active scheme that can be tried, labelled in the pane's language. */
  options(): Tunable[] {
    const { scheme, lang } = this.session.getState();
    if (!scheme) return [];
    if (this.cache?.scheme !== scheme || this.cache.lang !== lang) this.cache = { scheme, lang, list: tunables(scheme, lang) };
    return this.cache.list;
  }

  /** Chooses the number to change; the value field starts at its current value. */
  choose(id: string | null): void {
    const t = this.options().find((x) => x.id === id) ?? null;
    this.set({ tunableId: t?.id ?? null, valueText: t ? String(t.value) : "", view: null, viewLang: null, candidate: null, applied: null, error: null });
  }

  setValue(text: string): void {
    this.set({ valueText: text, view: null, viewLang: null, candidate: null, error: null });
  }

  dismissError(): void {
    this.set({ error: null });
  }

  /** 比较: evaluates the data with the scheme as it is and with the number changed; writes nothing to the workbook. */
  async compare(): Promise<void> {
    try {
      const tunable = this.options().find((x) => x.id === this.state.tunableId);
      if (!tunable) throw new PaneError("NO_DATA", { "zh-CN": "请先选择要修改的数值", "en-US": "Choose the number to change first" });
      const value = parseValue(this.state.valueText);
      if (value === null) {
        throw new PaneError("PARAM_PROBLEM", { "zh-CN": `「${this.state.valueText}」不是数字`, "en-US": `"${this.state.valueText}" is not a number` });
      }
      this.set({ busy: true, error: null, view: null, candidate: null, applied: null });
      // the sheet as it is now, as a fill would read it; a read error is shown here, at the action clicked
      await this.session.refresh();
      const err = this.session.getState().error;
      if (err) {
        this.session.dismissError();
        throw err;
      }
      const { scheme, table, params, overrides, assume, lang } = this.session.getState();
      if (!scheme || !table) throw new PaneError("NO_DATA", { "zh-CN": "请先选择方案并读取数据", "en-US": "Choose a scheme and read the data first" });
      let candidate: SchemeDocument;
      try {
        candidate = withTunable(scheme, tunable.id, value);
      } catch (e) {
        const lines = e instanceof SchemeError ? e.issues.map((i) => `${formatPath(i.path) || "(root)"}: ${i.message}`) : [(e as Error).message];
        throw new PaneError("SCHEME_INVALID", { "zh-CN": `方案不接受 ${value} 作为「${tunable.label}」`, "en-US": `The scheme does not accept ${value} for ${tunable.label}` }, lines);
      }
      // both runs by the pane's engine (a worker where there is one): a large sheet does not freeze the pane
      const inputs = { params, columns: overrides, assume };
      const before = (await evaluateOffThread(scheme, table, inputs, lang)).run.result;
      const after = (await evaluateOffThread(candidate, table, inputs, lang)).run.result;
      const view = this.view(compareGroups(before, after, lang), tunable, value, scheme.rounding.scale, lang);
      this.set({ busy: false, view, viewLang: lang, candidate });
    } catch (e) {
      this.set({ busy: false, error: e instanceof PaneError ? e : fromOfficeError(e) });
    }
  }

  private view(cmp: ReturnType<typeof compareGroups>, tunable: Tunable, value: number, scale: number, lang: Lang): WhatIfView {
    if (!cmp) {
      throw new PaneError("NO_DATA", {
        "zh-CN": "此方案（数据表）没有按人的金额合计，无法比较",
        "en-US": "This scheme (part) has no money total per person to compare",
      });
    }
    const rows = cmp.rows.map((r) => ({
      key: r.key.join(" · "),
      before: money(r.before, scale),
      after: money(r.after, scale),
      delta: r.delta === null ? "—" : signed(r.delta, scale),
      changed: r.delta === null ? r.before !== r.after : r.delta !== 0,
    }));
    const totalDelta = new Dec(String(cmp.totalAfter)).minus(new Dec(String(cmp.totalBefore))).toNumber();
    return {
      label: tunable.label,
      from: tunable.value,
      to: value,
      keyTitle: cmp.keyTitles.join(" · ") || (lang === "zh-CN" ? "人员" : "Person"),
      outputTitle: cmp.output.title,
      rows,
      totalBefore: moneyText(cmp.totalBefore, scale),
      totalAfter: moneyText(cmp.totalAfter, scale),
      totalDelta: signed(totalDelta, scale),
      changedCount: rows.filter((r) => r.changed).length,
    };
  }

  /** 采用: the changed scheme becomes the active scheme (then Validate / Fill as usual). */
  apply(): void {
    const { candidate, view } = this.state;
    if (!candidate || !view) return;
    this.session.useSchemeDocument(candidate, { kind: "whatIf", label: view.label, value: String(view.to) });
    this.set({ ...EMPTY, applied: { label: view.label, value: view.to } });
  }

  /** 取消: forgets the change; the active scheme stays as it was. */
  discard(): void {
    this.set({ view: null, viewLang: null, candidate: null, error: null });
  }
}

const controllers = new WeakMap<PaneSession, WhatIfController>();

/** The session's what-if panel state. */
export function whatIfFor(session: PaneSession): WhatIfController {
  let c = controllers.get(session);
  if (!c) controllers.set(session, (c = new WhatIfController(session)));
  return c;
}
