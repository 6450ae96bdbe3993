// The reference reading of a workbook (SheetJS CE) as the values Jili's reader gives, and the comparison of the two.
import * as XLSX from "@e965/xlsx";
import { RawCell, serialToDate } from "../../src/engine";
import type { SheetCells } from "../../src/cli/xlsx/readWorkbook";

/**
 * Every sheet as SheetJS reads it, as the values Jili's reader gives: dates (ISO cells and numbers with a date
 * format) as Dates of their wall-clock time in UTC, SheetJS giving them in the machine's zone.
 */
export function readReference(bytes: Buffer): SheetCells[] {
  const wb = XLSX.read(bytes, { type: "buffer", dense: true, cellDates: true, cellNF: true, cellText: true });
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  return wb.SheetNames.map((name) => {
    const data = (wb.Sheets[name]?.["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
    return { name, cells: Array.from(data, (line) => trim(Array.from(line ?? [], (c) => value(c, date1904)))) };
  });
}

function value(c: XLSX.CellObject | undefined, date1904: boolean): RawCell {
  if (!c) return null;
  if (c.t === "n") return c.z !== undefined && typeof c.v === "number" && XLSX.SSF.is_date(c.z) ? serialToDate(c.v, date1904) : (c.v as number);
  if (c.t === "s") return c.v === "" ? null : String(c.v);
  if (c.t === "b") return !!c.v;
  if (c.t === "e") return c.w ?? null;
  if (c.t === "d") return c.v instanceof Date ? wallClockUtc(c.v) : null;
  return null;
}

function wallClockUtc(d: Date): Date {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()));
}

function trim(line: RawCell[]): RawCell[] {
  let n = line.length;
  while (n > 0 && (line[n - 1] === null || line[n - 1] === undefined)) n--;
  line.length = n;
  return line.map((v) => (v === undefined ? null : v));
}

const show = (v: RawCell) => (v instanceof Date ? `Date(${v.toISOString()})` : JSON.stringify(v));

/** Whether two cells hold the same value (numbers to 15 significant digits, Dates to the millisecond). */
function same(a: RawCell, b: RawCell): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= Math.abs(a) * 1e-15;
  return (a ?? null) === (b ?? null);
}

/** The differences between two readings, one line each (sheet, cell, Jili's value, the reference's). */
export function differences(jili: SheetCells[], ref: SheetCells[], limit = 20): string[] {
  const out: string[] = [];
  const names = (s: SheetCells[]) => s.map((x) => x.name).join(", ");
  if (names(jili) !== names(ref)) out.push(`sheets: Jili [${names(jili)}], reference [${names(ref)}]`);
  for (const r of ref) {
    const j = jili.find((x) => x.name === r.name);
    if (!j) continue;
    const rows = Math.max(j.cells.length, r.cells.length);
    for (let y = 0; y < rows && out.length < limit; y++) {
      const a = j.cells[y] ?? [];
      const b = r.cells[y] ?? [];
      for (let x = 0; x < Math.max(a.length, b.length) && out.length < limit; x++) {
        if (!same(a[x] ?? null, b[x] ?? null)) out.push(`${r.name}!${XLSX.utils.encode_cell({ r: y, c: x })}: Jili ${show(a[x] ?? null)}, reference ${show(b[x] ?? null)}`);
      }
    }
  }
  return out;
}
