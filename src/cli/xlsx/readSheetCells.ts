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
  /** `</row>` */
  rowClose: Buffer;
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
    rowClose: bin(`</${p}row>`),
    isOpen: bin(`<${p}is><${p}t>`),
    isClose: bin(`</${p}t></${p}is></${p}c>`),
  };
}

/** The cell values of one worksheet part: cells[r][c] is sheet row r+1, column c+1. */
export function readSheetCells(buf: Buffer, ctx: SheetContext): RawCell[][] {
  const scan = new SheetScan(buf, ctx);
  scan.more(buf.length, true);
  return scan.cells();
}

/**
 * A scan of a worksheet part that may still be arriving (streamedSheet.ts inflates a large one on the thread pool
 * while this scans it): `more(available, whole)` reads the rows whose bytes are all there, `cells()` gives the grid
 * once the part is whole. The bytes past `available` are not read — but where a cell needs the long way round
 * (slowCell, which reads the part as text), the scan waits for the whole part, so a part read in pieces gives the
 * very cells it gives in one piece.
 */
export class SheetScan {
  private tags: SheetTags | null = null;
  private state: ScanState | null = null;
  /** where sheetData's start tag ends (its `>`) */
  private openEnd = -1;
  /** where sheetData's rows end (its end tag), known once the part is whole */
  private end = -1;
  private done = false;

  constructor(
    private readonly buf: Buffer,
    private readonly ctx: SheetContext,
  ) {}

  /** Reads on with the first `available` bytes there; `whole`: they are all the part's bytes. */
  more(available: number, whole: boolean): void {
    if (this.done) return;
    const b = this.buf;
    if (!this.state) {
      // the root and the sheetData start tag, from the bytes there so far
      const head = whole ? b : b.subarray(0, available);
      const p = worksheetPrefix(head);
      const open = sheetDataStart(head, p);
      const openEnd = open < 0 ? -1 : tagEndAt(head, open, head.length);
      if (openEnd < 0 && !whole) return;
      if (open < 0) {
        this.done = true;
        return;
      }
      if (openEnd < 0) throw new Error("unterminated sheetData");
      this.tags = sheetTags(p);
      this.openEnd = openEnd;
      this.state = { rows: [], i: openEnd + 1, rowNum: 0, line: undefined, lastCol: -1, width: 0, latin1: null };
      if (b[openEnd - 1] === SLASH) {
        this.end = openEnd;
        this.done = true;
        return;
      }
    }
    const tags = this.tags as SheetTags;
    if (whole) {
      // one sheetData per sheet; its end tag cannot occur in cell text (escaped there): found from the end
      const end = b.lastIndexOf(`</${tags.prefix}sheetData>`);
      this.end = end < this.openEnd ? b.length : end;
      scanRows(b, this.state, this.end, true, tags, this.ctx);
      this.done = true;
      return;
    }
    // only whole rows: up to the end of the last row there (an element that starts before it ends before it)
    const from = this.state.i;
    if (available <= from) return;
    const close = b.subarray(from, available).lastIndexOf(tags.rowClose);
    if (close >= 0) scanRows(b, this.state, from + close + tags.rowClose.length, false, tags, this.ctx);
  }

  /** The grid, once `more` has been told the part is whole. */
  cells(): RawCell[][] {
    if (!this.done) throw new Error("the sheet was not read to its end");
    if (!this.state || !this.tags) return [];
    // mergeCells follow sheetData
    clearMerged(this.state.rows, this.buf.toString("latin1", this.end), this.tags.prefix);
    return denseRows(this.state.rows);
  }
}

/** Where a scan of sheetData stands: the next byte to read, the row being read, the rows so far. */
interface ScanState {
  /** sparse: rows[r] is undefined where the sheet has no cell with a value */
  rows: (RawCell[] | undefined)[];
  i: number;
  rowNum: number;
  line: RawCell[] | undefined;
  lastCol: number;
  /**
   * the cells of the last row read: the next row's array is made that long (rows of a table are alike), so it holds
   * its cells without the spare room an array grown cell by cell keeps (≈ 0.06 GB at the full sheet)
   */
  width: number;
  /** the Latin-1 view of the bytes, made when a cell needs the long way round (only once the part is whole) */
  latin1: string | null;
}

/**
 * The rows of sheetData from `s.i` to `until`. Usual cells are read from the bytes; any other cell the long way
 * (slowCell) on the Latin-1 view of the part — which needs the whole part: when it is not (`whole` false) the scan
 * stops before that element, to go on once it is.
 */
function scanRows(buf: Buffer, s: ScanState, until: number, whole: boolean, tags: SheetTags, ctx: SheetContext): void {
  // bound again here: this loop runs once per piece, where a module's constants are not folded (see bytes.ts)
  const { LT, GT, SLASH } = CH;
  const b = buf;
  const end = until;
  // tags are read up to here: the part's end, or the piece's (every tag that starts in a piece ends in it)
  const n = whole ? b.length : until;
  const { cName, rowName } = tags;
  const S = () => (s.latin1 ??= buf.toString("latin1"));
  const rows = s.rows;
  let { rowNum, line, lastCol, width, i } = s;
  let maxStyle = ctx.maxStyle;
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
      if (!whole) break;
      i = skipSpecial(S(), lt);
      continue;
    }
    if (nameAt(b, lt + 1, cName)) {
      if (!readCellTag(b, lt + 1 + cName.length, n)) {
        if (!whole) break;
        // attributes the fast pass does not read: the whole cell the long way
        const g = slowCell(S(), buf, lt, lastCol, ctx, tags);
        lastCol = g.col;
        if (g.style > maxStyle) maxStyle = g.style;
        i = g.next;
        if (g.has) (line ??= rows[rowNum - 1] = newLine(width))[g.col] = g.value;
        continue;
      }
      const col = cellTag.col < 0 ? lastCol + 1 : cellTag.col;
      const value = cellTag.self ? undefined : fastCellValue(b, end, tags, ctx);
      if (!cellTag.self && cellEnd.next < 0 && !whole) break;
      lastCol = col;
      if (cellTag.style > maxStyle) maxStyle = cellTag.style;
      if (cellTag.self) {
        i = cellTag.end + 1;
        continue;
      }
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
    if (te < 0) {
      if (!whole) break;
      throw new Error("unterminated tag in sheetData");
    }
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
    if (!whole) break;
    i = skipElement(S(), lt, te);
  }
  ctx.maxStyle = maxStyle;
  Object.assign(s, { rowNum, line, lastCol, width, i });
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
  if (plain && (type === "" || type === "n")) return style && ctx.dateStyle[style] === 1 ? sharedDate(num, ctx) : num;
  return plainValue(type, style, textOfBytes(b, vs, ve), ctx);
}

/**
 * A date cell's Date, shared by the cells of the workbook with the same serial: a column of dates holds a few hundred
 * distinct days, and a Date object costs ≈ 96 bytes (≈ 0.1 GB at the full sheet, one per row). Kept per workbook (its
 * date system is the workbook's). Shared safely: nothing in Jili changes a Date it is given (test/cli/xlsxReader.test.ts
 * looks for setters in src/).
 */
function sharedDate(serial: number, ctx: SheetContext): Date {
  const dates = (ctx.dates ??= new Map());
  let d = dates.get(serial);
  if (d === undefined) {
    d = serialToDate(serial, ctx.date1904);
    if (dates.size < DATES_KEPT) dates.set(serial, d);
  }
  return d;
}

const DATES_KEPT = 65536;

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
