import { evaluate, EvaluateOptions, EvaluationResult, GroupResult } from "../../src/engine";
import { getPreset } from "../../src/schemes";

export type RowObject = Record<string, string | number | boolean | null>;

/** Rows written as {header: cell} objects become a table; headers are the union of keys in first-seen order. */
export function tableOf(rows: RowObject[]): { headers: string[]; rows: (string | number | boolean | null)[][] } {
  const headers: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!headers.includes(k)) headers.push(k);
  return { headers, rows: rows.map((r) => headers.map((h) => (h in r ? r[h] : null))) };
}

/** Evaluates a preset on rows written with the sheet's own (Chinese) headers. */
export function runPreset(id: string, rows: RowObject[], options: EvaluateOptions = {}): EvaluationResult {
  const scheme = getPreset(id);
  if (!scheme) throw new Error(`no preset ${id}`);
  return evaluate(scheme, tableOf(rows), options);
}

/** The group whose key values include all the given ones. */
export function groupWhere(result: EvaluationResult, level: string, key: Record<string, string>): GroupResult {
  const g = result.groups(level).find((x) => Object.entries(key).every(([k, v]) => x.key[k] === v));
  if (!g) throw new Error(`no ${level} group ${JSON.stringify(key)}; have ${JSON.stringify(result.groups(level).map((x) => x.key))}`);
  return g;
}

/** Codes of a row's reasons, warnings or notes. */
export function codes(list: { code: string }[]): string[] {
  return list.map((r) => r.code);
}
