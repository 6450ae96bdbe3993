import { FieldDef, PartDef } from "../scheme/schema";
import { normalizeHeader } from "../values/normalizeText";
import { RawCell } from "../values/parseNumber";
import { ColumnOverrides } from "./table";

export interface ColumnMapping {
  /** field key → column index */
  index: Map<string, number>;
  missingRequired: string[];
  missingOptional: string[];
  /** overrides that named a column that is not there */
  badOverrides: string[];
}

function withoutBrackets(s: string): string {
  return s.replace(/[(（][^)）]*[)）]/g, "");
}

function spellings(f: FieldDef): string[] {
  return [f.title["zh-CN"], f.title["en-US"], f.key, ...f.headers];
}

/**
 * Finds each field's column by its titles and header aliases (C6-style normalisation: full-width, spaces,
 * case; then without bracketed notes such as "(元)"). Overrides win.
 */
export function mapColumns(part: PartDef, headers: RawCell[], overrides: ColumnOverrides = {}): ColumnMapping {
  const norm = headers.map((h) => (h === null || h === undefined ? "" : normalizeHeader(String(h))));
  const bare = norm.map(withoutBrackets);
  const taken = new Set<number>();
  const index = new Map<string, number>();
  const badOverrides: string[] = [];
  for (const f of part.fields) {
    const o = overrides[f.key];
    if (o === undefined) continue;
    const col = typeof o === "number" ? (o >= 0 && o < headers.length ? o : -1) : norm.indexOf(normalizeHeader(o));
    if (col < 0) badOverrides.push(f.key);
    else {
      index.set(f.key, col);
      taken.add(col);
    }
  }
  for (const pass of [norm, bare]) {
    for (const f of part.fields) {
      if (index.has(f.key)) continue;
      const wanted = spellings(f).map((s) => (pass === bare ? withoutBrackets(normalizeHeader(s)) : normalizeHeader(s)));
      const col = pass.findIndex((h, i) => h !== "" && !taken.has(i) && wanted.includes(h));
      if (col >= 0) {
        index.set(f.key, col);
        taken.add(col);
      }
    }
  }
  const missingRequired = part.fields.filter((f) => !index.has(f.key) && f.required && !f.ifColumnMissing).map((f) => f.key);
  const missingOptional = part.fields.filter((f) => !index.has(f.key) && !(f.required && !f.ifColumnMissing)).map((f) => f.key);
  return { index, missingRequired, missingOptional, badOverrides };
}
