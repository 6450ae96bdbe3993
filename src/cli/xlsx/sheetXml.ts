import { CellOut } from "../../engine";
import { attrValue, bytesAt, nameAt, span, tagEndAt, WS } from "./byteScan";
import { DeflateSink, Deflated } from "./zip";
import { attrs, colIndex, colLetters, escapeXml, parseRange, Range, rootPrefix, setAttr, startTag } from "./xml";

/**
 * The data sheet as Jili patches it: where each row and cell sits in the part's bytes (found by a byte scanner,
 * no string of the whole sheet is made), so that rows Jili does not touch — and, in the rows it does, every cell
 * outside its columns — are copied byte for byte.
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
  /** per cell: 0-based column, element start and end (after the element) */
  cellCol: Int32Array;
  cellStart: Int32Array;
  cellEnd: Int32Array;
  /** per cell: CELL_HAS_REF | CELL_FORMULA | CELL_EMPTY */
  cellFlags: Uint8Array;
  merges: Range[];
}

export const CELL_HAS_REF = 1;
export const CELL_FORMULA = 2;
/** neither a formula nor a value (a styled blank) */
export const CELL_EMPTY = 4;

const R = Buffer.from("r");
const SPANS = Buffer.from("spans");

function growInt(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n < a.length) return a;
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Finds the rows and cells of a worksheet part. */
export function parseSheet(bytes: Buffer): SheetLayout {
  const b = bytes;
  const head = b.toString("latin1", 0, Math.min(b.length, 8192));
  const prefix = /<([\w.-]+:)?worksheet[\s>]/.test(head) ? rootPrefix(head, "worksheet") : rootPrefix(b.toString("latin1"), "worksheet");
  const bin = (x: string) => Buffer.from(x, "latin1");
  const sheetData = bin(`${prefix}sheetData`);
  let open = -1;
  for (let at = b.indexOf(`<${prefix}sheetData`); at >= 0; at = b.indexOf(`<${prefix}sheetData`, at + 1)) {
    if (nameAt(b, at + 1, sheetData)) {
      open = at;
      break;
    }
  }
  if (open < 0) throw new Error("worksheet without sheetData");
  const openEnd = tagEndAt(b, open, b.length);
  if (openEnd < 0) throw new Error("unterminated sheetData");
  const selfClosing = b[openEnd - 1] === 47;
  const innerStart = openEnd + 1;
  // a sheet has one sheetData, and its end tag cannot occur in cell text (escaped there): found from the end
  const innerEnd = selfClosing ? innerStart : b.lastIndexOf(`</${prefix}sheetData>`);
  if (innerEnd < innerStart) throw new Error("unterminated sheetData");

  const rowName = bin(`${prefix}row`);
  const rowClose = bin(`</${prefix}row>`);
  const cName = bin(`${prefix}c`);
  const cClose = bin(`</${prefix}c>`);
  const fName = bin(`${prefix}f`);
  const vName = bin(`${prefix}v`);
  const isName = bin(`${prefix}is`);
  const isClose = bin(`</${prefix}is>`);
  const vClose = bin(`</${prefix}v>`);
  const vOpen = bin(`<${prefix}v>`);
  const vcClose = bin(`</${prefix}v></${prefix}c>`);

  // room for as many rows and cells as the bytes could hold at their most common sizes: a zeroed array's pages cost
  // nothing until written, while growing by copies writes every page again (a page fault each, measured)
  const rowRoom = Math.max(1024, Math.ceil((innerEnd - innerStart) / 64));
  const cellRoom = Math.max(8192, Math.ceil((innerEnd - innerStart) / 16));
  let rowNum = new Int32Array(rowRoom);
  let rowStart = new Int32Array(rowRoom);
  let rowTagEnd = new Int32Array(rowRoom);
  let rowEnd = new Int32Array(rowRoom);
  let rowFirstCell = new Int32Array(rowRoom);
  let cellCol = new Int32Array(cellRoom);
  let cellStart = new Int32Array(cellRoom);
  let cellEnd = new Int32Array(cellRoom);
  let cellFlags = new Uint8Array(cellRoom);
  let rows = 0;
  let cells = 0;
  let lastRow = 0;

  let i = innerStart;
  while (i < innerEnd) {
    // the next <row …> (anything else between rows is kept as it is)
    while (i < innerEnd && !(b[i] === 60 && nameAt(b, i + 1, rowName))) i++;
    if (i >= innerEnd) break;
    const lt = i;
    const te = tagEndAt(b, lt, innerEnd);
    if (te < 0) throw new Error("unterminated row");
    let n = NaN;
    if (attrValue(b, lt + 1 + rowName.length, te, R)) {
      n = 0;
      for (let x = span.start; x < span.end; x++) {
        const d = b[x] - 48;
        if (d < 0 || d > 9) {
          n = parseInt(b.toString("latin1", span.start, span.end), 10);
          break;
        }
        n = n * 10 + d;
      }
    }
    const row = n > 0 ? n : lastRow + 1;
    lastRow = row;
    if (rows + 1 >= rowNum.length) {
      rowNum = growInt(rowNum, rows + 1);
      rowStart = growInt(rowStart, rows + 1);
      rowTagEnd = growInt(rowTagEnd, rows + 1);
      rowEnd = growInt(rowEnd, rows + 1);
      rowFirstCell = growInt(rowFirstCell, rows + 1);
    }
    rowNum[rows] = row;
    rowStart[rows] = lt;
    rowTagEnd[rows] = te + 1;
    rowFirstCell[rows] = cells;
    if (b[te - 1] === 47) {
      rowEnd[rows++] = te + 1;
      i = te + 1;
      continue;
    }
    let lastCol = -1;
    let k = te + 1;
    let close = -1;
    for (;;) {
      while (k < innerEnd && b[k] !== 60) k++;
      if (k >= innerEnd) throw new Error("unterminated row");
      if (b[k + 1] === 47) {
        if (bytesAt(b, k, rowClose)) {
          close = k;
          break;
        }
        while (k < innerEnd && b[k] !== 62) k++;
        continue;
      }
      if (!nameAt(b, k + 1, cName)) {
        // something else in the row: passed over (kept only if the row is not rebuilt)
        const e = tagEndAt(b, k, innerEnd);
        k = e < 0 ? innerEnd : e + 1;
        continue;
      }
      const cs = k;
      let col = -1;
      let ce: number;
      const a = cs + 1 + cName.length;
      if (b[a] === 32 && b[a + 1] === 114 && b[a + 2] === 61 && b[a + 3] === 34) {
        // the usual <c r="B2" …>
        let x = a + 4;
        if (b[x] === 36) x++;
        let letters = 0;
        for (let ch = b[x]; ; ch = b[++x]) {
          if (ch >= 97 && ch <= 122) ch -= 32;
          if (ch < 65 || ch > 90) break;
          letters = letters * 26 + (ch - 64);
        }
        col = letters - 1;
        while (x < innerEnd && b[x] !== 34) x++;
        ce = tagEndAt(b, x, innerEnd);
      } else {
        ce = tagEndAt(b, cs, innerEnd);
        if (ce >= 0 && attrValue(b, a, ce, R)) {
          let letters = 0;
          let x = b[span.start] === 36 ? span.start + 1 : span.start;
          for (let ch = b[x]; x < span.end; ch = b[++x]) {
            if (ch >= 97 && ch <= 122) ch -= 32;
            if (ch < 65 || ch > 90) break;
            letters = letters * 26 + (ch - 64);
          }
          col = letters - 1;
        }
      }
      if (ce < 0) throw new Error("unterminated cell");
      const hasRef = col >= 0;
      if (!hasRef) col = lastCol + 1;
      lastCol = col;
      let formula = false;
      let value = false;
      let end = -1;
      if (b[ce - 1] === 47) end = ce + 1;
      else if (bytesAt(b, ce + 1, vOpen)) {
        // the usual <v>…</v></c>
        let x = ce + 1 + vOpen.length;
        for (; x < innerEnd && b[x] !== 60; x++) if (!WS(b[x])) value = true;
        if (bytesAt(b, x, vcClose)) end = x + vcClose.length;
        else value = false;
      }
      if (end < 0) {
        // children up to </c>: a formula, a value with something in it, an inline string with something in it
        let j = ce + 1;
        for (;;) {
          while (j < innerEnd && b[j] !== 60) j++;
          if (j >= innerEnd) throw new Error("unterminated cell");
          if (bytesAt(b, j, cClose)) {
            end = j + cClose.length;
            break;
          }
          if (nameAt(b, j + 1, fName)) formula = true;
          else if (!value && nameAt(b, j + 1, vName)) {
            // a value holds no markup: its text runs to the next <
            const vte = tagEndAt(b, j, innerEnd);
            if (vte > 0 && b[vte - 1] !== 47) {
              let x = vte + 1;
              for (; x < innerEnd && b[x] !== 60; x++) if (!WS(b[x])) value = true;
              if (!bytesAt(b, x, vClose)) value = false;
              j = x;
              continue;
            }
          } else if (!value && nameAt(b, j + 1, isName)) {
            const ite = tagEndAt(b, j, innerEnd);
            const iEnd = b[ite - 1] === 47 ? -1 : b.indexOf(isClose, ite);
            if (iEnd >= 0) {
              for (let x = ite + 1; x < iEnd; x++) if (!WS(b[x])) value = true;
              j = iEnd;
            }
          }
          j++;
        }
      }
      if (cells + 1 >= cellCol.length) {
        cellCol = growInt(cellCol, cells + 1);
        cellStart = growInt(cellStart, cells + 1);
        cellEnd = growInt(cellEnd, cells + 1);
        const f = new Uint8Array(cellCol.length);
        f.set(cellFlags);
        cellFlags = f;
      }
      cellCol[cells] = col;
      cellStart[cells] = cs;
      cellEnd[cells] = end;
      cellFlags[cells] = (hasRef ? CELL_HAS_REF : 0) | (formula ? CELL_FORMULA : 0) | (!formula && !value ? CELL_EMPTY : 0);
      cells++;
      k = end;
    }
    rowEnd[rows++] = close + rowClose.length;
    i = close + rowClose.length;
  }
  rowFirstCell[rows] = cells;

  const merges: Range[] = [];
  // mergeCells follow sheetData
  const tail = b.toString("latin1", innerEnd);
  const mergeRe = new RegExp(`<${prefix.replace(/[.-]/g, "\\$&")}mergeCell\\b[^>]*>`, "g");
  let m: RegExpExecArray | null;
  while ((m = mergeRe.exec(tail))) {
    const g = parseRange(attrs(m[0]).ref ?? "");
    if (g) merges.push(g);
  }
  return { prefix, bytes, innerStart, innerEnd, selfClosing, rowCount: rows, rowNum, rowStart, rowTagEnd, rowEnd, rowFirstCell, cellCount: cells, cellCol, cellStart, cellEnd, cellFlags, merges };
}

