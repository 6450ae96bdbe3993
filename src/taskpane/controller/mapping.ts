import { ColumnOverrides, Lang, mapColumns, RawCell } from "../../engine";
import { colLetters } from "../../excel/address";
import type { DataTable } from "./locate";

/** A header of the sheet the user may pick for a field. */
export interface HeaderChoice {
  index: number;
  /** `C · 揽装人` */
  label: string;
  header: string;
}

export interface FieldRow {
  key: string;
  title: string;
  required: boolean;
  /** chosen column (0-based) or null when none */
  column: number | null;
  /** chosen by hand rather than by the header aliases */
  overridden: boolean;
}

export interface MappingView {
  fields: FieldRow[];
  choices: HeaderChoice[];
  /** titles of required fields without a column: nothing runs until they are mapped */
  missingRequired: string[];
  /** fields whose saved choice names a header that is not on the sheet any more */
  staleOverrides: string[];
}

const text = (c: RawCell) => (c === null || c === undefined ? "" : String(c).trim());

export function headerChoices(table: DataTable): HeaderChoice[] {
  const out: HeaderChoice[] = [];
  table.headers.forEach((h, i) => {
    const header = text(h);
    if (header) out.push({ index: i, header, label: `${colLetters(i)} · ${header}` });
  });
  return out;
}

/** The automatic mapping (titles and header aliases) with the user's overrides on top, as the engine will apply it. */
export function mappingView(table: DataTable, overrides: ColumnOverrides, lang: Lang): MappingView {
  const m = mapColumns(table.part, table.headers, { columns: overrides });
  const fields = table.part.fields.map((f) => ({
    key: f.key,
    title: f.title[lang],
    required: f.required && !f.ifColumnMissing,
    column: m.index.get(f.key) ?? null,
    overridden: overrides[f.key] !== undefined && !m.badOverrides.includes(f.key),
  }));
  const title = (key: string) => table.part.fields.find((f) => f.key === key)?.title[lang] ?? key;
  return { fields, choices: headerChoices(table), missingRequired: m.missingRequired.map(title), staleOverrides: m.badOverrides.map(title) };
}

/** Sets or clears one field's choice. Choices are kept as header text so next month's sheet may move columns. */
export function withOverride(overrides: ColumnOverrides, key: string, header: string | null): ColumnOverrides {
  const next = { ...overrides };
  if (header === null) delete next[key];
  else next[key] = header;
  return next;
}
