/**
 * Parameter values typed by a person — `--param key=value` in the CLI, a field of the task pane — read one way:
 * a value starting with `{` or `[` is JSON (a band table, a list) and must parse; anything else is text, which the
 * engine then reads as a cell of the parameter's type (readParams) or refuses.
 */
import type { SchemeDocument } from "../scheme/schema";
import { RunProblem } from "./messages";

/** One typed value; invalid JSON where JSON is expected is refused (BAD_PARAM_JSON), never kept as text. */
export function parseParamText(key: string, raw: string): unknown {
  const text = raw.trim();
  if (!text.startsWith("{") && !text.startsWith("[")) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new RunProblem("BAD_PARAM_JSON", { param: key, value: text });
  }
}

/** `key=value` items (as given on the command line) → parameter values. */
export function parseParamAssignments(items: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new RunProblem("BAD_PARAM", { value: item });
    const key = item.slice(0, eq).trim();
    out[key] = parseParamText(key, item.slice(eq + 1));
  }
  return out;
}

/** A parameter the source masked (no value, not optional): results that need it stay pending until it is set. */
export function isMaskedParam(param: SchemeDocument["params"][number]): boolean {
  return (param.value === undefined || param.value === null) && !param.optional;
}

/** Keys of masked parameters not given a value. */
export function unsetParams(scheme: SchemeDocument, given: Record<string, unknown>): string[] {
  return scheme.params.filter((p) => isMaskedParam(p) && !(p.key in given)).map((p) => p.key);
}