export function maxColumn(sheet: SheetLayout): number {
  let max = -1;
  for (let c = 0; c < sheet.cellCount; c++) if (sheet.cellCol[c] > max) max = sheet.cellCol[c];
  for (const g of sheet.merges) max = Math.max(max, g.right);
  return max;
}

/** The start tag of a cell, as text. */
export function cellStartTag(sheet: SheetLayout, cell: number): string {
  return startTag(sheet.bytes.toString("utf8", sheet.cellStart[cell], sheet.cellEnd[cell]));
}

/** JavaScript's \s, by code unit (what `/^\s|\s$/` tests, without a regular expression per cell) */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The XML of one cell Jili writes: numbers and booleans as values, text inline (the shared-string table is left alone). */
export function cellXml(prefix: string, ref: string, value: CellOut, style?: number): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  if (value === null || value === undefined) return `<${prefix}c r="${ref}"${s}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<${prefix}c r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${prefix}c>` : cellXml(prefix, ref, String(value), style);
  if (typeof value === "boolean") return `<${prefix}c r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${ref}"${s} t="inlineStr">${inlineTail(prefix, value)}`;
}

/** What follows a text cell's start tag: its inline string and the end tag. */
export function inlineTail(prefix: string, value: string): string {
  const space = value.length && (isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)) || value.includes("\n")) ? ' xml:space="preserve"' : "";
  return `<${prefix}is><${prefix}t${space}>${escapeXml(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/**
 * A cell Jili writes into a row: its column and XML. A text cell's XML may end in `tail`, the part after its start
 * tag (the same for every cell with that text: explanations and statuses repeat), written from bytes encoded once.
 */
export interface NewCell {
  col: number;
  /** the cell's XML up to its tail; not read when `open` is set */
  xml: string;
  /**
   * The start tag as bytes made once per column and kind, around the row number: `open` (`<c r="K`), the digits of
   * `row`, `close` (`" t="inlineStr">`). A row of 100 000 cells then builds and encodes no string per cell.
   */
  open?: Buffer | null;
  row?: number;
  close?: Buffer | null;
  tail?: string | null;
}

