// Et.Range over a rectangle (or several) of a simulated sheet: what src/wps reads and writes, with COM's semantics.
import { cellAddress, parseAreas, rangeAddress, type Rect } from "../../excel/address";
import { widthInPoints } from "../../excel/writeColumns";
import type { SimBook } from "../excelSim/book";
import { clearRect } from "../excelSim/clear";
import { SimSheet, type Cell } from "../excelSim/sheet";
import { etError, etExpose } from "./guard";
import { formatApi } from "./format";

const MAX_COL = 16383;
type Scalar = string | number | boolean | undefined;

/** What a range is a view of: its sheet, its areas, and how Count counts (cells, rows or columns). */
export interface RangeRef {
  book: SimBook;
  sheet: SimSheet;
  areas: Rect[];
  mode?: "cells" | "rows" | "columns";
  /** notifies the preview once after a run of changes */
  touch: () => void;
}

export function cellsOf(r: Rect, visit: (col: number, row: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) visit(col, row);
}

/** Refuses a change to a protected sheet, as the object model does. */
export function writable(ref: RangeRef): void {
  if (ref.sheet.protected) throw etError(`The sheet ${ref.sheet.name} is protected`);
}

export function rangeOf(book: SimBook, sheet: SimSheet, address: string, touch: () => void): ReturnType<typeof etRange> {
  const areas = parseAreas(address);
  if (!areas.length) throw etError(`Range: not an address: ${address}`);
  return etRange({ book, sheet, areas, touch });
}

function grid<T>(r: Rect, at: (col: number, row: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(at(col, row));
    out.push(line);
  }
  return out;
}

function single(r: Rect): boolean {
  return r.left === r.right && r.top === r.bottom;
}

/** The same value for every cell, or null when they differ (COM's answer for a mixed range). */
function uniform<T>(r: Rect, at: (key: string) => T): T | null {
  let first: T | undefined;
  let seen = false;
  let mixed = false;
  cellsOf(r, (c, row) => {
    if (mixed) return;
    const v = at(SimSheet.key(c, row));
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) mixed = true;
  });
  return mixed ? null : (first as T);
}

/** xlValidateList: a drop-down of listed values */
const XL_VALIDATE_LIST = 3;

