// The cell values of one worksheet part, scanned from its bytes (hand-written: reading 100 000 rows through exceljs took most of a fill).
import { RawCell } from "../../engine";
import { bytesAt, columnAt, nameAt, rowNumberAttr, sheetDataStart, tagEndAt, worksheetPrefix, WS } from "./byteScan";
import * as CH from "./bytes";
import { serialToDate } from "../../engine";
import { plainValue, SheetContext, typeName } from "./cellValue";
import { isSpecial, skipElement, skipSpecial } from "./scan";
import { CellTags, slowCell } from "./slowCell";
import { attrs, parseRange } from "./xml";
import { decodeOoxmlEscapes, decodeText, textOfBytes } from "./xmlText";

// bound here, not read from the module object on each use (see bytes.ts)
const { LT, GT, SLASH, EQUALS, DQUOTE, SQUOTE, DIGIT_0, LOWER_R, LOWER_S, LOWER_T } = CH;

/** the names the scanner looks for: as strings for the long way, as bytes for the fast one */
interface SheetTags extends CellTags {
  prefix: string;
  cName: Buffer;
  rowName: Buffer;
  /** `<v>` */
  vOpen: Buffer;
  /** `</v></c>` */
  vcClose: Buffer;
  /** `<is><t>` */
  isOpen: Buffer;
  /** `</t></is></c>` */
  isClose: Buffer;
}

function sheetTags(p: string): SheetTags {
  const bin = (x: string) => Buffer.from(x, "latin1");
  return {
    prefix: p,
    c: `${p}c`,
    v: `${p}v`,
    f: `${p}f`,
    t: `${p}t`,
    r: `${p}r`,
    rPh: `${p}rPh`,
    cName: bin(`${p}c`),
    rowName: bin(`${p}row`),
    vOpen: bin(`<${p}v>`),
    vcClose: bin(`</${p}v></${p}c>`),
    isOpen: bin(`<${p}is><${p}t>`),
    isClose: bin(`</${p}t></${p}is></${p}c>`),
  };
}

/** The cell values of one worksheet part: cells[r][c] is sheet row r+1, column c+1. */
export function readSheetCells(buf: Buffer, ctx: SheetContext): RawCell[][] {
  const p = worksheetPrefix(buf);
  const open = sheetDataStart(buf, p);
  if (open < 0) return [];
  const openEnd = tagEndAt(buf, open, buf.length);
  if (openEnd < 0) throw new Error("unterminated sheetData");
  // one sheetData per sheet; its end tag cannot occur in cell text (escaped there): found from the end
  let end = buf[openEnd - 1] === SLASH ? openEnd : buf.lastIndexOf(`</${p}sheetData>`);
  if (end < openEnd) end = buf.length;
  // a sheet's dates are its own (date1904 is per workbook) and let go with its rows
  dates.clear();
  const rows = scanRows(buf, openEnd + 1, end, sheetTags(p), ctx);
  dates.clear();
  // mergeCells follow sheetData
  clearMerged(rows, buf.toString("latin1", end), p);
  return denseRows(rows);
}

/**
 * The rows of sheetData (`start`..`end`), sparse: rows[r] is undefined where the sheet has no cell with a value.
 * Usual cells are read from the bytes; any other cell the long way (slowCell) on the Latin-1 view of the part.
 */
