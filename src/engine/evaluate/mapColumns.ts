import { isNeededField } from "../columns/fieldUse";
import { FieldDef, PartDef } from "../scheme/schema";
import { normalizeHeader } from "../values/normalizeText";
import { RawCell } from "../values/parseNumber";
import { ColumnOverrides } from "./table";

export interface ColumnMapping {
  /** field key → column index */
  index: Map<string, number>;
  /** field key → its derivation's source columns (in the order of `derive.sources`), for fields worked out from them */
  derived: Map<string, number[]>;
  /** fields given one value for the whole sheet (`assume`) */
  assumed: Set<string>;
  missingRequired: string[];
  missingOptional: string[];
  /** yes/no or category fields a step reads, with no column, no derivation, no default and no assumed value */
  needed: string[];
  /** overrides that named a column that is not there */
  badOverrides: string[];
  /** a combined header (`部门 / 岗位`) naming a field that also has a column of its own: which to read is not known */
  ambiguous: { field: string; columns: number[] }[];
  /** a field found by its header in two columns headed the same (两列「月份」): which to read is not known */
  duplicates: { field: string; columns: number[] }[];
}

/** How the fields' columns are found: manual choices and values assumed for the whole sheet. */
export interface MappingOptions {
  columns?: ColumnOverrides;
  /** field key → the value every row takes (the column absent) or blank cells take (the column present) */
  assume?: Record<string, RawCell>;
}

function withoutBrackets(s: string): string {
  return s.replace(/[(（][^)）]*[)）]/g, "");
}

/** A header that names two things in one column (`部门 / 岗位`, `部门、岗位`): its parts, else nothing. */
function combinedParts(norm: string): string[] {
  const parts = norm.split(/[/／、|｜]/).filter((p) => p !== "");
  return parts.length > 1 ? parts : [];
}

function spellings(f: { key?: string; title: FieldDef["title"]; headers: string[] }): string[] {
  return [f.title["zh-CN"], f.title["en-US"], ...(f.key ? [f.key] : []), ...f.headers];
}

/** The column named by a field's (or a derivation source's) spellings, as written or without bracketed units. */
function findColumn(norm: string[], bare: string[], names: string[], free: (i: number) => boolean): number {
  for (const [pass, clean] of [
    [norm, (s: string) => normalizeHeader(s)],
    [bare, (s: string) => withoutBrackets(normalizeHeader(s))],
  ] as const) {
    const wanted = names.map(clean);
    const col = pass.findIndex((h, i) => h !== "" && free(i) && wanted.includes(h));
    if (col >= 0) return col;
  }
  return -1;
}

/**
 * Finds each field's column by its titles and header aliases (C6-style normalisation: full-width, spaces and line
 * breaks, case; then without bracketed notes such as "(元)"); a combined header (`部门 / 岗位`) serves every field
 * one of its parts names. Overrides win. A field without a column is derived from its sources when they are there,
 * takes an assumed value when one is given, and is otherwise missing (required), needed (a step reads it) or optional.
 */
export function mapColumns(part: PartDef, headers: RawCell[], options: MappingOptions = {}): ColumnMapping {
  const { columns: overrides = {}, assume = {} } = options;
  const norm = headers.map((h) => (h === null || h === undefined ? "" : normalizeHeader(String(h))));
  const bare = norm.map(withoutBrackets);
  const taken = new Set<number>();
  const index = new Map<string, number>();
  const badOverrides: string[] = [];
  for (const f of part.fields) {
    const o = overrides[f.key];
    if (o === undefined) continue;
    const wanted = typeof o === "number" ? "" : normalizeHeader(o);
    const col = typeof o === "number" ? (o >= 0 && o < headers.length ? o : -1) : wanted === "" ? -1 : norm.indexOf(wanted);
    if (col < 0) badOverrides.push(f.key);
    else {
      index.set(f.key, col);
      taken.add(col);
    }
  }
  for (const f of part.fields) {
    if (index.has(f.key)) continue;
    const col = findColumn(norm, bare, spellings(f), (i) => !taken.has(i));
    if (col >= 0) {
      index.set(f.key, col);
      taken.add(col);
    }
  }
  const ambiguous = matchCombined(part, norm, index, taken);
  // a column chosen by hand is the user's decision; one found by its header must be the only one so headed
  const duplicates = [...index]
    .filter(([key]) => overrides[key] === undefined)
    .map(([key, col]) => ({ field: key, columns: [col, ...norm.flatMap((h, i) => (i !== col && h !== "" && h === norm[col] ? [i] : []))] }))
    .filter((d) => d.columns.length > 1);
  const derived = new Map<string, number[]>();
  for (const f of part.fields) {
    if (index.has(f.key) || !f.derive) continue;
    const cols = f.derive.sources.map((s) => findColumn(norm, bare, spellings(s), () => true));
    if (cols.every((c) => c >= 0)) derived.set(f.key, cols);
  }
  const assumed = new Set(part.fields.filter((f) => f.key in assume).map((f) => f.key));
  const absent = part.fields.filter((f) => !index.has(f.key) && !derived.has(f.key) && !assumed.has(f.key));
  const isMissingRequired = (f: FieldDef) => f.required && !f.ifColumnMissing;
  return {
    index,
    derived,
    assumed,
    missingRequired: absent.filter(isMissingRequired).map((f) => f.key),
    missingOptional: absent.filter((f) => !isMissingRequired(f)).map((f) => f.key),
    needed: absent.filter((f) => !isMissingRequired(f) && isNeededField(part, f.key)).map((f) => f.key),
    badOverrides,
    ambiguous,
    duplicates,
  };
}

/**
 * Columns under a combined header serve every unmatched field one of its parts names (they may share it): a cell
 * holds a department or a post, and each rule checks it against its own list. Only for categories and texts: two
 * numbers never share a cell (`间数/夜数` is not one value for both). A part naming a field that has a column of its
 * own is ambiguous, and said so.
 */
function matchCombined(part: PartDef, norm: string[], index: Map<string, number>, taken: Set<number>): { field: string; columns: number[] }[] {
  const ambiguous: { field: string; columns: number[] }[] = [];
  norm.forEach((h, col) => {
    if (taken.has(col)) return;
    const parts = combinedParts(h);
    if (!parts.length) return;
    for (const f of part.fields) {
      if (f.type !== "category" && f.type !== "text") continue;
      const names = spellings(f).map((s) => normalizeHeader(s));
      const bareNames = names.map(withoutBrackets);
      if (!parts.some((p) => names.includes(p) || bareNames.includes(withoutBrackets(p)))) continue;
      const own = index.get(f.key);
      if (own === undefined) index.set(f.key, col);
      else if (own !== col) ambiguous.push({ field: f.key, columns: [own, col] });
    }
  });
  return ambiguous;
}
