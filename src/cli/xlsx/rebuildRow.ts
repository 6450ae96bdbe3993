// One edited row of the data sheet written again: the user's cells copied as bytes, Jili's cells in column order.
import { attrValue, span, WS } from "./byteScan";
import { SLASH } from "./bytes";
import { NewCell, writeCell } from "./cellXml";
import { PartSink } from "./partSink";
import { CELL_FORMULA, CELL_HAS_REF, cellEnd, SheetLayout } from "./sheetLayout";
import { colLetters, setAttr, startTag } from "./xml";

const SPANS = Buffer.from("spans");
const COLON = Buffer.from(":");

/** `</row>` with the sheet's prefix, as bytes made once per prefix (it ends every row written) */
const rowEnds = new Map<string, Buffer>();
function rowEnd(prefix: string): Buffer {
  let end = rowEnds.get(prefix);
  if (end === undefined) rowEnds.set(prefix, (end = Buffer.from(`</${prefix}row>`, "utf8")));
  return end;
}

/** Where the attributes of row `k`'s start tag begin: after `<`, the prefix and `row`. */
function afterRowName(sheet: SheetLayout, k: number): number {
  return sheet.rowStart[k] + 1 + sheet.prefix.length + 3;
}

/** The cells of a row that stay, and what decides how the row is written. */
interface KeptCells {
  /** cell indexes, in the row's order */
  kept: number[];
  /** whether some cell of the row has no reference (a rebuilt row gives every cell one) */
  needRefs: boolean;
  /** whether the kept cells are in column order */
  sorted: boolean;
  /** column of the last kept cell (-1: none) */
  lastKept: number;
}

/** One row again: its start tag (spans updated), its cells outside Jili's columns as they were, Jili's cells. */
export function rebuildRow(sheet: SheetLayout, k: number, added: NewCell[], isOwned: (col: number) => boolean, out: PartSink): void {
  const keep = keptCells(sheet, k, isOwned);
  const { kept, lastKept } = keep;
  const selfClosing = sheet.bytes[sheet.rowTagEnd[k] - 2] === SLASH;
  const appended = !kept.length || !added.length || added[0].col >= lastKept;
  if (keep.sorted && !keep.needRefs && !selfClosing && appended) {
    writeUsualRow(sheet, k, keep, added, out);
    return;
  }
  const order = cellOrder(sheet, keep, added, appended);
  writeRowStart(sheet, k, order, added, selfClosing, out);
  writeOrderedCells(sheet, k, order, added, keep.needRefs, out);
}

/**
 * One KeptCells for every row, filled again for each: a fill rebuilds every row it writes (a million at the full
 * sheet), and two objects a row were that many more for the collector. Read only until the next row's call.
 */
const scratch: KeptCells = { kept: [], needRefs: false, sorted: true, lastKept: -1 };

/** The cells kept: outside Jili's columns, or formulas (never Jili's to clear; on a row Jili writes they stopped the fill). */
function keptCells(sheet: SheetLayout, k: number, isOwned: (col: number) => boolean): KeptCells {
  const kept = scratch.kept;
  kept.length = 0;
  let needRefs = false;
  let sorted = true;
  let lastKept = -1;
  for (let c = sheet.rowFirstCell[k]; c < sheet.rowFirstCell[k + 1]; c++) {
    const col = sheet.cellCol[c];
    const flags = sheet.cellFlags[c];
    if (!(flags & CELL_HAS_REF)) needRefs = true;
    if (isOwned(col) && !(flags & CELL_FORMULA)) continue;
    if (col < lastKept) sorted = false;
    lastKept = col;
    kept.push(c);
  }
  scratch.needRefs = needRefs;
  scratch.sorted = sorted;
  scratch.lastKept = lastKept;
  return scratch;
}

/**
 * The usual row: the user's cells, then Jili's. The start tag's bytes up to the spans value go out as text (one
 * piece with the end of the row before), the rest of it with the first run of kept cells.
 */
