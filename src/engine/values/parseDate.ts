import { isExcelErrorText } from "./cellErrors";
import { CellProblem } from "./problem";
import { RawCell } from "./parseNumber";
import { toHalfWidth } from "./normalizeText";

/**
 * Dates are whole days since 1970-01-01 (UTC, no time zone), date-times are seconds since then, months are
 * year × 12 + (month − 1). Plain numbers keep comparisons and grouping cheap.
 */
export type DayNumber = number;

const EXCEL_EPOCH_OFFSET = 25569; // serial of 1970-01-01 in Excel's 1900 date system
const SECONDS_PER_DAY = 86400;

export function dayFromYmd(y: number, m: number, d: number): DayNumber | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return t / 86400000;
}

export function ymdFromDay(day: DayNumber): { y: number; m: number; d: number } {
  const t = new Date(day * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function formatDay(day: DayNumber): string {
  const { y, m, d } = ymdFromDay(day);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function formatMonth(monthIndex: number): string {
  const y = Math.floor(monthIndex / 12);
  return `${y}-${String((monthIndex % 12) + 1).padStart(2, "0")}`;
}

export function formatDateTime(seconds: number): string {
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  const rest = seconds - day * SECONDS_PER_DAY;
  const hh = Math.floor(rest / 3600);
  const mm = Math.floor((rest % 3600) / 60);
  return `${formatDay(day)} ${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
}

export function monthOfDay(day: DayNumber): number {
  const { y, m } = ymdFromDay(day);
  return y * 12 + m - 1;
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(day: DayNumber): number {
  const w = new Date(day * 86400000).getUTCDay();
  return w === 0 ? 7 : w;
}

const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const FULL_DATETIME = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const SHORT_DATE = /^(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?$/;
const SHORT_DATETIME = /^(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

import { isPhantomLeapDay, realDaySerial } from "./excelSerial";

function clean(raw: string): string {
  return toHalfWidth(raw).trim();
}

function excelSerialToSeconds(serial: number): number {
  return Math.round((realDaySerial(serial) - EXCEL_EPOCH_OFFSET) * SECONDS_PER_DAY);
}

function dateObjectToSeconds(d: Date): number {
  return Math.round(d.getTime() / 1000);
}

/** Date cells (C9): Excel serials, YYYY-MM-DD, YYYY/M/D, YYYY年M月D日; M/D only when the scheme fixes the year. */
export function parseDate(raw: RawCell, fixedYear?: number): DayNumber | CellProblem | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 1 || raw > 2958465 || isPhantomLeapDay(raw)) return new CellProblem("INVALID_DATE", String(raw));
    return Math.floor(realDaySerial(raw)) - EXCEL_EPOCH_OFFSET;
  }
  if (raw instanceof Date) return Math.floor(dateObjectToSeconds(raw) / SECONDS_PER_DAY);
  if (typeof raw === "boolean") return new CellProblem("INVALID_DATE", String(raw));
  const s = clean(raw);
  if (s === "") return null;
  if (isExcelErrorText(s)) return new CellProblem("EXCEL_ERROR", raw);
  let m = FULL_DATE.exec(s);
  if (m) return dayFromYmd(+m[1], +m[2], +m[3]) ?? new CellProblem("INVALID_DATE", raw);
  m = FULL_DATETIME.exec(s);
  if (m) return dayFromYmd(+m[1], +m[2], +m[3]) ?? new CellProblem("INVALID_DATE", raw);
  if (fixedYear !== undefined) {
    m = SHORT_DATE.exec(s) ?? SHORT_DATETIME.exec(s);
    if (m) return dayFromYmd(fixedYear, +m[1], +m[2]) ?? new CellProblem("INVALID_DATE", raw);
  }
  if (/^\d+(\.\d+)?$/.test(s)) return parseDate(Number(s), fixedYear);
  return new CellProblem("INVALID_DATE", raw);
}

/** Date-time cells (C9): YYYY-MM-DD HH:MM[:SS], Excel serial date-times; M-D HH:MM only with a fixed year. */
export function parseDateTime(raw: RawCell, fixedYear?: number): number | CellProblem | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 1 || raw > 2958466 || isPhantomLeapDay(raw)) return new CellProblem("INVALID_DATE", String(raw));
    return excelSerialToSeconds(raw);
  }
  if (raw instanceof Date) return dateObjectToSeconds(raw);
  if (typeof raw === "boolean") return new CellProblem("INVALID_DATE", String(raw));
  const s = clean(raw);
  if (s === "") return null;
  if (isExcelErrorText(s)) return new CellProblem("EXCEL_ERROR", raw);
  let m = FULL_DATETIME.exec(s);
  if (m) {
    const day = dayFromYmd(+m[1], +m[2], +m[3]);
    if (day === null || +m[4] > 23 || +m[5] > 59) return new CellProblem("INVALID_DATE", raw);
    return day * SECONDS_PER_DAY + +m[4] * 3600 + +m[5] * 60 + (m[6] ? +m[6] : 0);
  }
  m = FULL_DATE.exec(s);
  if (m) {
    const day = dayFromYmd(+m[1], +m[2], +m[3]);
    return day === null ? new CellProblem("INVALID_DATE", raw) : day * SECONDS_PER_DAY;
  }
  if (fixedYear !== undefined) {
    m = SHORT_DATETIME.exec(s);
    if (m) {
      const day = dayFromYmd(fixedYear, +m[1], +m[2]);
      if (day === null || +m[3] > 23 || +m[4] > 59) return new CellProblem("INVALID_DATE", raw);
      return day * SECONDS_PER_DAY + +m[3] * 3600 + +m[4] * 60 + (m[5] ? +m[5] : 0);
    }
    m = SHORT_DATE.exec(s);
    if (m) {
      const day = dayFromYmd(fixedYear, +m[1], +m[2]);
      return day === null ? new CellProblem("INVALID_DATE", raw) : day * SECONDS_PER_DAY;
    }
  }
  if (/^\d+(\.\d+)?$/.test(s)) return parseDateTime(Number(s), fixedYear);
  return new CellProblem("INVALID_DATE", raw);
}

/** Month cells (C9): YYYY-MM, YYYY年M月; a full date gives its month. */
export function parseMonth(raw: RawCell): number | CellProblem | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    const s = clean(raw);
    if (s === "") return null;
    const m = MONTH_TEXT.exec(s);
    if (m) {
      const mo = +m[2];
      if (mo < 1 || mo > 12) return new CellProblem("INVALID_MONTH", raw);
      return +m[1] * 12 + mo - 1;
    }
  }
  const day = parseDate(raw);
  if (day === null) return null;
  if (typeof day !== "number") return new CellProblem("INVALID_MONTH", String(raw));
  return monthOfDay(day);
}

export const SECONDS_IN_DAY = SECONDS_PER_DAY;
