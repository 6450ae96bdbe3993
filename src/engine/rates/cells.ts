/**
 * Reading one cell of a rates table the way a sheet column is read (C4, C5, C9): a number typed as text is a number,
 * 是/否 is yes/no, a date typed any usual way is a day. What cannot be read is a problem with its reason, never a
 * default: 「四十」 is not 40.
 */
import { isProblem } from "../values/problem";
import { parseNumber } from "../values/parseNumber";
import { parseBool } from "../values/parseBool";
import { formatDay, parseDate } from "../values/parseDate";
import type { BilingualText } from "../scheme/schema";
import type { RateCell, RateColumn, RateProblem } from "./model";

export const YES_NO = { "zh-CN": ["是", "否"], "en-US": ["yes", "no"] } as const;

export function isBlank(v: RateCell | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function problem(row: number, col: number, code: string, message: BilingualText): RateProblem {
  return { row, col, code, message };
}

const shown = (v: RateCell | undefined) => (typeof v === "string" ? v : String(v));

/** A number, or the problem; blank is null (the caller decides what a blank means). */
export function readNumber(v: RateCell | undefined, at: [number, number], column: RateColumn): number | null | RateProblem {
  if (isBlank(v)) return null;
  const n = parseNumber(v as string | number | boolean);
  if (n === null) return null;
  if (isProblem(n)) {
    return problem(at[0], at[1], "RATE_NOT_NUMBER", {
      "zh-CN": `「${column.label}」应填数字，「${shown(v)}」不是数字`,
      "en-US": `${column.label} takes a number; "${shown(v)}" is not one`,
    });
  }
  return n.value.toNumber();
}

/**
 * A percentage column: a number as stored (the sheet's 0.03 shown 3.00%), and text as typed follows Excel's percent
 * entry — with a % sign it is that percent; a bare number of 1 or more is that many percent (3 → 0.03, as Excel makes a
 * 3 typed into a percent cell), a bare number under 1 is the fraction itself (0.03). Without this a clerk replacing the
 * form's "2%" with "3" would set a rate of 300 %.
 */
export function readPercent(v: RateCell | undefined, at: [number, number], column: RateColumn): number | null | RateProblem {
  const n = readNumber(v, at, column);
  if (typeof v !== "string" || typeof n !== "number") return n;
  const parsed = parseNumber(v);
  if (parsed && !isProblem(parsed) && !parsed.percent && parsed.value.abs().gte(1)) return parsed.value.div(100).toNumber();
  return n;
}

export function readYesNo(v: RateCell | undefined, at: [number, number], column: RateColumn): boolean | null | RateProblem {
  const b = parseBool(v as string | number | boolean | null);
  if (isProblem(b)) {
    return problem(at[0], at[1], "RATE_NOT_YES_NO", { "zh-CN": `「${column.label}」应填 是 或 否，不能填「${shown(v)}」`, "en-US": `${column.label} takes yes or no, not "${shown(v)}"` });
  }
  return b;
}

/** A day as the scheme writes it (2016-01-01). */
export function readDate(v: RateCell | undefined, at: [number, number], column: RateColumn): string | null | RateProblem {
  const d = parseDate(v as string | number | null);
  if (isProblem(d)) {
    return problem(at[0], at[1], "RATE_NOT_DATE", { "zh-CN": `「${column.label}」应填日期（如 2016-01-01），不能填「${shown(v)}」`, "en-US": `${column.label} takes a date (e.g. 2016-01-01), not "${shown(v)}"` });
  }
  return d === null ? null : formatDay(d);
}

export function readText(v: RateCell | undefined): string | null {
  return isBlank(v) ? null : String(v).trim();
}

export function required(at: [number, number], column: RateColumn): RateProblem {
  return problem(at[0], at[1], "RATE_BLANK", { "zh-CN": `「${column.label}」不能留空`, "en-US": `${column.label} cannot be left blank` });
}

/** A choice cell: one of the column's values; `extra` are values a table may also hold (its own keys). */
export function readChoice(v: RateCell | undefined, at: [number, number], column: RateColumn): string | null | RateProblem {
  const t = readText(v);
  if (t === null) return null;
  if (column.choices && !column.choices.includes(t)) {
    return problem(at[0], at[1], "RATE_NOT_A_CHOICE", {
      "zh-CN": `「${column.label}」不能填「${t}」；可选：${column.choices.join("、")}`,
      "en-US": `${column.label} cannot be "${t}"; one of: ${column.choices.join(", ")}`,
    });
  }
  return t;
}

/** A fixed cell (a row's label written by Jili) must still say what was written. */
export function checkFixed(v: RateCell | undefined, expected: RateCell, at: [number, number], column: RateColumn): RateProblem | null {
  const same = isBlank(v) ? isBlank(expected) : String(v).trim() === String(expected ?? "").trim();
  if (same) return null;
  return problem(at[0], at[1], "RATE_FIXED_CHANGED", {
    "zh-CN": `「${column.label}」由 Jili 写出，应为「${expected ?? ""}」，不能改成「${v ?? ""}」（要改这一项请用方案文件）`,
    "en-US": `${column.label} is written by Jili and should read "${expected ?? ""}", not "${v ?? ""}" (change it in the scheme document)`,
  });
}

export const isRateProblem = (v: unknown): v is RateProblem => !!v && typeof v === "object" && "code" in v && "row" in v;