function writeUsualRow(sheet: SheetLayout, k: number, keep: KeptCells, added: NewCell[], out: PartSink): void {
  const { bytes: b, prefix } = sheet;
  const { kept, lastKept } = keep;
  const tagStart = sheet.rowStart[k];
  const tagEnd = sheet.rowTagEnd[k];
  let from = -1;
  let to = -1;
  if (kept.length + added.length && attrValue(b, afterRowName(sheet, k), tagEnd - 1, SPANS)) {
    const firstCol = kept.length ? sheet.cellCol[kept[0]] : added[0].col;
    const lastCol = added.length ? added[added.length - 1].col : lastKept;
    // bytes and digits, no string made: this runs once per row Jili writes
    out.bytes(b, tagStart, span.start);
    out.digits(firstCol + 1);
    out.bytes(COLON, 0, 1);
    out.digits(lastCol + 1);
    from = span.end;
    to = tagEnd;
  } else if (kept.length + added.length) {
    from = tagStart;
    to = tagEnd;
  } else out.text(setAttr(b.toString("utf8", tagStart, tagEnd), "spans", null));
  for (const c of kept) {
    if (from >= 0 && to === sheet.cellStart[c]) to = cellEnd(sheet, c);
    else {
      if (from >= 0) out.bytes(b, from, to);
      from = sheet.cellStart[c];
      to = cellEnd(sheet, c);
    }
  }
  if (from >= 0) out.bytes(b, from, to);
  for (const a of added) writeCell(out, a);
  out.bytes(rowEnd(prefix));
}

/**
 * Kept and added cells in column order (added ones after a kept one of the same column, as a stable sort would):
 * a kept cell's index, or -1 - its index in `added`. `appended`: every added cell comes after the kept ones.
 */
function cellOrder(sheet: SheetLayout, keep: KeptCells, added: NewCell[], appended: boolean): number[] {
  const { kept, sorted } = keep;
  if (sorted && appended) return [...kept, ...added.map((_, i) => -1 - i)];
  if (sorted) {
    const order: number[] = [];
    let x = 0;
    added.forEach((a, i) => {
      while (x < kept.length && sheet.cellCol[kept[x]] <= a.col) order.push(kept[x++]);
      order.push(-1 - i);
    });
    while (x < kept.length) order.push(kept[x++]);
    return order;
  }
  const colOf = (o: number) => (o >= 0 ? sheet.cellCol[o] : added[-1 - o].col);
  return [...kept, ...added.map((_, i) => -1 - i)].sort((p, q) => colOf(p) - colOf(q));
}

/** The start tag: as it was, unless its spans (or a self-closing end) must change. */
function writeRowStart(sheet: SheetLayout, k: number, order: number[], added: NewCell[], selfClosing: boolean, out: PartSink): void {
  const b = sheet.bytes;
  const tagStart = sheet.rowStart[k];
  const tagEnd = sheet.rowTagEnd[k];
  if (!attrValue(b, afterRowName(sheet, k), tagEnd - 1, SPANS)) {
    if (selfClosing) out.text(b.toString("utf8", tagStart, tagEnd).replace(/\s*\/>$/, ">"));
    else out.bytes(b, tagStart, tagEnd);
    return;
  }
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
}

/** The cells in `order`: runs of kept cells next to each other in the source copied in one piece, Jili's cells written. */
function writeOrderedCells(sheet: SheetLayout, k: number, order: number[], added: NewCell[], needRefs: boolean, out: PartSink): void {
  const { bytes: b, prefix } = sheet;
  const row = sheet.rowNum[k];
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
      const cell = b.toString("utf8", sheet.cellStart[o], cellEnd(sheet, o));
      const st = startTag(cell);
      out.text(st.replace(/^<([^\s/>]+)/, `<$1 r="${colLetters(sheet.cellCol[o])}${row}"`) + cell.slice(st.length));
      continue;
    }
    if (runStart >= 0 && runEnd === sheet.cellStart[o]) runEnd = cellEnd(sheet, o);
    else {
      if (runStart >= 0) out.bytes(b, runStart, runEnd);
      runStart = sheet.cellStart[o];
      runEnd = cellEnd(sheet, o);
    }
  }
  if (runStart >= 0) out.bytes(b, runStart, runEnd);
  out.bytes(rowEnd(prefix));
}
