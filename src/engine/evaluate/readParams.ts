import { BilingualText, SchemeDocument } from "../scheme/schema";
import { parseNumber, RawCell } from "../values/parseNumber";
import { parseBool } from "../values/parseBool";
import { parseDate } from "../values/parseDate";
import { CellProblem } from "../values/problem";
import { isParamStructure } from "../scheme/validate";
import { Pending, Temporal, Value } from "../values/value";

function isCell(v: unknown): v is RawCell {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date;
}

/** a given value as the message shows it (JSON for lists and objects, never "[object Object]") */
function shown(v: unknown): string {
  if (isCell(v)) return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export interface ParamProblem {
  param: string;
  /** what is wrong, in English (as `--json` and older callers read it) */
  message: string;
  /** the same in both languages, for the messages the CLI and the task pane show */
  text: BilingualText;
}

/** what a parameter's value must be, by its type, in both languages */
const MUST_BE: Record<string, BilingualText> = {
  number: { "zh-CN": "数字", "en-US": "a number" },
  date: { "zh-CN": "日期", "en-US": "a date" },
  bool: { "zh-CN": "是/否", "en-US": "yes or no" },
  text: { "zh-CN": "文本", "en-US": "a text" },
  bands: { "zh-CN": "有效的分档表", "en-US": "a list of bands" },
  table: { "zh-CN": "查找表", "en-US": "a lookup table" },
};

/**
 * Scheme parameters as runtime values, overrides first. An unset, non-optional parameter is Pending
 * MASKED_PARAMETER: whatever needs it stays pending (C2) instead of inventing a number.
 */
export function readParams(doc: SchemeDocument, overrides: Record<string, unknown> = {}): { values: Map<string, Value>; problems: ParamProblem[] } {
  const values = new Map<string, Value>();
  const problems: ParamProblem[] = [];
  for (const p of doc.params) {
    const raw = Object.prototype.hasOwnProperty.call(overrides, p.key) ? overrides[p.key] : p.value;
    if (raw === null || raw === undefined || raw === "") {
      values.set(p.key, p.optional ? null : new Pending("MASKED_PARAMETER", p.key));
      continue;
    }
    // a parameter given from a cell, the pane or --param: a lone value, read as a cell of its type is read (C4, C5, C9)
    const cell = isCell(raw) ? raw : undefined;
    const refuse = (kind: keyof typeof MUST_BE) => {
      // the run goes on; whatever needs this parameter waits for a valid value
      const what = MUST_BE[kind];
      const given = shown(raw);
      problems.push({ param: p.key, message: `not ${what["en-US"]}: ${given}`, text: { "zh-CN": `不是${what["zh-CN"]}：${given}`, "en-US": `not ${what["en-US"]}: ${given}` } });
      values.set(p.key, new Pending("INVALID_PARAMETER", p.key));
    };
    switch (p.type) {
      case "number":
      case "money":
      case "rate": {
        const n = cell === undefined ? null : parseNumber(cell);
        if (n === null || n instanceof CellProblem) refuse("number");
        else values.set(p.key, n.value);
        break;
      }
      case "date": {
        const d = cell === undefined ? null : parseDate(cell);
        if (typeof d !== "number" || !Number.isFinite(d)) refuse("date");
        else values.set(p.key, new Temporal("date", d));
        break;
      }
      case "bool": {
        const b = cell === undefined ? null : parseBool(cell);
        if (typeof b !== "boolean") refuse("bool");
        else values.set(p.key, b);
        break;
      }
      case "text":
        if (typeof cell === "string" || typeof cell === "number") values.set(p.key, String(cell));
        else refuse("text");
        break;
      case "bands":
      case "table":
        // bands and tables stay as JSON; the slab and lookup steps read them
        if (isParamStructure(p.type, raw)) values.set(p.key, raw as Value);
        else refuse(p.type);
    }
  }
  for (const k of Object.keys(overrides)) if (!doc.params.some((p) => p.key === k)) problems.push({ param: k, message: "no such parameter", text: { "zh-CN": "方案中没有这个参数", "en-US": "no such parameter" } });
  return { values, problems };
}
