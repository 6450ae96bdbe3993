/*
 * What WPS passes a custom function, as the shared implementation (src/functions/calls.ts) expects it — Excel's shape:
 * a cell, or rows of cells, with null for an empty cell and dates as serial numbers — and what it returns, as a
 * WPS cell can show it. Kingsoft documents the types (string, number, bool, any and their 2-D arrays) but not how an
 * empty cell, a date, an error cell or an omitted argument arrives, nor an error value a function could return; the
 * choices below are the safe reading of each, and docs/wps.md lists them as not verified in WPS.
 */
import { isCellError } from "../../functions/excelError";

/** A cell as the shared implementation reads it. */
export type SharedCell = string | number | boolean | null;

/** A cell as a WPS custom function returns it: a 2-D array of these is the declared result type any[][]. */
export type WpsCell = string | number | boolean;

const DAY_MS = 86_400_000;
/** 1899-12-30, day 0 of the 1900 date system for every serial from 1900-03-01 on (the phantom 29 Feb 1900 before). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** A Date as a 1900-system serial, read by its local date and time (how a host builds a Date from a cell's date). */
function serialOf(d: Date): number | string {
  const t = d.getTime();
  if (!Number.isFinite(t)) return "#VALUE!";
  const local = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  const serial = (local - EPOCH_MS) / DAY_MS;
  return serial < 61 && serial >= 1 ? serial - 1 : serial; // before 1900-03-01 Excel's serials count the day that never was
}

/**
 * One cell from WPS: an empty cell (undefined, null) is null; numbers, text and booleans as they are (an error cell
 * that arrives as its text, "#DIV/0!", is read by the engine as an error value and refused for its row); a Date is its
 * serial; anything else (an error object, NaN) is "#VALUE!", a bad cell for its row, never a number or a name.
 */
export function sharedCell(v: unknown): SharedCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (v instanceof Date) return serialOf(v);
  return "#VALUE!";
}

/**
 * One argument from WPS: omitted (undefined) stays omitted, so the function's default applies; a range's rows (or a
 * one-dimensional array, read as the shared implementation reads one) cell by cell; a single value as a cell.
 */
export function sharedArgument(v: unknown): unknown {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return sharedCell(v);
  return v.map((row: unknown) => (Array.isArray(row) ? row.map(sharedCell) : sharedCell(row)));
}

/**
 * One result cell for WPS: numbers, text and booleans as they are; empty as ""; an error cell as its code and message
 * in text ("#VALUE! 第2行：… / Row 2: …"), the form the Excel functions' docs give, since WPS documents no error value
 * a function can return; anything else "#VALUE!".
 */
export function wpsCell(v: unknown): WpsCell {
  if (typeof v === "number") return Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return `${v.code} ${v.message}`;
  return "#VALUE!";
}

/** A call's results for WPS: a 2-D array (one row per input row; never empty: no rows is one empty cell). */
export function wpsResult(rows: unknown): WpsCell[][] {
  if (!Array.isArray(rows) || rows.length === 0) return [[""]];
  return rows.map((row: unknown) => (Array.isArray(row) ? row.map(wpsCell) : [wpsCell(row)]));
}
