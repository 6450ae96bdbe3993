// The row and cell arrays of a sheet layout while the scanner fills them: typed arrays sized up front, grown by doubling.

function growInt(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n < a.length) return a;
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * A cell's column or byte length: 2 bytes while every value fits (a sheet's columns stop at 16 384; a cell is rarely
 * 64 KB long), 4 bytes from the first that does not. A full sheet has ≈ 10 million cells: 40 MB less than 4 bytes each.
 */
export type CompactInts = Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer>;

const COMPACT_MAX = 0xffff;

function growCompact(a: CompactInts, n: number): CompactInts {
  if (n < a.length) return a;
  const b = a instanceof Uint16Array ? new Uint16Array(a.length * 2) : new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** `a` able to hold `v` at index `at`: the same array, or its values in 4-byte slots. */
function holding(a: CompactInts, v: number): CompactInts {
  return v > COMPACT_MAX && a instanceof Uint16Array ? Int32Array.from(a) : a;
}

/** The row and cell arrays of a SheetLayout while they are filled. */
export class SheetTables {
  rows = 0;
  cells = 0;
  rowNum: Int32Array<ArrayBuffer>;
  rowStart: Int32Array<ArrayBuffer>;
  rowTagEnd: Int32Array<ArrayBuffer>;
  rowEnd: Int32Array<ArrayBuffer>;
  rowFirstCell: Int32Array<ArrayBuffer>;
  cellCol: CompactInts;
  cellStart: Int32Array<ArrayBuffer>;
  /** where each cell ends, as its length from its start */
  cellLen: CompactInts;
  cellFlags: Uint8Array;

  /**
   * Room for as many rows and cells as `size` bytes could hold at their most common sizes: a zeroed array's pages
   * cost nothing until written, while growing by copies writes every page again (a page fault each, measured).
   */
  constructor(size: number) {
    const rowRoom = Math.max(1024, Math.ceil(size / 64));
    const cellRoom = Math.max(8192, Math.ceil(size / 16));
    this.rowNum = new Int32Array(rowRoom);
    this.rowStart = new Int32Array(rowRoom);
    this.rowTagEnd = new Int32Array(rowRoom);
    this.rowEnd = new Int32Array(rowRoom);
    this.rowFirstCell = new Int32Array(rowRoom);
    this.cellCol = new Uint16Array(cellRoom);
    this.cellStart = new Int32Array(cellRoom);
    this.cellLen = new Uint16Array(cellRoom);
    this.cellFlags = new Uint8Array(cellRoom);
  }

  /** A row starts: its number, its `<`, the index after its start tag; its cells follow. */
  addRow(num: number, start: number, tagEnd: number): void {
    const rows = this.rows;
    if (rows + 1 >= this.rowNum.length) {
      this.rowNum = growInt(this.rowNum, rows + 1);
      this.rowStart = growInt(this.rowStart, rows + 1);
      this.rowTagEnd = growInt(this.rowTagEnd, rows + 1);
      this.rowEnd = growInt(this.rowEnd, rows + 1);
      this.rowFirstCell = growInt(this.rowFirstCell, rows + 1);
    }
    this.rowNum[rows] = num;
    this.rowStart[rows] = start;
    this.rowTagEnd[rows] = tagEnd;
    this.rowFirstCell[rows] = this.cells;
  }

  /** The row begun last ends before `end`. */
  endRow(end: number): void {
    this.rowEnd[this.rows++] = end;
  }

  addCell(col: number, start: number, end: number, flags: number): void {
    const cells = this.cells;
    if (cells + 1 >= this.cellCol.length) {
      this.cellCol = growCompact(this.cellCol, cells + 1);
      this.cellStart = growInt(this.cellStart, cells + 1);
      this.cellLen = growCompact(this.cellLen, cells + 1);
      const f = new Uint8Array(this.cellCol.length);
      f.set(this.cellFlags);
      this.cellFlags = f;
    }
    const len = end - start;
    if (col > COMPACT_MAX) this.cellCol = holding(this.cellCol, col);
    if (len > COMPACT_MAX) this.cellLen = holding(this.cellLen, len);
    this.cellCol[cells] = col;
    this.cellStart[cells] = start;
    this.cellLen[cells] = len;
    this.cellFlags[cells] = flags;
    this.cells = cells + 1;
  }
}
