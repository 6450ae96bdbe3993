import { isMaskedParam, Lang, SchemeDocument } from "../../engine";

export interface ParamRow {
  key: string;
  title: string;
  /** the scheme's own value, shown as the input's value (marked as the default) while none is set; empty for masked parameters */
  schemeValue: string;
  /** masked in the source: results that need it stay pending until it is set */
  masked: boolean;
  value: string;
}

/** A value as a clerk reads it: yes/no in words (是/否), a table as its JSON text. */
function show(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return lang === "zh-CN" ? (v ? "是" : "否") : v ? "yes" : "no";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

export function paramRows(scheme: SchemeDocument, values: Record<string, unknown>, lang: Lang): ParamRow[] {
  return scheme.params.map((p) => ({
    key: p.key,
    title: p.title[lang],
    schemeValue: show(p.value, lang),
    masked: isMaskedParam(p),
    value: show(values[p.key], lang),
  }));
}

/** Sets one parameter to the text typed (read when the scheme runs); an empty entry falls back to the scheme's own value. */
export function withParam(values: Record<string, unknown>, key: string, raw: string): Record<string, unknown> {
  const next = { ...values };
  if (raw.trim() === "") delete next[key];
  else next[key] = raw.trim();
  return next;
}
