import { buildFromForm, checkConditionText, sheetHeaders, startValues, templateForm, TEMPLATE_FORMS, type BilingualText, type ConditionValue, type FormProblem, type FormValues, type TemplateForm } from "../../engine";
import type { PaneSession } from "./session";

export interface NewSchemeState {
  /** the form is shown (the section starts folded: most days a clerk uses a scheme, not makes one) */
  open: boolean;
  form: TemplateForm | null;
  values: FormValues | null;
  /** the data sheet's headers, when the pane has read a sheet; null: headers are typed */
  headers: string[] | null;
  /** the sheet those headers come from */
  sheet: string | null;
  /** each typed condition's problems as it is typed (by the condition's index) */
  live: Record<number, FormProblem[]>;
  /** each condition typed in a table's cell (a fine's breach), its problems as it is typed, by "table:row:column" (row 1-based) */
  liveCells: Record<string, FormProblem[]>;
  /** the last "Build": what stopped it */
  problems: FormProblem[];
  /** the last "Build" that worked: the scheme's title */
  built: BilingualText | null;
}

/** the headers of what the pane has read: the located table's, else the best header row of the raw sheet */
function headersOf(session: PaneSession): { headers: string[] | null; sheet: string | null } {
  const { table, snapshot } = session.getState();
  if (table) return { headers: [...new Set(table.headers.flatMap((h) => (typeof h === "string" && h.trim() ? [h.trim()] : [])))], sheet: table.sheet };
  if (snapshot) return { headers: sheetHeaders(snapshot.cells), sheet: snapshot.sheet };
  return { headers: null, sheet: null };
}

const sameList = (a: string[] | null, b: string[] | null) => a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * 新建方案: the form of a template (engine/templates), its values as the clerk types them, and "Build", which has the
 * engine build and check the scheme and, when it passes, makes it the pane's scheme (saved in the workbook with the
 * next run, as a loaded file is). Nothing is computed here: the engine builds, checks and says what is wrong.
 */
export class NewSchemeController {
  private state: NewSchemeState = { open: false, form: null, values: null, headers: null, sheet: null, live: {}, liveCells: {}, problems: [], built: null };
  private listeners = new Set<() => void>();

  constructor(private readonly session: PaneSession) {
    this.syncHeaders();
    // the sheet may be read after the form opened: its headers fill the lists then
    session.subscribe(() => this.syncHeaders());
  }

  readonly templates = TEMPLATE_FORMS;

  getState = (): NewSchemeState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<NewSchemeState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private syncHeaders(): void {
    const { headers, sheet } = headersOf(this.session);
    if (sameList(headers, this.state.headers) && sheet === this.state.sheet) return;
    const values = this.state.values && this.state.form && headers && !this.state.headers ? this.withUsualColumns(this.state.form, this.state.values, headers) : this.state.values;
    this.set({ headers, sheet, values });
    this.recheckAll();
  }

  /** slots still empty take the sheet's column with their usual header (a choice made already stays) */
  private withUsualColumns(form: TemplateForm, values: FormValues, headers: string[]): FormValues {
    const usual = startValues(form, headers).columns;
    const columns = { ...values.columns };
    for (const k of Object.keys(usual)) if (!columns[k]) columns[k] = usual[k];
    return { ...values, columns };
  }

  open(): void {
    this.set({ open: true, built: null });
    if (!this.state.form) this.chooseTemplate(TEMPLATE_FORMS[0].id);
  }

  close(): void {
    this.set({ open: false });
  }

  /** Reads the active sheet (as 读取当前工作表 does) so the columns can be chosen from its headers. */
  async readHeaders(): Promise<void> {
    await this.session.readData();
  }

  chooseTemplate(id: string): void {
    const form = templateForm(id) ?? null;
    this.set({ form, values: form ? startValues(form, this.state.headers) : null, live: {}, liveCells: {}, problems: [], built: null });
    this.recheckAll();
  }

  private edit(change: (v: FormValues) => FormValues): void {
    if (!this.state.values) return;
    this.set({ values: change(this.state.values), problems: [], built: null });
  }

