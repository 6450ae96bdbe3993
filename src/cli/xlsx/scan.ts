// A small XML tokenizer over strings, hand-written for speed (no DOM is built for parts of 100 000 rows).
/**
 * A small, fast XML tokenizer for the parts of a workbook Jili reads: it walks tags with `indexOf` over a string and
 * decodes only the text it is asked for. Worksheets are scanned as Latin-1 strings of their UTF-8 bytes (one
 * character per byte: markup is ASCII, so every offset is a byte offset) and text is decoded from the bytes.
 * Decoding text is in xmlText.ts, scanning bytes in place in byteScan.ts.
 */
import { GT, SLASH, DQUOTE, SQUOTE, BANG, QUESTION, DOLLAR, LBRACKET, RBRACKET, SPACE, TAB, LF, CR, UPPER_A, UPPER_Z, LOWER_A, LOWER_Z, CASE_GAP } from "./bytes";


/** white space or the end of a tag name: space, tab, line feed, carriage return */
function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

/** Index of the `>` that ends the tag opening at `lt`, skipping quoted attribute values; -1 if unterminated. */
export function tagEnd(s: string, lt: number): number {
  const n = s.length;
  for (let i = lt + 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === GT) return i;
    if (c === DQUOTE || c === SQUOTE) {
      i = s.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** Whether the tag name at `at` is exactly `name` (followed by a space, `/` or `>`). */
export function isName(s: string, at: number, name: string): boolean {
  if (!s.startsWith(name, at)) return false;
  const c = s.charCodeAt(at + name.length);
  return c === GT || c === SLASH || isSpace(c);
}

/** End of the tag name starting at `at`. */
export function nameEnd(s: string, at: number): number {
  let i = at;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === GT || c === SLASH || isSpace(c) || Number.isNaN(c)) return i;
    i++;
  }
}

/** Whether `c`, the character after a `<`, opens a comment, CDATA section or declaration (`<!`) or a processing instruction (`<?`). */
export function isSpecial(c: number): boolean {
  return c === BANG || c === QUESTION;
}

/**
 * Skips a comment, CDATA section, processing instruction or declaration starting at `lt`; the index after it. For a
 * CDATA section `cdata` receives the offsets of its content.
 */
export function skipSpecial(s: string, lt: number, cdata?: (start: number, end: number) => void): number {
  if (s.startsWith("<!--", lt)) {
    const e = s.indexOf("-->", lt + 4);
    return e < 0 ? s.length : e + 3;
  }
  if (s.startsWith("<![CDATA[", lt)) {
    const e = s.indexOf("]]>", lt + 9);
    if (cdata) cdata(lt + 9, e < 0 ? s.length : e);
    return e < 0 ? s.length : e + 3;
  }
  if (s.startsWith("<?", lt)) {
    const e = s.indexOf("?>", lt + 2);
    return e < 0 ? s.length : e + 2;
  }
  // <!DOCTYPE …> (an internal subset in brackets is skipped whole)
  let depth = 0;
  for (let i = lt + 2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LBRACKET) depth++;
    else if (c === RBRACKET) depth--;
    else if (c === GT && depth <= 0) return i + 1;
  }
  return s.length;
}

/** Index after the element whose start tag is `lt`..`te` (`te` its `>`), nested elements of the same name included. */
export function skipElement(s: string, lt: number, te: number): number {
  if (s.charCodeAt(te - 1) === SLASH) return te + 1;
  const name = s.slice(lt + 1, nameEnd(s, lt + 1));
  let depth = 1;
  let i = te + 1;
  while (depth > 0) {
    const at = s.indexOf("<", i);
    if (at < 0) return s.length;
    const c = s.charCodeAt(at + 1);
    if (isSpecial(c)) {
      i = skipSpecial(s, at);
      continue;
    }
    const e = tagEnd(s, at);
    if (e < 0) return s.length;
    if (c === SLASH) {
      if (isName(s, at + 2, name)) depth--;
    } else if (isName(s, at + 1, name) && s.charCodeAt(e - 1) !== SLASH) depth++;
    i = e + 1;
  }
  return i;
}

/**
 * Raw value of attribute `name` in the start tag between `from` (after the element name) and `to` (its `>`), or
 * undefined. Entities are not decoded (see decodeAttr).
 */
export function attrRaw(s: string, from: number, to: number, name: string): string | undefined {
  let i = from;
  while (i < to) {
    if (isSpace(s.charCodeAt(i)) || s.charCodeAt(i) === SLASH) {
      i++;
      continue;
    }
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq >= to) return undefined;
    let ne = eq;
    while (ne > i && isSpace(s.charCodeAt(ne - 1))) ne--;
    let q = eq + 1;
    while (q < to && isSpace(s.charCodeAt(q))) q++;
    const quote = s.charCodeAt(q);
    if (quote !== DQUOTE && quote !== SQUOTE) return undefined;
    const close = s.indexOf(quote === DQUOTE ? '"' : "'", q + 1);
    if (close < 0) return undefined;
    if (ne - i === name.length && s.startsWith(name, i)) return s.slice(q + 1, close);
    i = close + 1;
  }
  return undefined;
}

/** 0-based column of the letters at the start of a cell reference (`AB12` → 27); -1 when there are none. */
export function refColumn(s: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c === DOLLAR && i === from) continue;
    if (c >= LOWER_A && c <= LOWER_Z) c -= CASE_GAP;
    if (c < UPPER_A || c > UPPER_Z) break;
    n = n * 26 + (c - UPPER_A + 1);
  }
  return n - 1;
}
