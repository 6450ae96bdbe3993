import { isOwnedHeader, type Lang } from "../../engine";
import { fromOfficeError, PaneError } from "../../excel/errors";
import type { OutputInventory, OwnedColumn, RemovalPlan, WorkbookPort } from "../../excel/port";
import { t } from "../i18n";
import type { PaneSession } from "./session";

/** What "Remove Jili output" would remove, said before it is done. */
export interface RemovalPreview {
  plan: RemovalPlan;
  columns: number;
  sheets: string[];
  marks: number;
  /** rows Jili's filter hid, shown again */
  filtered?: number;
}

/** Jili's columns (headers starting with `Jili·`, the engine's rule) on each sheet, each at its first such header. */
export function ownedColumns(inv: OutputInventory): OwnedColumn[] {
  const out: OwnedColumn[] = [];
  for (const sheet of inv.sheets) {
    const seen = new Set<number>();
    sheet.top.forEach((line, r) =>
      line.forEach((v, col) => {
        if (!seen.has(col) && isOwnedHeader(v)) {
          seen.add(col);
          out.push({ sheet: sheet.name, col, headerRow: r + 1 });
        }
      }),
    );
  }
  return out;
}

export function planRemoval(inv: OutputInventory): RemovalPreview {
  const columns = ownedColumns(inv);
  const marks = inv.marks.reduce((n, m) => n + m.cells, 0);
  const filtered = inv.filter?.rows ?? 0;
  return {
    plan: { columns, sheets: inv.recorded.map((r) => r.kind), marks: inv.marks.length > 0, ...(inv.filter ? { filter: true } : {}) },
    columns: columns.length,
    sheets: inv.recorded.map((r) => r.sheet),
    marks,
    ...(filtered ? { filtered } : {}),
  };
}

/** The plain words for a preview: "3 列、工作表「Jili汇总」、12 处校验标记". */
export function describeRemoval(p: Pick<RemovalPreview, "columns" | "sheets" | "marks" | "filtered">, lang: Lang): string {
  const parts: string[] = [];
  if (p.columns) parts.push(t(lang, "removeColumns", { count: p.columns }));
  if (p.sheets.length) parts.push(t(lang, "removeSheets", { sheets: p.sheets.join(lang === "zh-CN" ? "」「" : ", ") }));
  if (p.marks) parts.push(t(lang, "removeMarks", { count: p.marks }));
  if (p.filtered) parts.push(t(lang, "removeFilter", { count: p.filtered }));
  return parts.join(lang === "zh-CN" ? "、" : "; ");
}

export interface RemovalState {
  busy: boolean;
  /** waiting for the clerk's answer */
  confirm: RemovalPreview | null;
  /** how the last action ended, in plain words */
  done: string | null;
  error: PaneError | null;
}

/**
 * "清除 Jili 结果 / Remove Jili output" and "清除校验标记 / Clear validation marks": asks the adapter what Jili wrote,
 * says it, and removes it after the clerk confirms. Its state is its own, like the statements action's.
 */
export class RemovalController {
  private state: RemovalState = { busy: false, confirm: null, done: null, error: null };
  private listeners = new Set<() => void>();

  constructor(
    private readonly session: PaneSession,
    private readonly port: WorkbookPort,
  ) {}

  getState = (): RemovalState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<RemovalState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private get lang(): Lang {
    return this.session.getState().lang;
  }

  private async act(action: () => Promise<void>): Promise<void> {
    this.set({ busy: true, done: null, error: null });
    try {
      await action();
    } catch (e) {
      this.set({ confirm: null, error: e instanceof PaneError ? e : fromOfficeError(e) });
    } finally {
      this.set({ busy: false });
    }
  }

  /** Finds what Jili wrote and asks; when there is nothing, says so and asks nothing. */
  async prepare(): Promise<void> {
    await this.act(async () => {
      const preview = planRemoval(await this.port.inventoryOutput());
      if (!preview.columns && !preview.sheets.length && !preview.marks && !preview.filtered) return this.set({ done: t(this.lang, "removeNothing") });
      this.set({ confirm: preview });
    });
  }

  decline(): void {
    this.set({ confirm: null });
  }

  async confirm(): Promise<void> {
    const preview = this.state.confirm;
    if (!preview) return;
    await this.act(async () => {
      this.set({ confirm: null });
      const out = await this.port.removeOutput(preview.plan);
      await this.session.forgetOutput();
      this.set({ done: t(this.lang, "removeDone", { what: describeRemoval({ columns: out.columns, sheets: out.sheets, marks: out.marks, filtered: out.filtered }, this.lang) || t(this.lang, "removeNothingLeft") }) });
    });
  }

  async clearMarks(): Promise<void> {
    await this.act(async () => {
      const out = await this.port.clearMarks();
      await this.session.forgetOutput(true);
      const lines = [out.cleared ? t(this.lang, "marksCleared", { count: out.cleared }) : t(this.lang, "marksNone")];
      if (out.protectedSheets.length) lines.push(t(this.lang, "marksProtected", { sheets: out.protectedSheets.join(", ") }));
      this.set({ done: lines.join(" ") });
    });
  }

  dismiss(): void {
    this.set({ done: null, error: null });
  }
}

const controllers = new WeakMap<PaneSession, RemovalController>();

/** The session's removal actions, over the session's own workbook port. */
export function removalFor(session: PaneSession): RemovalController {
  let c = controllers.get(session);
  if (!c) {
    c = new RemovalController(session, session.workbook);
    controllers.set(session, c);
  }
  return c;
}