  setTitle(title: string): void {
    this.edit((v) => ({ ...v, title }));
  }

  /** the answer to one of the form's fixed questions (what is ranked, how ties go …) */
  setChoice(key: string, value: string): void {
    this.edit((v) => ({ ...v, choices: { ...v.choices, [key]: value } }));
  }

  setColumn(slot: string, header: string): void {
    this.edit((v) => ({ ...v, columns: { ...v.columns, [slot]: header } }));
  }

  setCell(table: string, row: number, col: number, text: string): void {
    this.edit((v) => ({ ...v, tables: { ...v.tables, [table]: (v.tables[table] ?? []).map((r, i) => (i === row ? r.map((c, j) => (j === col ? text : c)) : r)) } }));
    if (this.state.form?.tables.find((t) => t.id === table)?.columns[col]?.kind === "condition") this.recheckAll();
  }

  addRow(table: string): void {
    const width = this.state.form?.tables.find((t) => t.id === table)?.columns.length ?? 0;
    this.edit((v) => ({ ...v, tables: { ...v.tables, [table]: [...(v.tables[table] ?? []), Array.from({ length: width }, () => "")] } }));
  }

  removeRow(table: string, row: number): void {
    this.edit((v) => ({ ...v, tables: { ...v.tables, [table]: (v.tables[table] ?? []).filter((_, i) => i !== row) } }));
    this.recheckAll();
  }

  addCondition(kind: ConditionValue["kind"]): void {
    const c: ConditionValue = kind === "pick" ? { kind: "pick", column: "", op: "yes", value: "" } : { kind: "text", text: "" };
    this.edit((v) => ({ ...v, conditions: [...v.conditions, c] }));
  }

  setCondition(index: number, c: ConditionValue): void {
    this.edit((v) => ({ ...v, conditions: v.conditions.map((x, i) => (i === index ? c : x)) }));
    this.recheckAll();
  }

  removeCondition(index: number): void {
    this.edit((v) => ({ ...v, conditions: v.conditions.filter((_, i) => i !== index) }));
    this.recheckAll();
  }

  /** the typed conditions checked as typed, by the engine's parser and compiler (an empty one is not yet an error) */
  private recheckAll(): void {
    const live: Record<number, FormProblem[]> = {};
    this.state.values?.conditions.forEach((c, i) => {
      if (c.kind === "text" && c.text.trim()) live[i] = checkConditionText(c.text, this.state.headers, i);
    });
    // the conditions typed in tables' cells, read by the same parser (an empty cell is not yet an error)
    const liveCells: Record<string, FormProblem[]> = {};
    for (const spec of this.state.form?.tables ?? []) {
      spec.columns.forEach((col, j) => {
        if (col.kind !== "condition") return;
        (this.state.values?.tables[spec.id] ?? []).forEach((cells, r) => {
          const text = cells[j] ?? "";
          if (text.trim()) liveCells[`${spec.id}:${r + 1}:${col.key}`] = checkConditionText(text, this.state.headers, r);
        });
      });
    }
    this.set({ live, liveCells });
  }

  /** Build: the engine builds and checks the scheme; when it passes it is the pane's scheme, from this template. */
  build(): void {
    const { form, values, headers } = this.state;
    if (!form || !values) return;
    const result = buildFromForm(form.id, values, headers);
    if (!result.ok) return this.set({ problems: result.problems, built: null });
    this.session.adoptNewScheme(result.document, { kind: "template", template: form.title });
    // the session says at the scheme step why it could not take it (never expected: the engine checked it)
    if (this.session.getState().schemeDocument !== result.document) return;
    this.set({ problems: [], built: result.scheme.title, open: false });
  }
}

const controllers = new WeakMap<PaneSession, NewSchemeController>();

/** The session's 新建方案 form (one per session). */
export function newSchemeFor(session: PaneSession): NewSchemeController {
  let c = controllers.get(session);
  if (!c) {
    c = new NewSchemeController(session);
    controllers.set(session, c);
  }
  return c;
}