export function etRange(ref: RangeRef) {
  const { sheet } = ref;
  const r = ref.areas[0];
  const sub = (rect: Rect, mode: RangeRef["mode"] = "cells") => etRange({ ...ref, areas: [rect], mode });
  const put = (col: number, row: number, v: unknown) => {
    const key = SimSheet.key(col, row);
    sheet.formulas.delete(key);
    if (v === "" || v === null || v === undefined) sheet.cells.delete(key);
    // a cell holds no negative zero (the host stores -0 as 0, as Office.js's JSON does)
    else if (typeof v === "number") sheet.cells.set(key, Object.is(v, -0) ? 0 : v);
    else if (typeof v === "string" || typeof v === "boolean") sheet.cells.set(key, v);
    else throw etError(`Value2: cannot hold ${typeof v}`);
  };
  const range = {
    get Row() {
      return r.top;
    },
    get Column() {
      return r.left + 1;
    },
    get Count() {
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      return ref.mode === "rows" ? rows : ref.mode === "columns" ? cols : rows * cols;
    },
    get Rows() {
      return sub(r, "rows");
    },
    get Columns() {
      return sub(r, "columns");
    },
    get EntireRow() {
      return sub({ left: 0, right: MAX_COL, top: r.top, bottom: r.bottom }, "rows");
    },
    get MergeArea() {
      return sub(sheet.mergedAt({ ...r, right: r.left, bottom: r.top }) ?? { ...r, right: r.left, bottom: r.top });
    },
    /** Validation.Add(xlValidateList, xlValidAlertStop, xlBetween, "a,b,c") records a drop-down; Delete removes those it overlaps */
    get Validation() {
      return etExpose("Validation", {
        Add(type: number, _alert?: number, _operator?: number, formula1?: string) {
          writable(ref);
          if (type !== XL_VALIDATE_LIST || typeof formula1 !== "string") throw etError("Validation.Add: the simulation knows list rules (xlValidateList, 3) with a list of values");
          sheet.validations.push({ rect: r, list: formula1.split(",") });
          ref.touch();
        },
        Delete() {
          writable(ref);
          sheet.validations = sheet.validations.filter((v) => !(v.rect.left <= r.right && r.left <= v.rect.right && v.rect.top <= r.bottom && r.top <= v.rect.bottom));
          ref.touch();
        },
      });
    },
    get ListObject() {
      const t = sheet.tables.find((x) => x.rect.left <= r.left && r.left <= x.rect.right && x.rect.top <= r.top && r.top <= x.rect.bottom);
      return t ? etExpose("ListObject", { Name: t.name, Range: sub(t.rect) }) : null;
    },
    get Value2(): Scalar | Scalar[][] {
      const at = (c: number, row: number): Scalar => sheet.get(c, row) as Cell | undefined;
      return single(r) ? at(r.left, r.top) : grid(r, at);
    },
    set Value2(v: unknown) {
      writable(ref);
      if (!Array.isArray(v)) cellsOf(r, (c, row) => put(c, row, v));
      else {
        const rows = v as unknown[][];
        if (rows.length !== r.bottom - r.top + 1 || rows.some((line) => !Array.isArray(line) || line.length !== r.right - r.left + 1)) throw etError(`Value2: the array is not ${rangeAddress(r.left, r.top, r.right, r.bottom)}'s shape`);
        rows.forEach((line, i) => line.forEach((x, j) => put(r.left + j, r.top + i, x)));
      }
      ref.touch();
    },
    get Formula(): Scalar | Scalar[][] {
      // the simulation keeps which cells hold formulas, not their text: "=" stands for any formula
      const at = (c: number, row: number): Scalar => (sheet.formulas.has(SimSheet.key(c, row)) ? "=" : ((sheet.get(c, row) as Cell | undefined) ?? ""));
      return single(r) ? at(r.left, r.top) : grid(r, at);
    },
    get NumberFormat(): string | null {
      return uniform(r, (k) => sheet.numberFormats.get(k) ?? "General");
    },
    set NumberFormat(f: string | null) {
      writable(ref);
      cellsOf(r, (c, row) => (f && f !== "General" ? sheet.numberFormats.set(SimSheet.key(c, row), f) : sheet.numberFormats.delete(SimSheet.key(c, row))));
      ref.touch();
    },
    get Hidden(): boolean | null {
      let hidden = 0;
      for (let row = r.top; row <= r.bottom; row++) if (sheet.hiddenRows.has(row)) hidden++;
      return hidden === 0 ? false : hidden === r.bottom - r.top + 1 ? true : null;
    },
    /** hides or shows the range's rows (meaningful on whole rows: EntireRow.Hidden) */
    set Hidden(hidden: boolean) {
      writable(ref);
      for (const a of ref.areas)
        for (let row = a.top; row <= a.bottom; row++) {
          if (hidden) sheet.hiddenRows.add(row);
          else sheet.hiddenRows.delete(row);
        }
      ref.touch();
    },
    get MergeCells(): boolean | null {
      return uniform(r, (k) => {
        const [c, row] = SimSheet.parseKey(k);
        return sheet.mergedAt({ left: c, right: c, top: row, bottom: row }) !== undefined;
      });
    },
    /** true gives the columns the sheet's standard width back (false does nothing, as in the object model) */
    set UseStandardWidth(b: boolean) {
      writable(ref);
      if (b) for (let c = r.left; c <= r.right; c++) sheet.widths.delete(c);
      ref.touch();
    },
    ClearContents() {
      writable(ref);
      for (const a of ref.areas) clearRect(sheet, a, "Contents");
      ref.touch();
    },
    ClearFormats() {
      writable(ref);
      for (const a of ref.areas) clearRect(sheet, a, "Formats");
      ref.touch();
    },
    set ColumnWidth(chars: number) {
      writable(ref);
      for (let c = r.left; c <= r.right; c++) sheet.widths.set(c, widthInPoints(chars));
      ref.touch();
    },
    Item(row: number, column: number) {
      return sub({ left: r.left + column - 1, right: r.left + column - 1, top: r.top + row - 1, bottom: r.top + row - 1 });
    },
    Address(_rowAbsolute: boolean, _columnAbsolute: boolean): string {
      return ref.areas.map((a) => rangeAddress(a.left, a.top, a.right, a.bottom)).join(",");
    },
    Select() {
      if (ref.book.active !== sheet) throw etError("Select method of Range class failed: the sheet is not active");
      ref.book.activeCell = { col: r.left, row: r.top };
      ref.touch();
    },
    Merge(across: boolean) {
      writable(ref);
      if (across) for (let row = r.top; row <= r.bottom; row++) sheet.merges.push({ left: r.left, right: r.right, top: row, bottom: row });
      else sheet.merges.push({ ...r });
      ref.touch();
    },
    AutoFit() {
      writable(ref);
      if (ref.mode !== "rows") throw etError("AutoFit: only rows or columns can be autofitted");
      sheet.autofitRows.push(rangeAddress(r.left, r.top, r.right, r.bottom));
    },
    AddComment(text: string) {
      writable(ref);
      const address = cellAddress(r.left, r.top);
      if (sheet.notes.some((n) => n.address === address)) throw etError(`AddComment: ${address} already has a comment`);
      const note = { address, content: text };
      sheet.notes.push(note);
      ref.touch();
      return commentOf(ref, note);
    },
    get Comment() {
      const address = cellAddress(r.left, r.top);
      const note = sheet.notes.find((n) => n.address === address);
      return note ? commentOf(ref, note) : null;
    },
  };
  // the format members (Interior, Font, Borders, alignment, wrapping) as accessors of the same object
  Object.defineProperties(range, Object.getOwnPropertyDescriptors(formatApi(ref)));
  return etExpose("Range", range);
}

/** Et.Comment over one of the sheet's notes (ET's comments are Excel's notes: one per cell, plain text). */
export function commentOf(ref: RangeRef, note: { address: string; content: string }) {
  return etExpose("Comment", {
    Text: () => note.content,
    Delete: () => {
      writable(ref);
      ref.sheet.notes = ref.sheet.notes.filter((n) => n !== note);
      ref.touch();
    },
  });
}