/** Writes a new cell: its XML (or its start tag's bytes), then its tail (see NewCell). */
function writeCell(out: DeflateSink, cell: NewCell): void {
  if (cell.open && cell.close) {
    out.bytes(cell.open);
    out.digits(cell.row as number);
    out.bytes(cell.close);
  } else out.text(cell.xml);
  if (cell.tail) out.repeatedText(cell.tail);
}

/** What Jili writes into the data sheet. */
export interface SheetEdit {
  /** per 0-based column: 1 for the columns Jili writes or owns (non-formula cells there are replaced or cleared) */
  owned: Uint8Array;
  /** rows from this one (1-based) down are Jili's to clear in its columns */
  fromRow: number;
  /** rows Jili writes cells into, ascending */
  rows: number[];
  /** the cells of one of those rows, by column (called once per row, in order; the array may be reused by the next call) */
  cellsOf(row: number): NewCell[];
  /** the XML before the sheet's rows (dimension, column widths), given as text */
  head(xml: string): string;
}

/**
 * The sheet's new bytes, deflated while they are written: rows without an edit, the text between rows and
 * everything after sheetData are copied byte for byte; an edited row keeps its other cells as they are.
 */
export async function writeSheet(sheet: SheetLayout, edit: SheetEdit): Promise<Deflated> {
  const { bytes: b, prefix } = sheet;
  const out = new DeflateSink();
  // after each full block, a turn of the event loop: deflates done by then hand their blocks back for reuse
  let blocksSeen = 0;
  const blockDone = () => out.blocksFlushed !== blocksSeen && (blocksSeen = out.blocksFlushed) > 0;
  let head = edit.head(b.toString("utf8", 0, sheet.innerStart));
  if (sheet.selfClosing) head = head.replace(/\s*\/>$/, ">");
  out.text(head);
  const rowClose = `</${prefix}row>`;
  const owned = edit.owned;
  const isOwned = (col: number) => col < owned.length && owned[col] === 1;
  const pending = edit.rows;
  let next = 0;
  const newRow = (r: number) => {
    const cells = edit.cellsOf(r);
    out.text(`<${prefix}row r="${r}">`);
    for (const c of cells) writeCell(out, c);
    out.text(rowClose);
  };

  let cursor = sheet.innerStart;
  for (let k = 0; k < sheet.rowCount; k++) {
    if (blockDone()) await nextTurn();
    const r = sheet.rowNum[k];
    const start = sheet.rowStart[k];
    if (next < pending.length && pending[next] < r) {
      // rows Jili adds before this one
      out.bytes(b, cursor, start);
      cursor = start;
      while (next < pending.length && pending[next] < r) newRow(pending[next++]);
    }
    const written = next < pending.length && pending[next] === r;
    let clears = false;
    if (r >= edit.fromRow)
      for (let c = sheet.rowFirstCell[k]; c < sheet.rowFirstCell[k + 1]; c++)
        if (isOwned(sheet.cellCol[c]) && !(sheet.cellFlags[c] & CELL_FORMULA)) {
          clears = true;
          break;
        }
    if (!written && !clears) continue;
    out.bytes(b, cursor, start);
    const added = written ? edit.cellsOf(pending[next++]) : [];
    rebuildRow(sheet, k, added, isOwned, out);
    cursor = sheet.rowEnd[k];
  }
  out.bytes(b, cursor, sheet.innerEnd);
  while (next < pending.length) {
    if (blockDone()) await nextTurn();
    newRow(pending[next++]);
  }
  if (sheet.selfClosing) out.text(`</${prefix}sheetData>`);
  out.bytes(b, sheet.innerEnd, b.length);
  return out.finish();
}

