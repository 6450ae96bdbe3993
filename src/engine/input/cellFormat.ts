/**
 * What a number cell means when its number format shows a date. A workbook stores a date as a serial number of
 * days with a date format; the .xlsx reader (exceljs, and src/cli/xlsx) turns such a number into a Date, while
 * Office.js `Range.values` gives the bare serial and `Range.numberFormat` the format. Readers use this one rule so
 * that the same cell reaches the engine as the same value, whichever way the workbook was read.
 */

import { realDaySerial } from "../values/excelSerial";

const SECONDS_PER_DAY = 86400;
/** serial of 1970-01-01 in the 1900 date system */
const EPOCH_1900 = 25569;
/** days between the 1900 and the 1904 date systems */
const OFFSET_1904 = 1462;

/**
 * Whether a number format code shows a date or a time — exceljs's test, so that every reader agrees with the
 * command line: with `[…]` (colours, locales, conditions) and `"…"` (literal text) removed, one of the letters
 * y m d h M s b remains. "General", "0.00", "#,##0 \"元\"", "0%" and "@" are not dates; "yyyy-mm-dd", "m/d/yyyy",
 * "[$-409]mmm d" and "h:mm" are.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "") return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The Date (UTC) of a serial date-time, to the millisecond, in the 1900 or the 1904 date system. */
export function serialToDate(serial: number, date1904 = false): Date {
  const days = date1904 ? serial + OFFSET_1904 : realDaySerial(serial);
  return new Date(Math.round((days - EPOCH_1900) * SECONDS_PER_DAY * 1000));
}
