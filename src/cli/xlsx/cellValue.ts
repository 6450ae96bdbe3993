// A cell's value from its type, style and text, as exceljs reads it (shared by the fast and the long-way cell readers).
import { RawCell, serialToDate } from "../../engine";
import * as CH from "./bytes";
import { SharedStringRefs } from "./sharedStringRefs";

// bound here, not read from the module object on each use (see bytes.ts)
const { LOWER_R, LOWER_S, LOWER_T, LOWER_N, LOWER_B, LOWER_E, LOWER_D, LOWER_I } = CH;

/** What reading a sheet's cells needs from the rest of the workbook. */
export interface SheetContext {
  /** the shared-string table as cell values */
  sst: RawCell[];
  /** while the table is read elsewhere (xmlThread.ts): shared-string cells become references, filled in after */
  sstLater?: SharedStringRefs;
  /** per cell style: 1 when it shows a date */
  dateStyle: Uint8Array;
  date1904: boolean;
  /** the highest cell style index met so far (styles Jili adds must not take one of these) */
  maxStyle: number;
  /** the dates read so far, by serial (readSheetCells.ts sharedDate) */
  dates?: Map<number, Date>;
}


/** An ISO date cell (`t="d"`): that date (UTC when no zone is given), or the text when it is not a date. */
function isoDate(text: string): RawCell {
  const t = text.trim();
  // a time alone (`10:10:10`) is that time on Excel's day 0, 1899-12-30, as SheetJS reads it
  const time = /^(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?$/.exec(t);
  if (time) return new Date(Date.UTC(1899, 11, 30, +time[1], +time[2], +(time[3] ?? 0), Math.round(Number(time[4] ?? 0) * 1000)));
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(t);
  const ms = Date.parse(t.includes("T") && !zoned ? `${t}Z` : t);
  return Number.isNaN(ms) ? text : new Date(ms);
}

/**
 * The value of a cell's text by its type, as exceljs reads it (and, for a formula, its cached result: a `s` or
 * `inlineStr` type does not occur there). Only numbers become dates.
 */
export function plainValue(type: string, style: number, val: string, ctx: SheetContext): RawCell {
  switch (type) {
    case "s": {
      const idx = parseInt(val, 10);
      if (idx >= 0 && ctx.sstLater) return ctx.sstLater.ref(idx) as unknown as RawCell;
      if (!(idx >= 0 && idx < ctx.sst.length)) throw new Error(`shared string ${val} does not exist`);
      return ctx.sst[idx];
    }
    case "str":
    case "inlineStr":
    case "e":
      return val;
    case "b":
      return parseInt(val, 10) !== 0;
    case "d":
      return isoDate(val);
    default: {
      const n = parseFloat(val);
      return style && ctx.dateStyle[style] === 1 ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/** `t` attribute values read from bytes, the common ones as shared strings so that comparing them is cheap */
export function typeName(b: Buffer, from: number, to: number): string {
  const len = to - from;
  if (len === 1) {
    const c = b[from];
    if (c === LOWER_S) return "s";
    if (c === LOWER_N) return "n";
    if (c === LOWER_B) return "b";
    if (c === LOWER_E) return "e";
    if (c === LOWER_D) return "d";
  } else if (len === 3 && b[from] === LOWER_S && b[from + 1] === LOWER_T && b[from + 2] === LOWER_R) return "str";
  else if (len === 9 && b[from] === LOWER_I && b.toString("latin1", from, to) === "inlineStr") return "inlineStr";
  return b.toString("latin1", from, to);
}
