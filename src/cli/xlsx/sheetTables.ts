// The row and cell arrays of a sheet layout while the scanner fills them: typed arrays sized up front, grown by doubling.

function growInt(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n < a.length) return a;
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
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
  cellCol: Int32Array<ArrayBuffer>;
  cellStart: Int32Array<ArrayBuffer>;
  cellEnd: Int32Array<ArrayBuffer>;
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
    this.cellCol = new Int32Array(cellRoom);
    this.cellStart = new Int32Array(cellRoom);
    this.cellEnd = new Int32Array(cellRoom);
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
      this.cellCol = growInt(this.cellCol, cells + 1);
      this.cellStart = growInt(this.cellStart, cells + 1);
      this.cellEnd = growInt(this.cellEnd, cells + 1);
      const f = new Uint8Array(this.cellCol.length);
      f.set(this.cellFlags);
      this.cellFlags = f;
    }
    this.cellCol[cells] = col;
    this.cellStart[cells] = start;
    this.cellEnd[cells] = end;
    this.cellFlags[cells] = flags;
    this.cells = cells + 1;
  }
}
