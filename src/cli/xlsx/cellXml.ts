// The XML of the cells Jili writes into a sheet, as text or as bytes made once per column (a fill writes 600 000 cells).
import { CellOut } from "../../engine";
import * as CH from "./bytes";
import { DeflateSink } from "./deflateSink";
import { escapeXml } from "./xml";

/** no-break space, the first white space above ASCII */
const NBSP = 0xa0;

/** JavaScript's \s, by code unit (what `/^\s|\s$/` tests, without a regular expression per cell) */
function isSpace(c: number): boolean {
  if (c <= CH.SPACE) return c === CH.SPACE || (c >= CH.TAB && c <= CH.CR);
  if (c < NBSP) return false;
  return c === NBSP || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
export function writeCell(out: DeflateSink, cell: NewCell): void {
  if (cell.open && cell.close) {
    out.bytes(cell.open);
    out.digits(cell.row as number);
    out.bytes(cell.close);
  } else out.text(cell.xml);
  if (cell.tail) out.repeatedText(cell.tail);
}