/** lets callbacks waiting on the event loop run (finished deflates) */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** One row again: its start tag (spans updated), its cells outside Jili's columns as they were, Jili's cells. */
function rebuildRow(sheet: SheetLayout, k: number, added: NewCell[], isOwned: (col: number) => boolean, out: DeflateSink): void {
  const { bytes: b, prefix } = sheet;
  const first = sheet.rowFirstCell[k];
  const last = sheet.rowFirstCell[k + 1];
  // the cells kept: outside Jili's columns, or formulas (never Jili's to clear; on a row Jili writes they stopped the fill)
  const kept: number[] = [];
  let needRefs = false;
  let sorted = true;
  let lastKept = -1;
  for (let c = first; c < last; c++) {
    const col = sheet.cellCol[c];
    const flags = sheet.cellFlags[c];
    if (!(flags & CELL_HAS_REF)) needRefs = true;
    if (isOwned(col) && !(flags & CELL_FORMULA)) continue;
    if (col < lastKept) sorted = false;
    lastKept = col;
    kept.push(c);
  }
  const tagStart = sheet.rowStart[k];
  const tagEnd = sheet.rowTagEnd[k];
  const selfClosing = b[tagEnd - 2] === 47;
  const nameLength = prefix.length + 4; // <row
  if (sorted && !needRefs && !selfClosing && (!kept.length || !added.length || added[0].col >= lastKept)) {
    // the usual row: the user's cells, then Jili's. The start tag's bytes up to the spans value go out as text (one
    // piece with the end of the row before), the rest of it with the first run of kept cells
    let from = -1;
    let to = -1;
    if (kept.length + added.length && attrValue(b, tagStart + nameLength, tagEnd - 1, SPANS)) {
      const firstCol = kept.length ? sheet.cellCol[kept[0]] : added[0].col;
      const lastCol = added.length ? added[added.length - 1].col : lastKept;
      out.text(`${b.toString("utf8", tagStart, span.start)}${firstCol + 1}:${lastCol + 1}`);
      from = span.end;
      to = tagEnd;
    } else if (kept.length + added.length) {
      from = tagStart;
      to = tagEnd;
    } else out.text(setAttr(b.toString("utf8", tagStart, tagEnd), "spans", null));
    for (const c of kept) {
      if (from >= 0 && to === sheet.cellStart[c]) to = sheet.cellEnd[c];
      else {
        if (from >= 0) out.bytes(b, from, to);
        from = sheet.cellStart[c];
        to = sheet.cellEnd[c];
      }
    }
    if (from >= 0) out.bytes(b, from, to);
    for (const a of added) writeCell(out, a);
    out.text(`</${prefix}row>`);
    return;
  }

  // kept and added cells in column order (added ones after a kept one of the same column, as a stable sort would)
  let order: number[]; // cell index, or -1 - index into added
  if (sorted && (!kept.length || !added.length || added[0].col >= lastKept)) order = [...kept, ...added.map((_, i) => -1 - i)];
  else if (sorted) {
    order = [];
    let x = 0;
    added.forEach((a, i) => {
      while (x < kept.length && sheet.cellCol[kept[x]] <= a.col) order.push(kept[x++]);
      order.push(-1 - i);
    });
    while (x < kept.length) order.push(kept[x++]);
  } else {
    const colOf = (o: number) => (o >= 0 ? sheet.cellCol[o] : added[-1 - o].col);
    order = [...kept, ...added.map((_, i) => -1 - i)].sort((p, q) => colOf(p) - colOf(q));
  }

  // the start tag: as it was, unless its spans (or a self-closing end) must change
  if (attrValue(b, tagStart + nameLength, tagEnd - 1, SPANS)) {
    const colOf = (o: number) => (o >= 0 ? sheet.cellCol[o] : added[-1 - o].col);
    if (order.length) {
      out.bytes(b, tagStart, span.start);
      out.text(`${colOf(order[0]) + 1}:${colOf(order[order.length - 1]) + 1}`);
      if (selfClosing) {
        let e = tagEnd - 2;
        while (WS(b[e - 1])) e--;
        out.bytes(b, span.end, e);
        out.text(">");
      } else out.bytes(b, span.end, tagEnd);
    } else {
      let tag = b.toString("utf8", tagStart, tagEnd);
      if (selfClosing) tag = tag.replace(/\s*\/>$/, ">");
      out.text(setAttr(tag, "spans", null));
    }
  } else if (selfClosing) out.text(b.toString("utf8", tagStart, tagEnd).replace(/\s*\/>$/, ">"));
  else out.bytes(b, tagStart, tagEnd);

  const row = sheet.rowNum[k];
  // runs of kept cells that lie next to each other in the source are copied in one piece, Jili's cells in one string
  let runStart = -1;
  let runEnd = -1;
  for (const o of order) {
    if (o < 0) {
      if (runStart >= 0) out.bytes(b, runStart, runEnd);
      runStart = -1;
      writeCell(out, added[-1 - o]);
      continue;
    }
    if (needRefs && !(sheet.cellFlags[o] & CELL_HAS_REF)) {
      if (runStart >= 0) out.bytes(b, runStart, runEnd);
      runStart = -1;
      const cell = b.toString("utf8", sheet.cellStart[o], sheet.cellEnd[o]);
      const st = startTag(cell);
      out.text(st.replace(/^<([^\s/>]+)/, `<$1 r="${colLetters(sheet.cellCol[o])}${row}"`) + cell.slice(st.length));
      continue;
    }
    if (runStart >= 0 && runEnd === sheet.cellStart[o]) runEnd = sheet.cellEnd[o];
    else {
      if (runStart >= 0) out.bytes(b, runStart, runEnd);
      runStart = sheet.cellStart[o];
      runEnd = sheet.cellEnd[o];
    }
  }
  if (runStart >= 0) out.bytes(b, runStart, runEnd);
  out.text(`</${prefix}row>`);
}

