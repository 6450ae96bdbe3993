import { Lang, SchemeDocument } from "../../engine";

export interface ParamRow {
  key: string;
  title: string;
  /** the scheme's own value, shown as the placeholder; empty for masked parameters */
  schemeValue: string;
  /** masked in the source: results that need it stay pending until it is set */
  masked: boolean;
  value: string;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

export function paramRows(scheme: SchemeDocument, values: Record<string, unknown>, lang: Lang): ParamRow[] {
  return scheme.params.map((p) => ({
    key: p.key,
    title: p.title[lang],
    schemeValue: show(p.value),
    masked: (p.value === undefined || p.value === null) && !p.optional,
    value: show(values[p.key]),
  }));
}

/** What the user typed, as the command line reads `--param`: JSON when it starts with { or [, otherwise text. */
export function parseParamInput(raw: string): unknown {
  const t = raw.trim();
  if (t.startsWith("{") || t.startsWith("[")) {
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  }
  return t;
}

/** Sets one parameter; an empty entry falls back to the scheme's own value. */
export function withParam(values: Record<string, unknown>, key: string, raw: string): Record<string, unknown> {
  const next = { ...values };
  if (raw.trim() === "") delete next[key];
  else next[key] = parseParamInput(raw);
  return next;
}
