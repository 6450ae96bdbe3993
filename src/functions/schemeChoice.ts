import { getPresetStrict, parseParamText, PartDef, RunProblem, SchemeDocument } from "./engineFacade";
import { isBlank, matrixOf } from "./args";
import { CallError } from "./excelError";
import { readWorkbookScheme } from "./workbookScheme";

/** What a table function runs: the scheme, its part, and the parameters (the pane's, then the cell's). */
export interface SchemeChoice {
  doc: SchemeDocument;
  part: PartDef;
  params: Record<string, unknown>;
}

/** The words that name the workbook's own scheme in a cell (an empty scheme argument does too). */
const WORKBOOK = new Set(["workbook", "工作簿", "本工作簿"]);

/** `period` is the pane's stand-in for a month column (engine/run/checkedRun.ts); cells give the column instead. */
const PANE_ONLY_PARAMS = new Set(["period"]);

export function isWorkbookScheme(arg: unknown): boolean {
  return isBlank(arg) || WORKBOOK.has(String(arg).trim().toLowerCase());
}

/** A parameter's value as the pane and `--param` read typed text: `{…}` / `[…]` is JSON, anything else as it is. */
function typed(key: string, v: unknown): unknown {
  if (typeof v !== "string") return v;
  try {
    return parseParamText(key, v);
  } catch (e) {
    if (e instanceof RunProblem) throw new CallError({ "zh-CN": `参数 ${key} 不是有效的 JSON：${v}`, "en-US": `Parameter ${key} is not valid JSON: ${v}` });
    throw e;
  }
}

/** The part named in the cell (id or title), else `fallback`, else the first. */
function partOf(doc: SchemeDocument, arg: unknown, fallback: string | null): PartDef {
  if (!isBlank(arg)) {
    const name = String(arg).trim();
    const part = doc.parts.find((p) => p.id === name || p.title?.["zh-CN"] === name || p.title?.["en-US"] === name);
    if (part) return part;
    const known = doc.parts.map((p) => p.id).join(", ");
    throw new CallError({ "zh-CN": `方案 ${doc.id} 没有部分「${name}」；可用：${known}`, "en-US": `Scheme ${doc.id} has no part "${name}"; available: ${known}` });
  }
  return (fallback !== null && doc.parts.find((p) => p.id === fallback)) || doc.parts[0];
}

/**
 * Parameters from a two-column range of (key, value) rows: the key is the parameter's key or its title in either
 * language; blank rows are skipped; an unknown key is refused (never ignored), as `--param` refuses one.
 */
export function paramsOfRange(doc: SchemeDocument, arg: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of matrixOf(arg)) {
    if (row.every(isBlank)) continue;
    if (row.length < 2) throw new CallError({ "zh-CN": "参数区域应为两列（参数, 值）", "en-US": "The parameters range needs two columns (key, value)" });
    const name = String(row[0] ?? "").trim();
    const param = doc.params.find((p) => p.key === name || p.title["zh-CN"] === name || p.title["en-US"] === name);
    if (!param) {
      const known = doc.params.map((p) => p.key).join(", ") || "—";
      throw new CallError({ "zh-CN": `方案 ${doc.id} 没有参数「${name}」；可用：${known}`, "en-US": `Scheme ${doc.id} has no parameter "${name}"; available: ${known}` });
    }
    if (!isBlank(row[1])) out[param.key] = typed(param.key, row[1]);
  }
  return out;
}

/**
 * The scheme a REWARD or CHECK cell names: a preset id or a scheme document's JSON text, or the workbook's own scheme
 * ("workbook", "工作簿" or empty) with the part and parameters set in the pane. A part named in the cell, then the
 * parameters of the cell's range, take precedence.
 */
export function chooseScheme(scheme: unknown, part?: unknown, params?: unknown): SchemeChoice {
  let doc: SchemeDocument;
  let fallbackPart: string | null = null;
  const base: Record<string, unknown> = {};
  if (isWorkbookScheme(scheme)) {
    const held = readWorkbookScheme();
    if (held === undefined) {
      throw new CallError(
        { "zh-CN": "工作簿的方案尚未载入：请打开 Jili 窗格", "en-US": "The workbook's scheme is not loaded yet: open the Jili pane" },
        "#N/A",
      );
    }
    if (held === null) {
      throw new CallError({ "zh-CN": "本工作簿还没有方案：请在 Jili 窗格中选择方案", "en-US": "This workbook has no scheme yet: choose one in the Jili pane" });
    }
    doc = held.scheme;
    fallbackPart = held.part;
    for (const [k, v] of Object.entries(held.params)) if (!PANE_ONLY_PARAMS.has(k) && doc.params.some((p) => p.key === k)) base[k] = typed(k, v);
  } else {
    doc = getPresetStrict(String(scheme));
  }
  return { doc, part: partOf(doc, part, fallbackPart), params: { ...base, ...paramsOfRange(doc, params) } };
}
