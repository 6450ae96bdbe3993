/**
 * Which unused columns look like a field: a header sharing the field's words (是否副卡 ~ 副卡标志), or values a
 * field of that kind holds — all yes/no for a yes/no field, the scheme's labels for a category, the field's own word
 * (副卡 in a column of 主卡/副卡 for 是否副卡). Only a proposal: nothing is mapped without the user's choice.
 */
import type { FieldDef } from "../scheme/schema";
import { parseBool } from "../values/parseBool";
import { normalizeCategory, normalizeHeader } from "../values/normalizeText";
import type { RawCell } from "../values/parseNumber";

/** Rows looked at for values: enough to tell a column's kind, few enough to be instant on any sheet. */
const SAMPLE_ROWS = 200;

/** The field's own word: its title without a yes/no question's 是否 / 是不是 and brackets. */
function coreWord(f: FieldDef): string {
  return normalizeHeader(f.title["zh-CN"]).replace(/^(是否|是不是)/, "").replace(/[(（][^)）]*[)）]/g, "");
}

function sampleOf(rows: RawCell[][], col: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < rows.length && out.length < SAMPLE_ROWS; r++) {
    const v = rows[r]?.[col];
    if (v !== null && v !== undefined && String(v).trim() !== "") out.push(normalizeCategory(String(v)));
  }
  return out;
}

function headerLooksLike(f: FieldDef, header: string): boolean {
  const h = normalizeHeader(header);
  const word = coreWord(f);
  return word.length >= 2 && h.length >= 2 && (h.includes(word) || word.includes(h));
}

function valuesLookLike(f: FieldDef, values: string[]): boolean {
  if (!values.length) return false;
  const word = coreWord(f);
  if (f.type === "bool") return values.every((v) => typeof parseBool(v) === "boolean") || (word.length >= 2 && values.some((v) => v.includes(word)));
  if (f.type === "category" && f.values?.length) {
    const labels = new Set(f.values.flatMap((v) => [v.value, ...(v.aliases ?? [])]).map((v) => normalizeCategory(v)));
    return values.filter((v) => labels.has(v)).length * 2 >= values.length;
  }
  return false;
}

/** A few proposals are help; a list of every yes/no column of a wide sheet is noise. */
const MOST_LOOKALIKES = 3;

/** The unused columns (0-based, from `candidates`) that look like the field, header matches first, three at most. */
export function lookalikeColumns(f: FieldDef, candidates: number[], headers: RawCell[], rows: RawCell[][]): number[] {
  const byHeader = candidates.filter((i) => headerLooksLike(f, String(headers[i] ?? "")));
  const byValues = candidates.filter((i) => !byHeader.includes(i) && valuesLookLike(f, sampleOf(rows, i)));
  return [...byHeader, ...byValues].slice(0, MOST_LOOKALIKES);
}
