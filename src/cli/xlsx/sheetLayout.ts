// Where each row and cell of the data sheet sits in its bytes, found by a byte scanner (a 70 MB sheet is never made a string).
import { attrValue, bytesAt, columnAt, nameAt, rowNumberAttr, sheetDataStart, span, tagEndAt, worksheetPrefix, WS } from "./byteScan";
import * as CH from "./bytes";
import { CompactInts, SheetTables } from "./sheetTables";
import { attrs, parseRange, Range, startTag } from "./xml";

// bound here, not read from the module object on each use (see bytes.ts)
const { LT, GT, SLASH, EQUALS, DQUOTE, SPACE, LOWER_R } = CH;

/**
 * The data sheet as Jili patches it: where each row and cell sits in the part's bytes, so that rows Jili does not
 * touch — and, in the rows it does, every cell outside its columns — are copied byte for byte.
 */
export interface SheetLayout {
  prefix: string;
  bytes: Buffer;
  /** byte offsets of the sheetData element's inner text */
  innerStart: number;
  innerEnd: number;
  selfClosing: boolean;
  rowCount: number;
  /** per row: its number (1-based), where its element starts, where its start tag ends (after `>`), where it ends */
  rowNum: Int32Array;
  rowStart: Int32Array;
  rowTagEnd: Int32Array;
  rowEnd: Int32Array;
  /** per row: index of its first cell in the cell arrays; the row's cells run to the next row's first cell */
  rowFirstCell: Int32Array;
  cellCount: number;
  /** per cell: 0-based column, where its element starts, its length in bytes (cellEnd gives where it ends) */
  cellCol: CompactInts;
  cellStart: Int32Array;
  cellLen: CompactInts;
  /** per cell: CELL_HAS_REF | CELL_FORMULA | CELL_EMPTY */
  cellFlags: Uint8Array;
  merges: Range[];
}

const R = Buffer.from("r");

export const CELL_HAS_REF = 1;
export const CELL_FORMULA = 2;
/** neither a formula nor a value (a styled blank) */
export const CELL_EMPTY = 4;

/** Finds the rows and cells of a worksheet part. */
export function parseSheet(bytes: Buffer): SheetLayout {
  const b = bytes;
  const prefix = worksheetPrefix(b);
  const open = sheetDataStart(b, prefix);
  if (open < 0) throw new Error("worksheet without sheetData");
  const openEnd = tagEndAt(b, open, b.length);
  if (openEnd < 0) throw new Error("unterminated sheetData");
  const selfClosing = b[openEnd - 1] === SLASH;
  const innerStart = openEnd + 1;
  // a sheet has one sheetData, and its end tag cannot occur in cell text (escaped there): found from the end
  const innerEnd = selfClosing ? innerStart : b.lastIndexOf(`</${prefix}sheetData>`);
  if (innerEnd < innerStart) throw new Error("unterminated sheetData");
  const t = scanRows(b, innerStart, innerEnd, sheetNames(prefix));
  return {
    prefix,
    bytes,
    innerStart,
    innerEnd,
    selfClosing,
    rowCount: t.rows,
    rowNum: t.rowNum,
    rowStart: t.rowStart,
    rowTagEnd: t.rowTagEnd,
    rowEnd: t.rowEnd,
    rowFirstCell: t.rowFirstCell,
    cellCount: t.cells,
    cellCol: t.cellCol,
    cellStart: t.cellStart,
    cellLen: t.cellLen,
    cellFlags: t.cellFlags,
    merges: mergedRanges(b, innerEnd, prefix),
  };
}

export function maxColumn(sheet: SheetLayout): number {
  let max = -1;
  for (let c = 0; c < sheet.cellCount; c++) if (sheet.cellCol[c] > max) max = sheet.cellCol[c];
  for (const g of sheet.merges) max = Math.max(max, g.right);
  return max;
}

