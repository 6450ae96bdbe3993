// Decoding the character data of workbook XML (entities, line ends, `_xHHHH_` escapes), as an XML parser and exceljs report it.
import * as CH from "./bytes";

// bound here, not read from the module object on each use (see bytes.ts)
const { AMP, HASH, CR, LOWER_X, NON_ASCII } = CH;

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(t: string): string {
  return t.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e.charCodeAt(0) !== HASH) return NAMED[e];
    const code = e.charCodeAt(1) === LOWER_X ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Character data as an XML parser reports it: line ends normalised (CR LF and CR become LF), entities decoded. */
export function decodeText(raw: string): string {
  if (raw.indexOf("&") < 0 && raw.indexOf("\r") < 0) return raw;
  return decodeEntities(raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));
}

/**
 * The text of bytes `start`..`end` of `buf` whose Latin-1 string is `s`: plain ASCII without entities or CR is
 * sliced from `s`, anything else decoded as UTF-8 first.
 */
export function textOf(s: string, buf: Buffer, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= NON_ASCII || c === AMP || c === CR) return decodeText(buf.toString("utf8", start, end));
  }
  return s.slice(start, end);
}

/** The text of bytes `start`..`end` of `buf` (ASCII without entities or CR read as it is). */
export function textOfBytes(buf: Buffer, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c >= NON_ASCII || c === AMP || c === CR) return decodeText(buf.toString("utf8", start, end));
  }
  return buf.toString("latin1", start, end);
}

/** `_xHHHH_` escapes of shared, inline and rich text (either case of hex digits, as Excel and SheetJS read them). */
export function decodeOoxmlEscapes(t: string): string {
  return t.indexOf("_x") < 0 ? t : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// a literal `_xHHHH_` (whose underscore must itself be escaped), a carriage return, or a character XML 1.0 cannot hold
// eslint-disable-next-line no-control-regex
const NEEDS_OOXML_ESCAPE = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

/**
 * Text as SpreadsheetML stores it: a carriage return and characters XML cannot hold become `_xHHHH_` (an XML parser
 * would turn a raw CR into LF), and the underscore of a literal `_xHHHH_` becomes `_x005F_`, so a reader gives back
 * exactly the text written.
 */
export function encodeOoxmlEscapes(t: string): string {
  return t.replace(NEEDS_OOXML_ESCAPE, (m) => (m.length > 1 ? `_x005F_${m.slice(1)}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`));
}
