// Byte-level helpers for scanning a worksheet's UTF-8 bytes in place (no string of a 70 MB part is made; markup is ASCII).
import * as CH from "./bytes";
import { isMainNs } from "./namespaces";
import { isSpecial, skipSpecial, tagEnd } from "./scan";
import { attrs } from "./xml";

// bound here, not read from the module object on each use (see bytes.ts)
const { GT, SLASH, EQUALS, DQUOTE, SQUOTE, DOLLAR, SPACE, TAB, LF, CR, DIGIT_0, UPPER_A, UPPER_Z, LOWER_A, LOWER_Z, CASE_GAP } = CH;

/** XML white space: space, tab, line feed, carriage return */
export const WS = (c: number): boolean => c === SPACE || c === TAB || c === LF || c === CR;

export function bytesAt(b: Buffer, at: number, pat: Uint8Array): boolean {
  for (let k = 0; k < pat.length; k++) if (b[at + k] !== pat[k]) return false;
  return true;
}

/** `pat` at `at`, followed by white space, `/` or `>` (a whole tag name). */
export function nameAt(b: Buffer, at: number, pat: Uint8Array): boolean {
  if (!bytesAt(b, at, pat)) return false;
  const c = b[at + pat.length];
  return c === GT || c === SLASH || WS(c);
}

/** Index of the `>` ending the tag at `lt`, quoted values skipped; -1 when unterminated. */
export function tagEndAt(b: Buffer, lt: number, limit: number): number {
  for (let i = lt + 1; i < limit; i++) {
    const c = b[i];
    if (c === GT) return i;
    if (c === DQUOTE || c === SQUOTE) {
      i++;
      while (i < limit && b[i] !== c) i++;
    }
  }
  return -1;
}

/** Offsets of the last attribute value found by attrValue. */
export const span = { start: 0, end: 0 };

/**
 * Finds the attribute `name` in the start tag between `from` (after the element name) and `te` (its `>`): true,
 * with its value's offsets in span, or false.
 */
export function attrValue(b: Buffer, from: number, te: number, name: Uint8Array): boolean {
  let k = from;
  while (k < te) {
    let c = b[k];
    if (WS(c) || c === SLASH) {
      k++;
      continue;
    }
    const ns = k;
    while (k < te && c !== EQUALS && !WS(c)) c = b[++k];
    const ne = k;
    while (k < te && b[k] !== EQUALS) k++;
    k++;
    while (k < te && WS(b[k])) k++;
    const q = b[k];
    if (q !== DQUOTE && q !== SQUOTE) return false;
    const vs = k + 1;
    let ve = vs;
    while (ve < te && b[ve] !== q) ve++;
    if (ne - ns === name.length && bytesAt(b, ns, name)) {
      span.start = vs;
      span.end = ve;
      return true;
    }
    k = ve + 1;
  }
  return false;
}

/** 0-based column of the letters of a cell reference at `at` (a leading `$` skipped, any case); -1 without letters. */
export function columnAt(b: Buffer, at: number): number {
  let x = b[at] === DOLLAR ? at + 1 : at;
  let letters = 0;
  for (let ch = b[x]; ; ch = b[++x]) {
    if (ch >= LOWER_A && ch <= LOWER_Z) ch -= CASE_GAP;
    if (ch < UPPER_A || ch > UPPER_Z) break;
    letters = letters * 26 + (ch - UPPER_A + 1);
  }
  return letters - 1;
}

const R = Buffer.from("r");

/** The `r` attribute of a `<row>` start tag (between `from`, after the name, and `te`, its `>`) as a number; NaN without one. */
export function rowNumberAttr(b: Buffer, from: number, te: number): number {
  if (!attrValue(b, from, te, R)) return NaN;
  let num = 0;
  for (let x = span.start; x < span.end; x++) {
    const d = b[x] - DIGIT_0;
    if (d < 0 || d > 9) return parseInt(b.toString("latin1", span.start, span.end), 10);
    num = num * 10 + d;
  }
  return num;
}

/** The root element's start tag of a part (after its declaration, comments and processing instructions), or "". */
function rootStartTag(b: Buffer): string {
  const head = b.toString("latin1", 0, Math.min(b.length, ROOT_SEARCH));
  for (let lt = head.indexOf("<"); lt >= 0; lt = head.indexOf("<", lt + 1)) {
    if (isSpecial(head.charCodeAt(lt + 1))) {
      lt = skipSpecial(head, lt) - 1;
      continue;
    }
    const te = tagEnd(head, lt);
    return te < 0 ? "" : head.slice(lt, te + 1);
  }
  return "";
}

/** how far into a worksheet part its root start tag is looked for */
const ROOT_SEARCH = 64 * 1024;

/**
 * The prefix (with its colon, or "" for the default namespace) that a worksheet part's root binds to SpreadsheetML's
 * main namespace, Transitional or Strict: read from the root's namespace declarations, not guessed from its name.
 * Cells Jili writes use it, so they are in the namespace the sheet declares.
 */
export function worksheetPrefix(b: Buffer): string {
  const tag = rootStartTag(b);
  const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? "";
  const own = name.includes(":") ? name.slice(0, name.indexOf(":")) : "";
  const a = attrs(tag);
  const bound = (p: string) => a[p ? `xmlns:${p}` : "xmlns"];
  if (isMainNs(bound(own))) return own ? `${own}:` : "";
  for (const key of Object.keys(a)) if (key.startsWith("xmlns:") && isMainNs(a[key])) return `${key.slice(6)}:`;
  return own ? `${own}:` : "";
}

/** Where the sheetData start tag begins (its `<`), -1 when the part has none. */
export function sheetDataStart(b: Buffer, prefix: string): number {
  const name = Buffer.from(`${prefix}sheetData`, "latin1");
  for (let at = b.indexOf(`<${prefix}sheetData`); at >= 0; at = b.indexOf(`<${prefix}sheetData`, at + 1)) if (nameAt(b, at + 1, name)) return at;
  return -1;
}