function scanRows(buf: Buffer, start: number, end: number, tags: SheetTags, ctx: SheetContext): (RawCell[] | undefined)[] {
  // bound again here: this loop runs once per sheet, where a module's constants are not folded (see bytes.ts)
  const { LT, GT, SLASH } = CH;
  const b = buf;
  const n = b.length;
  const { cName, rowName } = tags;
  // the Latin-1 view of the bytes, made when a cell needs the long way round
  let latin1: string | null = null;
  const S = () => (latin1 ??= buf.toString("latin1"));
  const rows: (RawCell[] | undefined)[] = [];
  let rowNum = 0;
  let line: RawCell[] | undefined;
  let lastCol = -1;
  // the cells of the last row read: the next row's array is made that long (rows of a table are alike), so it
  // holds its cells without the spare room an array grown cell by cell keeps (≈ 0.06 GB at the full sheet)
  let width = 0;
  let maxStyle = ctx.maxStyle;
  let i = start;
  for (;;) {
    while (i < end && b[i] !== LT) i++;
    if (i >= end) break;
    const lt = i;
    const c1 = b[lt + 1];
    if (c1 === SLASH) {
      while (i < end && b[i] !== GT) i++;
      i++;
      continue;
    }
    if (isSpecial(c1)) {
      i = skipSpecial(S(), lt);
      continue;
    }
    if (nameAt(b, lt + 1, cName)) {
      if (!readCellTag(b, lt + 1 + cName.length, n)) {
        // attributes the fast pass does not read: the whole cell the long way
        const g = slowCell(S(), buf, lt, lastCol, ctx, tags);
        lastCol = g.col;
        if (g.style > maxStyle) maxStyle = g.style;
        i = g.next;
        if (g.has) (line ??= rows[rowNum - 1] = newLine(width))[g.col] = g.value;
        continue;
      }
      const col = cellTag.col < 0 ? lastCol + 1 : cellTag.col;
      lastCol = col;
      if (cellTag.style > maxStyle) maxStyle = cellTag.style;
      if (cellTag.self) {
        i = cellTag.end + 1;
        continue;
      }
      const value = fastCellValue(b, end, tags, ctx);
      if (cellEnd.next < 0) {
        const g = slowCell(S(), buf, lt, lastCol - 1, ctx, tags);
        i = g.next;
        if (g.has) (line ??= rows[rowNum - 1] = newLine(width))[col] = g.value;
        continue;
      }
      i = cellEnd.next;
      if (value !== undefined) (line ??= rows[rowNum - 1] = newLine(width))[col] = value;
      continue;
    }
    const te = tagEndAt(b, lt, n);
    if (te < 0) throw new Error("unterminated tag in sheetData");
    if (nameAt(b, lt + 1, rowName)) {
      const num = rowNumberAttr(b, lt + 1 + rowName.length, te);
      if (line !== undefined) width = usedWidth(line);
      rowNum = num > 0 ? num : rowNum + 1;
      // a row given twice: the later one counts (as in exceljs)
      rows[rowNum - 1] = undefined;
      line = undefined;
      lastCol = -1;
      i = te + 1;
      continue;
    }
    i = skipElement(S(), lt, te);
  }
  ctx.maxStyle = maxStyle;
  return rows;
}

/** A row's array, `width` slots long to begin with (more are added as cells come, none is a cell yet). */
function newLine(width: number): RawCell[] {
  return width > 0 && width <= MAX_PRESIZED ? new Array<RawCell>(width) : [];
}

/** One past the last cell of a row that holds a value (a presized row's length counts its empty slots too). */
function usedWidth(line: RawCell[]): number {
  let n = line.length;
  while (n > 0 && line[n - 1] === undefined) n--;
  return n;
}

/** Wider rows grow cell by cell: a stray cell far to the right must not make every following row that wide. */
const MAX_PRESIZED = 256;

/** What readCellTag found in a cell's start tag: column (-1 without a reference), style, type, its `>`, whether `/>`. */
const cellTag = { col: -1, style: 0, type: "", end: -1, self: false };

/**
 * One pass over the attributes of a `<c r="B2" s="1" t="s">` from `k` (after the name) into cellTag; false when
 * the tag is not in the usual form (spaces around `=`, an attribute without a value): read it the long way.
 */
function readCellTag(b: Buffer, k: number, n: number): boolean {
  let col = -1;
  let style = 0;
  let type = "";
  for (;;) {
    let c = b[k];
    while (WS(c)) c = b[++k];
    if (c === GT || (c === SLASH && b[k + 1] === GT)) {
      cellTag.col = col;
      cellTag.style = style;
      cellTag.type = type;
      cellTag.self = c === SLASH;
      cellTag.end = c === SLASH ? k + 1 : k;
      return true;
    }
    const ns = k;
    while (c !== EQUALS && c !== GT && c !== SLASH && !WS(c) && k < n) c = b[++k];
    const q = b[k + 1];
    if (c !== EQUALS || (q !== DQUOTE && q !== SQUOTE)) return false;
    let v = k + 2;
    const single = k - ns === 1 ? b[ns] : 0;
    if (single === LOWER_R) col = columnAt(b, v);
    else if (single === LOWER_S) {
      let id = 0;
      for (let x = v, d = b[x] - DIGIT_0; d >= 0 && d <= 9; d = b[++x] - DIGIT_0) id = id * 10 + d;
      style = id;
    }
    while (v < n && b[v] !== q) v++;
    if (single === LOWER_T) type = typeName(b, k + 2, v);
    k = v + 1;
  }
}

/** Where the cell fastCellValue read ends; -1 when it must be read the long way. */
const cellEnd = { next: 0 };

/**
 * The value of the cell whose start tag cellTag describes, when its children are in the usual form (`<v>…</v></c>`,
 * or an inline string as Jili writes it): the value, or undefined for none; cellEnd.next says where the cell ends.
 */
