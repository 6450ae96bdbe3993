/**
 * Excel's 1900 date system counts a 29 February 1900 that never was (serial 60), kept from Lotus 1-2-3: serials 1–59
 * are 1900-01-01 … 1900-02-28 and 61 is 1900-03-01. Counting days from one epoch is right from serial 61 on; below
 * it a serial names the day after. Every reader of serials uses this one rule, so a workbook's early dates read as
 * Excel shows them (and as SheetJS and LibreOffice read them).
 */

/** The serial Excel shows as the 29 February 1900 that does not exist. */
export const PHANTOM_LEAP_DAY = 60;

/**
 * A 1900-system serial as a count of real days from the epoch that is right from 1900-03-01 on. A time alone
 * (serial below 1, day 0) stays on day 0, where every reader puts it.
 */
export function realDaySerial(serial: number): number {
  return serial >= 1 && serial < PHANTOM_LEAP_DAY ? serial + 1 : serial;
}

/** Whether a 1900-system serial falls on the day that does not exist. */
export function isPhantomLeapDay(serial: number): boolean {
  return Math.floor(serial) === PHANTOM_LEAP_DAY;
}
