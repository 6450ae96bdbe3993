import { dec } from "../money/decimal";
import { SchemeDocument } from "../scheme/schema";
import { parseNumber } from "../values/parseNumber";
import { parseDate } from "../values/parseDate";
import { CellProblem } from "../values/problem";
import { Pending, Temporal, Value } from "../values/value";

export interface ParamProblem {
  param: string;
  message: string;
}

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
    switch (p.type) {
      case "number":
      case "money":
      case "rate": {
        const n = typeof raw === "number" ? { value: dec(raw) } : parseNumber(String(raw));
        if (n === null || n instanceof CellProblem) {
          // the run goes on; whatever needs this parameter waits for a valid value
          problems.push({ param: p.key, message: `not a number: ${String(raw)}` });
          values.set(p.key, new Pending("INVALID_PARAMETER", p.key));
        } else values.set(p.key, n.value);
        break;
      }
      case "date": {
        const d = parseDate(raw as string);
        if (typeof d !== "number") {
          problems.push({ param: p.key, message: `not a date: ${String(raw)}` });
          values.set(p.key, new Pending("INVALID_PARAMETER", p.key));
        } else values.set(p.key, new Temporal("date", d));
        break;
      }
      case "bool":
        values.set(p.key, raw === true || raw === "true" || raw === "是");
        break;
      case "text":
        values.set(p.key, String(raw));
        break;
      default:
        // bands and tables stay as JSON; the slab and lookup steps read them
        values.set(p.key, raw as Value);
    }
  }
  for (const k of Object.keys(overrides)) if (!doc.params.some((p) => p.key === k)) problems.push({ param: k, message: "no such parameter" });
  return { values, problems };
}
