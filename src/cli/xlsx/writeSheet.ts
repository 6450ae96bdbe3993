// Writes the patched data sheet straight into a streaming deflate: untouched rows are copied as bytes, only edited rows are rebuilt.
import { NewCell, writeCell } from "./cellXml";
import { Deflated, DeflateSink } from "./deflateSink";
import { PartSink, TextSink } from "./partSink";
import { rebuildRow } from "./rebuildRow";
import { CELL_FORMULA, SheetLayout } from "./sheetLayout";

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
  /** the 0-based sheet column of each of the plan's columns */
  slots: number[];
  /** the XML before the sheet's rows (dimension, column widths), given as text */
  head(xml: string): string;
}

/** how many of the rows Jili writes (from the first, and the last one) the sample for the strict check holds */
export const SAMPLE_ROWS = 200;

/**
 * The sheet's new bytes, deflated while they are written: rows without an edit, the text between rows and
 * everything after sheetData are copied byte for byte; an edited row keeps its other cells as they are.
 *
 * `sample` receives a well-formed sheet made of the new head, the first SAMPLE_ROWS rows Jili wrote or rebuilt, the
 * last one and the tail: what the verifier parses strictly. Every row is made by the same cell writers in the same
 * namespace context (the head's), so the sample's verdict is the sheet's; parsing all 100 000 rows with a strict
 * parser would take as long as the fill itself. `onBuilt` is called once every byte is written, before the last
 * blocks' deflate is done.
 */
export async function writeSheet(sheet: SheetLayout, edit: SheetEdit, sample?: TextSink, onBuilt?: () => void): Promise<Deflated> {
  const { bytes: b, prefix } = sheet;
  const out = new DeflateSink();
  // after each full block, a turn of the event loop: deflates done by then hand their blocks back for reuse
  let blocksSeen = 0;
  const blockDone = () => out.blocksFlushed !== blocksSeen && (blocksSeen = out.blocksFlushed) > 0;
  let head = edit.head(b.toString("utf8", 0, sheet.innerStart));
  if (sheet.selfClosing) head = head.replace(/\s*\/>$/, ">");
  out.text(head);
  sample?.text(head);
  const rowClose = `</${prefix}row>`;
  const owned = edit.owned;
  const isOwned = (col: number) => col < owned.length && owned[col] === 1;
  const pending = edit.rows;
  let next = 0;
  // the sample: the first rows written, then the last row Jili writes cells into
  let sampled = 0;
  const lastRow = pending.length ? pending[pending.length - 1] : -1;
  const last = new TextSink();
  const outOnly: PartSink[] = [out];
  const withSample: PartSink[] = sample ? [out, sample] : outOnly;
  const withLast: PartSink[] = sample ? [out, last] : outOnly;
  const sinks = (r: number): PartSink[] => (sampled++ < SAMPLE_ROWS ? withSample : r === lastRow ? withLast : outOnly);
  const newRow = (r: number) => {
    const cells = edit.cellsOf(r);
    for (const sink of sinks(r)) {
      sink.text(`<${prefix}row r="${r}">`);
      for (const c of cells) writeCell(sink, c);
      sink.text(rowClose);
    }
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
    if (!written && !(r >= edit.fromRow && clearsCells(sheet, k, isOwned))) continue;
    out.bytes(b, cursor, start);
    const added = written ? edit.cellsOf(pending[next++]) : [];
    for (const sink of sinks(r)) rebuildRow(sheet, k, added, isOwned, sink);
    cursor = sheet.rowEnd[k];
  }
  out.bytes(b, cursor, sheet.innerEnd);
  while (next < pending.length) {
    if (blockDone()) await nextTurn();
    newRow(pending[next++]);
  }
  const close = sheet.selfClosing ? `</${prefix}sheetData>` : "";
  out.text(close);
  out.bytes(b, sheet.innerEnd, b.length);
  if (sample) {
    sample.text(String(last));
    sample.text(close);
    sample.bytes(b, sheet.innerEnd, b.length);
  }
  // every byte is written (the sample complete); the last blocks may still be deflating
  onBuilt?.();
  return out.finish();
}

/** Whether row `k` has a cell Jili clears: a non-formula cell in one of its columns. */
function clearsCells(sheet: SheetLayout, k: number, isOwned: (col: number) => boolean): boolean {
  for (let c = sheet.rowFirstCell[k]; c < sheet.rowFirstCell[k + 1]; c++) if (isOwned(sheet.cellCol[c]) && !(sheet.cellFlags[c] & CELL_FORMULA)) return true;
  return false;
}

/** lets callbacks waiting on the event loop run (finished deflates) */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