/** The start tag of a cell, as text. */
export function cellStartTag(sheet: SheetLayout, cell: number): string {
  return startTag(sheet.bytes.toString("utf8", sheet.cellStart[cell], cellEnd(sheet, cell)));
}

/** Where a cell's element ends (after it). */
export function cellEnd(sheet: SheetLayout, cell: number): number {
  return sheet.cellStart[cell] + sheet.cellLen[cell];
}

/** The merged ranges: mergeCells follow sheetData (which ends at `innerEnd`). */
function mergedRanges(b: Buffer, innerEnd: number, prefix: string): Range[] {
  const merges: Range[] = [];
  const tail = b.toString("latin1", innerEnd);
  const mergeRe = new RegExp(`<${prefix.replace(/[.-]/g, "\\$&")}mergeCell\\b[^>]*>`, "g");
  let m: RegExpExecArray | null;
  while ((m = mergeRe.exec(tail))) {
    const g = parseRange(attrs(m[0]).ref ?? "");
    if (g) merges.push(g);
  }
  return merges;
}

/** element names with the sheet's namespace prefix, as bytes */
interface SheetNames {
  rowName: Buffer;
  rowClose: Buffer;
  cName: Buffer;
  cClose: Buffer;
  fName: Buffer;
  vName: Buffer;
  isName: Buffer;
  isClose: Buffer;
  vClose: Buffer;
  vOpen: Buffer;
  /** `</v></c>` */
  vcClose: Buffer;
}

function sheetNames(prefix: string): SheetNames {
  const bin = (x: string) => Buffer.from(x, "latin1");
  return {
    rowName: bin(`${prefix}row`),
    rowClose: bin(`</${prefix}row>`),
    cName: bin(`${prefix}c`),
    cClose: bin(`</${prefix}c>`),
    fName: bin(`${prefix}f`),
    vName: bin(`${prefix}v`),
    isName: bin(`${prefix}is`),
    isClose: bin(`</${prefix}is>`),
    vClose: bin(`</${prefix}v>`),
    vOpen: bin(`<${prefix}v>`),
    vcClose: bin(`</${prefix}v></${prefix}c>`),
  };
}

/** Every `<row>` between `start` and `end` (anything else between rows is kept as it is) and the cells in it. */
function scanRows(b: Buffer, start: number, end: number, names: SheetNames): SheetTables {
  // bound again here: this loop runs once per sheet, where a module's constants are not folded (see bytes.ts)
  const { LT, SLASH } = CH;
  const { rowName, rowClose } = names;
  const t = new SheetTables(end - start);
  let lastRow = 0;
  let i = start;
  while (i < end) {
    while (i < end && !(b[i] === LT && nameAt(b, i + 1, rowName))) i++;
    if (i >= end) break;
    const lt = i;
    const te = tagEndAt(b, lt, end);
    if (te < 0) throw new Error("unterminated row");
    const n = rowNumberAttr(b, lt + 1 + rowName.length, te);
    const row = n > 0 ? n : lastRow + 1;
    lastRow = row;
    t.addRow(row, lt, te + 1);
    if (b[te - 1] === SLASH) {
      t.endRow(te + 1);
      i = te + 1;
      continue;
    }
    const close = scanRowCells(b, te + 1, end, names, t);
    t.endRow(close + rowClose.length);
    i = close + rowClose.length;
  }
  t.rowFirstCell[t.rows] = t.cells;
  return t;
}

/**
 * The cells of a row from `k` (after its start tag) into `t`; where its end tag starts. The usual cell
 * (`<c r="B2" …><v>…</v></c>` or `<c …/>`) is read here, in the loop; any other form by childrenEnd.
 */