function fastCellValue(b: Buffer, end: number, tags: SheetTags, ctx: SheetContext): RawCell {
  const te = cellTag.end;
  if (bytesAt(b, te + 1, tags.vOpen)) return valueElement(b, te + 1 + tags.vOpen.length, end, tags, ctx);
  if (cellTag.type === "inlineStr" && bytesAt(b, te + 1, tags.isOpen)) return inlineString(b, te + 1 + tags.isOpen.length, end, tags);
  cellEnd.next = -1;
  return undefined;
}

/** `<v>…</v></c>` from the value's first byte `vs`: numbers and shared-string indexes read from the bytes. */
function valueElement(b: Buffer, vs: number, end: number, tags: SheetTags, ctx: SheetContext): RawCell {
  let ve = vs;
  let num = 0;
  let plain = true;
  for (let ch = b[ve]; ch !== LT && ve < end; ch = b[++ve]) {
    const d = ch - DIGIT_0;
    if (d < 0 || d > 9) plain = false;
    else num = num * 10 + d;
  }
  if (!bytesAt(b, ve, tags.vcClose)) {
    cellEnd.next = -1;
    return undefined;
  }
  cellEnd.next = ve + tags.vcClose.length;
  if (ve === vs) return undefined;
  // more digits than a double holds exactly: read as text
  if (ve - vs > 15) plain = false;
  const { type, style } = cellTag;
  if (plain && type === "s") {
    if (ctx.sstLater) return ctx.sstLater.ref(num) as unknown as RawCell;
    if (num < ctx.sst.length) return ctx.sst[num];
  }
  if (plain && (type === "" || type === "n")) return style && ctx.dateStyle[style] === 1 ? sharedDate(num, ctx.date1904) : num;
  return plainValue(type, style, textOfBytes(b, vs, ve), ctx);
}

/**
 * The dates read from the sheet being scanned, by serial: a column of dates holds a few hundred distinct days, and a
 * Date object costs ≈ 96 bytes (≈ 0.1 GB at the full sheet, one per row). Shared safely: nothing in Jili changes a
 * Date it is given (test/cli/xlsxReader.test.ts looks for setters in src/).
 */
const dates = new Map<number, Date>();
const DATES_KEPT = 65536;

function sharedDate(serial: number, date1904: boolean): Date {
  let d = dates.get(serial);
  if (d === undefined) {
    d = serialToDate(serial, date1904);
    if (dates.size < DATES_KEPT) dates.set(serial, d);
  }
  return d;
}

/** An inline string as Jili writes it, `<is><t>…</t></is></c>`, from the text's first byte `ts`. */
function inlineString(b: Buffer, ts: number, end: number, tags: SheetTags): RawCell {
  let tEnd = ts;
  while (tEnd < end && b[tEnd] !== LT) tEnd++;
  if (!bytesAt(b, tEnd, tags.isClose)) {
    cellEnd.next = -1;
    return undefined;
  }
  cellEnd.next = tEnd + tags.isClose.length;
  if (tEnd === ts) return undefined;
  return decodeOoxmlEscapes(decodeText(b.toString("utf8", ts, tEnd)));
}

/** Merged ranges (in `tail`, the part after sheetData): only the top-left cell holds a value; the rows they cover count as read. */
function clearMerged(rows: (RawCell[] | undefined)[], tail: string, p: string): void {
  const mergeRe = new RegExp(`<${p.replace(/[.-]/g, "\\$&")}mergeCell\\b[^>]*>`, "g");
  let m: RegExpExecArray | null;
  while ((m = mergeRe.exec(tail))) {
    const g = parseRange(attrs(m[0]).ref ?? "");
    if (!g) continue;
    for (let r = g.top; r <= g.bottom; r++) {
      const ln = rows[r - 1];
      if (!ln) {
        if (r !== g.top || g.right > g.left) rows[r - 1] = [];
        continue;
      }
      for (let c = g.left; c <= g.right && c < ln.length; c++) if (r !== g.top || c !== g.left) delete ln[c];
    }
  }
}

/** Every row as an array without holes (null where no value) and without trailing empty cells; [] for a missing row. */
function denseRows(rows: (RawCell[] | undefined)[]): RawCell[][] {
  const cells: RawCell[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const ln = rows[r];
    if (!ln) {
      cells[r] = [];
      continue;
    }
    let n = ln.length;
    while (n > 0 && ln[n - 1] === undefined) n--;
    ln.length = n;
    for (let c = 0; c < n; c++) if (ln[c] === undefined) ln[c] = null;
    cells[r] = ln;
  }
  return cells;
}
