/**
 * What the builders share: the fields of the columns chosen, the exclusions from the conditions, and reading the
 * numbers of a small table. Each returns problems as values; a builder collects them all before giving up, so the
 * clerk sees every one at once.
 */
import type { BilingualText } from "../scheme/schema";
import { buildCondition } from "./condition";
import { ColumnNames } from "./columns";
import type { ColumnSlot, FormValues, TableColumn, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { numberText } from "./condition";

const same = (text: string): BilingualText => ({ "zh-CN": text, "en-US": text });

/** the header chosen for a slot, trimmed ("" = none) */
export function headerOf(values: FormValues, slot: string): string {
  return (values.columns[slot] ?? "").trim();
}

/** Registers the slots' columns; a required slot left empty is a problem. */
export function declareSlots(form: TemplateForm, values: FormValues, names: ColumnNames, problems: FormProblem[], needed: ReadonlySet<string> = new Set()): void {
  for (const slot of form.columns) {
    const header = headerOf(values, slot.key);
    if (header) names.declare(header, slot.key, slot.kind, slot.required || needed.has(slot.key));
    else if (slot.required || needed.has(slot.key)) problems.push(problem("COLUMN_MISSING", { kind: "column", slot: slot.key }, { what: slot.label }));
  }
}

/** A field for a column: titled with its header, so the engine finds it by the sheet's own words. */
export function fieldFor(header: string, key: string, kind: ColumnSlot["kind"], required: boolean, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { key, type: kind, title: same(header), ...(required ? { required: true } : {}), ...extra };
}

/** The slot fields in the form's order, then the columns met only in conditions (read as their use implies). */
export function fieldsOf(form: TemplateForm, values: FormValues, names: ColumnNames, between: Record<string, unknown>[] = []): Record<string, unknown>[] {
  const slots = form.columns.flatMap((slot) => {
    const header = headerOf(values, slot.key);
    if (slot.key === "staffId") {
      // always there, as in the presets: people are told apart by staff id when the sheet has one, else by name
      const absent = { absentMeans: { "zh-CN": "没有工号列时，按姓名识别人员", "en-US": "without a staff-id column, people are told apart by name" } };
      return [header ? fieldFor(header, slot.key, slot.kind, false, absent) : { key: "staffId", type: "text", title: { "zh-CN": "工号", "en-US": "Staff ID" }, headers: ["员工编号"], ...absent }];
    }
    if (!header) return [];
    return [fieldFor(header, slot.key, slot.kind, slot.required)];
  });
  const extra = names.conditionColumns().map((c) => fieldFor(c.header, c.key, c.kind, false));
  return [...slots, ...between, ...extra];
}

/** One exclusion per condition, in the form's order: rows where it holds are not counted. */
export function exclusionSteps(values: FormValues, names: ColumnNames, sheetHeaders: readonly string[] | null, problems: FormProblem[]): Record<string, unknown>[] {
  return values.conditions.flatMap((c, i) => {
    const built = buildCondition(c, i, names, sheetHeaders);
    if ("code" in built) {
      problems.push(built);
      return [];
    }
    const reason = c.reason?.trim();
    return [
      {
        name: `exclude${i + 1}`,
        kind: "rule",
        code: `EXCLUDED_${i + 1}`,
        status: "excluded",
        when: built.expr,
        message: reason ? same(reason) : { "zh-CN": `${built.said["zh-CN"]}：不计奖`, "en-US": `${built.said["en-US"]}: not counted` },
      },
    ];
  });
}

/** The filled rows of a table (fully blank rows are left out), each with its 1-based number in the form. */
export function filledRows(values: FormValues, table: string): { row: number; cells: string[] }[] {
  return (values.tables[table] ?? []).flatMap((cells, i) => (cells.some((c) => (c ?? "").trim()) ? [{ row: i + 1, cells: cells.map((c) => (c ?? "").trim()) }] : []));
}

/** A number cell of a table: its value, null when blank and allowed to be, or a problem. */
export function cellNumber(table: string, row: number, col: TableColumn, text: string, problems: FormProblem[]): number | null | undefined {
  const at = { kind: "table" as const, table, row, column: col.key };
  if (!text) {
    if (!col.optional) problems.push(problem("CELL_MISSING", at, { row, what: col.label }));
    return col.optional ? null : undefined;
  }
  const n = numberText(text);
  if (n === null) {
    problems.push(problem("NUMBER_INVALID", at, { row, what: col.label, value: text }));
    return undefined;
  }
  return Number(n);
}

/** the scheme's title: the clerk's, or the template's */
export function titleOf(form: TemplateForm, values: FormValues): BilingualText {
  const t = values.title?.trim();
  return t ? same(t) : form.title;
}

/** The answer to a choice of the form: the option given, the first when none; an answer not offered is a problem. */
export function choiceOf(form: TemplateForm, values: FormValues, key: string, problems: FormProblem[]): string {
  const spec = form.choices?.find((c) => c.key === key);
  if (!spec) throw new Error(`the form ${form.id} has no choice ${key}`);
  const given = values.choices?.[key];
  if (given === undefined || given === "") return spec.options[0].value;
  if (!spec.options.some((o) => o.value === given)) problems.push(problem("CHOICE_INVALID", { kind: "choice", key }, { what: spec.label, value: given }));
  return given;
}

const WHO = { name: "who", expr: "coalesce(staffId, person)", title: { "zh-CN": "人员", "en-US": "Person" } };

/**
 * The level the forms total on: per person and month when `month` gives the month (an expression over the fields),
 * else per person over the whole sheet (a campaign, a launch, a drive).
 */
export function personLevel(month: string | null): Record<string, unknown> {
  if (!month) return { id: "person", title: { "zh-CN": "人员", "en-US": "Person" }, period: "campaign", keys: [WHO] };
  return { id: "personMonth", title: { "zh-CN": "人员·月", "en-US": "Person-month" }, period: "month", keys: [WHO, { name: "month", expr: month, title: { "zh-CN": "月份", "en-US": "Month" } }] };
}

/** The scheme document around the form's one part: format, id, title, description, parameters and messages. */
export function formDocument(form: TemplateForm, values: FormValues, description: BilingualText, part: Record<string, unknown>, more: { params?: unknown[]; messages?: Record<string, BilingualText> } = {}): Record<string, unknown> {
  return {
    format: "jili-scheme/1",
    id: `my-${form.id}`,
    title: titleOf(form, values),
    description,
    params: more.params ?? [],
    parts: [{ id: "rows", ...part }],
    ...(more.messages ? { messages: more.messages } : {}),
  };
}
