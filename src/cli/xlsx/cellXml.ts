// The XML of the cells Jili writes into a sheet, as text or as bytes made once per column (a fill writes 600 000 cells).
import { CellOut } from "../../engine";
import { SPACE, TAB, CR } from "./bytes";
import { PartSink } from "./partSink";
import { escapeXml } from "./xml";
import { encodeOoxmlEscapes } from "./xmlText";


// the white space of JavaScript's \s above ASCII
const NO_BREAK_SPACE = 0xa0;
const OGHAM_SPACE = 0x1680;
/** EN QUAD to HAIR SPACE */
const FIRST_WIDE_SPACE = 0x2000;
const LAST_WIDE_SPACE = 0x200a;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
const NARROW_NO_BREAK_SPACE = 0x202f;
const MATH_SPACE = 0x205f;
const IDEOGRAPHIC_SPACE = 0x3000;
const BYTE_ORDER_MARK = 0xfeff;

/** JavaScript's \s, by code unit (what `/^\s|\s$/` tests, without a regular expression per cell) */
function isSpace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= TAB && c <= CR);
  if (c < NO_BREAK_SPACE) return false;
  return (
    c === NO_BREAK_SPACE ||
    c === OGHAM_SPACE ||
    (c >= FIRST_WIDE_SPACE && c <= LAST_WIDE_SPACE) ||
    c === LINE_SEPARATOR ||
    c === PARAGRAPH_SEPARATOR ||
    c === NARROW_NO_BREAK_SPACE ||
    c === MATH_SPACE ||
    c === IDEOGRAPHIC_SPACE ||
    c === BYTE_ORDER_MARK
  );
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
  return `<${prefix}is><${prefix}t${space}>${escapeXml(encodeOoxmlEscapes(value))}</${prefix}t></${prefix}is></${prefix}c>`;
}

/**
 * A cell Jili writes into a row: its column, and its XML or its bytes. Statuses and explanations repeat, and so do
 * amounts: a cell's bytes are made once per column and value and written around the row number.
 */
export interface NewCell {
  col: number;
  /** the cell's XML; not read when `open` is set */
  xml: string;
  /**
   * The cell as bytes around its row number: `open` (`<c r="K`), the digits of `row`, `rest` (`" t="inlineStr"><is>
   * <t>…</t></is></c>`). A row of 100 000 cells then builds, encodes and looks up no string per cell.
   */
  open?: Buffer | null;
  row?: number;
  rest?: Buffer | null;
}

/** Writes a new cell: its bytes around the row number, or its XML (see NewCell). */
export function writeCell(out: PartSink, cell: NewCell): void {
  if (cell.open && cell.rest) {
    out.bytes(cell.open);
    out.digits(cell.row as number);
    out.bytes(cell.rest);
  } else out.text(cell.xml);
}