function scanRowCells(b: Buffer, k: number, end: number, names: SheetNames, t: SheetTables): number {
  const { cName, vOpen, vcClose } = names;
  let lastCol = -1;
  for (;;) {
    while (k < end && b[k] !== LT) k++;
    if (k >= end) throw new Error("unterminated row");
    if (b[k + 1] === SLASH) {
      if (bytesAt(b, k, names.rowClose)) return k;
      while (k < end && b[k] !== GT) k++;
      continue;
    }
    if (!nameAt(b, k + 1, cName)) {
      // something else in the row: passed over (kept only if the row is not rebuilt)
      const e = tagEndAt(b, k, end);
      k = e < 0 ? end : e + 1;
      continue;
    }
    const cs = k;
    const ce = tagEndAt(b, cs, end);
    if (ce < 0) throw new Error("unterminated cell");
    let col = refColumn(b, cs + 1 + cName.length, ce);
    const hasRef = col >= 0;
    if (!hasRef) col = lastCol + 1;
    lastCol = col;
    let cellStop = -1;
    let flags = CELL_EMPTY;
    if (b[ce - 1] === SLASH) cellStop = ce + 1;
    else if (bytesAt(b, ce + 1, vOpen)) {
      // the usual <v>…</v></c>
      const vs = ce + 1 + vOpen.length;
      let x = vs;
      while (x < end && b[x] !== LT) x++;
      if (bytesAt(b, x, vcClose)) {
        cellStop = x + vcClose.length;
        if (hasText(b, vs, x)) flags = 0;
      }
    }
    if (cellStop < 0) {
      cellStop = childrenEnd(b, ce, end, names);
      flags = (content.formula ? CELL_FORMULA : 0) | (!content.formula && !content.value ? CELL_EMPTY : 0);
    }
    t.addCell(col, cs, cellStop, (hasRef ? CELL_HAS_REF : 0) | flags);
    k = cellStop;
  }
}

/** The column of a cell's `r` attribute (the start tag's attributes run from `a` to its `>` at `ce`); -1 without one. */
function refColumn(b: Buffer, a: number, ce: number): number {
  // the usual <c r="B2" …>
  if (b[a] === SPACE && b[a + 1] === LOWER_R && b[a + 2] === EQUALS && b[a + 3] === DQUOTE) return columnAt(b, a + 4);
  return attrValue(b, a, ce, R) ? columnAt(b, span.start) : -1;
}

/** Whether bytes `from`..`to` hold anything but white space. */
function hasText(b: Buffer, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (!WS(b[x])) return true;
  return false;
}

/** What a cell holds, as childrenEnd found: a formula, a value with something in it */
const content = { formula: false, value: false };

/** Any cell's children up to `</c>`: a formula, a value with something in it, an inline string with something in it. */
function childrenEnd(b: Buffer, ce: number, end: number, names: SheetNames): number {
  content.formula = false;
  content.value = false;
  let j = ce + 1;
  for (;;) {
    while (j < end && b[j] !== LT) j++;
    if (j >= end) throw new Error("unterminated cell");
    if (bytesAt(b, j, names.cClose)) return j + names.cClose.length;
    if (nameAt(b, j + 1, names.fName)) content.formula = true;
    else if (!content.value && nameAt(b, j + 1, names.vName)) {
      // a value holds no markup: its text runs to the next <
      const vte = tagEndAt(b, j, end);
      if (vte > 0 && b[vte - 1] !== SLASH) {
        let x = vte + 1;
        for (; x < end && b[x] !== LT; x++) if (!WS(b[x])) content.value = true;
        if (!bytesAt(b, x, names.vClose)) content.value = false;
        j = x;
        continue;
      }
    } else if (!content.value && nameAt(b, j + 1, names.isName)) {
      const ite = tagEndAt(b, j, end);
      const iEnd = b[ite - 1] === SLASH ? -1 : b.indexOf(names.isClose, ite);
      if (iEnd >= 0) {
        for (let x = ite + 1; x < iEnd; x++) if (!WS(b[x])) content.value = true;
        j = iEnd;
      }
    }
    j++;
  }
}
