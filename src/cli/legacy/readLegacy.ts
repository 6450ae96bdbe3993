// .xls, .xlsb, .ods and WPS .et read through SheetJS CE (@e965/xlsx): binary formats no well-kept library other than it reads.
import type * as XLSX from "@e965/xlsx";
import { sheetjs } from "./sheetjs";
import { RawCell, serialToDate } from "../../engine";
import { CliError } from "../messages";
import type { SheetCells } from "../xlsx/readWorkbook";
import { Container, formatName } from "./sniff";

/** A workbook read by SheetJS: its sheets as grids, and the SheetJS workbook (to write a new .xlsx from for `fill`). */
export interface LegacyBook {
  sheets: SheetCells[];
  book: XLSX.WorkBook;
}

/** SheetJS's messages for a password-protected file (.xls FILEPASS, .xlsb, .ods encryption) */
const PASSWORD = /password|encrypt/i;

/**
 * Reads a workbook through SheetJS, with the values the .xlsx reader gives: numbers (a number whose format is a
 * date format becomes the Date of that serial, by the workbook's date system), text ("" is no value), booleans,
 * errors as their text (`#N/A`), formulas as their cached results, merged ranges' values in the top-left cell only.
 */
export function readLegacy(file: string, bytes: Buffer, container: Container): LegacyBook {
  let book: XLSX.WorkBook;
  try {
    book = quietly(() => sheetjs().read(bytes, { type: "buffer", dense: true, cellDates: false, cellNF: true, cellText: true, cellFormula: false, WTF: false }));
  } catch (e) {
    const detail = (e as Error).message;
    if (PASSWORD.test(detail)) throw new CliError("encrypted", {});
    throw new CliError("legacyUnreadable", { file, format: formatName(container), detail });
  }
  const date1904 = !!book.Workbook?.WBProps?.date1904;
  const sheets = book.SheetNames.map((name) => ({ name, cells: sheetCells(book.Sheets[name], date1904) }));
  return { sheets, book };
}

/**
 * Runs `read` with the console silenced: SheetJS prints notes of its own (`ODS number format may be incorrect`) to
 * the console, which would mix into the command's output; what matters of them is in the values read.
 */
function quietly<T>(read: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const none = () => undefined;
  Object.assign(console, { error: none, warn: none, log: none });
  try {
    return read();
  } finally {
    Object.assign(console, saved);
  }
}

function sheetCells(sheet: XLSX.WorkSheet | undefined, date1904: boolean): RawCell[][] {
  const data = (sheet?.["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: RawCell[][] = [];
  for (let r = 0; r < data.length; r++) {
    const line = data[r] ?? [];
    const out: RawCell[] = [];
    for (let c = 0; c < line.length; c++) out[c] = line[c] ? cellValue(line[c], date1904) : null;
    let n = out.length;
    while (n > 0 && (out[n - 1] === null || out[n - 1] === undefined)) n--;
    out.length = n;
    for (let c = 0; c < n; c++) if (out[c] === undefined) out[c] = null;
    rows[r] = out;
  }
  return rows;
}

function cellValue(cell: XLSX.CellObject, date1904: boolean): RawCell {
  switch (cell.t) {
    case "n":
      if (typeof cell.v !== "number") return null;
      return cell.z !== undefined && sheetjs().SSF.is_date(cell.z) ? serialToDate(cell.v, date1904) : cell.v;
    case "s":
      return cell.v === "" || cell.v === undefined ? null : String(cell.v);
    case "b":
      return !!cell.v;
    case "e":
      return cell.w ?? sheetjs().utils.format_cell(cell);
    case "d":
      return cell.v instanceof Date ? cell.v : null;
    default:
      return null;
  }
}

/** A new .xlsx holding the workbook's sheets (values and number formats), for `fill` to patch. */
export function legacyToXlsx(book: XLSX.WorkBook): Buffer {
  // SheetJS 0.20.3 reads a dense sheet with holes for empty rows (and a range past its last row) but cannot write
  // one back: every row of the range is made an array
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    const data = sheet?.["!data"];
    if (!data) continue;
    const last = sheet["!ref"] ? sheetjs().utils.decode_range(sheet["!ref"]).e.r : data.length - 1;
    for (let r = 0; r <= Math.max(last, data.length - 1); r++) data[r] ??= [];
  }
  return sheetjs().write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}