/** The dimension covers every cell: `ref` widened to the given last column (0-based) and row. */
export function withDimension(head: string, prefix: string, maxCol: number, maxRow: number): string {
  return head.replace(new RegExp(`<${prefix.replace(/[.-]/g, "\\$&")}dimension\\b[^>]*>`), (tag) => {
    const r = parseRange(attrs(tag).ref ?? "");
    const top = r ? `${colLetters(r.left)}${r.top}` : "A1";
    return setAttr(tag, "ref", `${top}:${colLetters(Math.max(r ? r.right : 0, maxCol))}${Math.max(r ? r.bottom : 1, maxRow)}`);
  });
}

export { colIndex };

/** Gives Jili's columns a width where no `<col>` of the sheet covers them yet (user column widths stay as they are). */
export function withColumnWidths(xml: string, prefix: string, widths: Map<number, number>): string {
  const esc = prefix.replace(/[.-]/g, "\\$&");
  const colsRe = new RegExp(`<${esc}cols\\b[^>]*>([\\s\\S]*?)</${esc}cols>`);
  const m = colsRe.exec(xml);
  const existing: string[] = m ? (m[1].match(new RegExp(`<${esc}col\\b[^>]*>`, "g")) ?? []) : [];
  const covered = (c: number) =>
    existing.some((tag) => {
      const a = attrs(tag);
      return Number(a.min) <= c + 1 && c + 1 <= Number(a.max);
    });
  const add = [...widths].filter(([c]) => !covered(c)).sort((a, b) => a[0] - b[0]);
  if (!add.length) return xml;
  const items = [
    ...existing.map((tag) => ({ min: Number(attrs(tag).min), text: tag })),
    ...add.map(([c, w]) => ({ min: c + 1, text: `<${prefix}col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` })),
  ].sort((a, b) => a.min - b.min);
  if (m) {
    // keep the user's <col> elements as written, only interleave Jili's in order
    let inner = m[1];
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (existing.includes(it.text)) continue;
      const after = k > 0 ? items[k - 1] : undefined;
      if (after) {
        const at = inner.indexOf(after.text) + after.text.length;
        inner = inner.slice(0, at) + it.text + inner.slice(at);
      } else inner = it.text + inner;
    }
    const openTag = m[0].slice(0, m[0].indexOf(">") + 1);
    return xml.slice(0, m.index) + openTag + inner + `</${prefix}cols>` + xml.slice(m.index + m[0].length);
  }
  const at = xml.search(new RegExp(`<${esc}sheetData\\b`));
  return xml.slice(0, at) + `<${prefix}cols>${items.map((x) => x.text).join("")}</${prefix}cols>` + xml.slice(at);
}
