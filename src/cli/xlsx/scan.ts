/**
 * A small, fast XML tokenizer for the parts of a workbook Jili reads: it walks tags with `indexOf` over a string and
 * decodes only the text it is asked for. Worksheets are scanned as Latin-1 strings of their UTF-8 bytes (one
 * character per byte: markup is ASCII, so every offset is a byte offset) and text is decoded from the bytes.
 */

const GT = 62; // >
const SLASH = 47;
const DQ = 34;
const SQ = 39;
const AMP = 38;
const CR = 13;

/** Index of the `>` that ends the tag opening at `lt`, skipping quoted attribute values; -1 if unterminated. */
export function tagEnd(s: string, lt: number): number {
  const n = s.length;
  for (let i = lt + 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === GT) return i;
    if (c === DQ || c === SQ) {
      i = s.indexOf(c === DQ ? '"' : "'", i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** Whether the tag name at `at` is exactly `name` (followed by a space, `/` or `>`). */
export function isName(s: string, at: number, name: string): boolean {
  if (!s.startsWith(name, at)) return false;
  const c = s.charCodeAt(at + name.length);
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === CR;
}

/** End of the tag name starting at `at`. */
export function nameEnd(s: string, at: number): number {
  let i = at;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === CR || Number.isNaN(c)) return i;
    i++;
  }
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
    if (c === 91) depth++;
    else if (c === 93) depth--;
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
    if (c === 33 || c === 63) {
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
    let c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === CR || c === SLASH) {
      i++;
      continue;
    }
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq >= to) return undefined;
    let ne = eq;
    while (ne > i && (s.charCodeAt(ne - 1) === 32 || s.charCodeAt(ne - 1) === 9 || s.charCodeAt(ne - 1) === 10 || s.charCodeAt(ne - 1) === CR)) ne--;
    let q = eq + 1;
    while (q < to && ((c = s.charCodeAt(q)) === 32 || c === 9 || c === 10 || c === CR)) q++;
    const quote = s.charCodeAt(q);
    if (quote !== DQ && quote !== SQ) return undefined;
    const close = s.indexOf(quote === DQ ? '"' : "'", q + 1);
    if (close < 0) return undefined;
    if (ne - i === name.length && s.startsWith(name, i)) return s.slice(q + 1, close);
    i = close + 1;
  }
  return undefined;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(t: string): string {
  return t.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e.charCodeAt(0) !== 35) return NAMED[e];
    const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
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
    if (c >= 128 || c === AMP || c === CR) return decodeText(buf.toString("utf8", start, end));
  }
  return s.slice(start, end);
}

/** The text of bytes `start`..`end` of `buf` (ASCII without entities or CR read as it is). */
export function textOfBytes(buf: Buffer, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c >= 128 || c === AMP || c === CR) return decodeText(buf.toString("utf8", start, end));
  }
  return buf.toString("latin1", start, end);
}

/** `_xHHHH_` escapes of shared and rich text (upper-case hex only, as exceljs reads them). */
export function decodeOoxmlEscapes(t: string): string {
  return t.indexOf("_x") < 0 ? t : t.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** 0-based column of the letters at the start of a cell reference (`AB12` → 27); -1 when there are none. */
export function refColumn(s: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c === 36 && i === from) continue; // $
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

// Byte-level helpers: scanning the UTF-8 bytes of a part directly, no string made

export const WS = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

export function bytesAt(b: Buffer, at: number, pat: Uint8Array): boolean {
  for (let k = 0; k < pat.length; k++) if (b[at + k] !== pat[k]) return false;
  return true;
}

/** `pat` at `at`, followed by white space, `/` or `>` (a whole tag name). */
export function nameAt(b: Buffer, at: number, pat: Uint8Array): boolean {
  if (!bytesAt(b, at, pat)) return false;
  const c = b[at + pat.length];
  return c === 62 || c === 47 || WS(c);
}

/** Index of the `>` ending the tag at `lt`, quoted values skipped; -1 when unterminated. */
export function tagEndAt(b: Buffer, lt: number, limit: number): number {
  for (let i = lt + 1; i < limit; i++) {
    const c = b[i];
    if (c === 62) return i;
    if (c === 34 || c === 39) {
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
    if (WS(c) || c === 47) {
      k++;
      continue;
    }
    const ns = k;
    while (k < te && c !== 61 && !WS(c)) c = b[++k];
    const ne = k;
    while (k < te && b[k] !== 61) k++;
    k++;
    while (k < te && WS(b[k])) k++;
    const q = b[k];
    if (q !== 34 && q !== 39) return false;
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

