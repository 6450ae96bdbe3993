/** Small, exact helpers for the few XML parts Jili edits: everything not matched is kept as written. */
import { UPPER_A } from "./bytes";

// characters XML 1.0 cannot hold
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// anything escapeXml changes
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Attributes of a start tag (`<c r="A1" s="2">`), values unescaped. */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const head = tag.replace(/^<[^\s/>]+/, "");
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** The start tag of an element text (`<row r="1">…` → `<row r="1">`). */
export function startTag(element: string): string {
  let q: string | null = null;
  for (let i = 1; i < element.length; i++) {
    const ch = element[i];
    if (q) {
      if (ch === q) q = null;
    } else if (ch === '"' || ch === "'") q = ch;
    else if (ch === ">") return element.slice(0, i + 1);
  }
  return element;
}

/** Sets (or, with null, removes) one attribute in a start tag, leaving the rest byte for byte. */
export function setAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, value === null ? "" : `$1${name}="${escapeXml(value)}"`);
  if (value === null) return tag;
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/** Namespace prefix (with colon, or "") of the document's root element, e.g. `x:` for `<x:worksheet>`. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}[\\s>]`).exec(xml);
  return m && m[1] ? m[1] : "";
}

/**
 * Column letters of a 0-based index (the engine's, so CLI messages and engine reasons name columns alike), from its
 * own module rather than the engine's index: the XML worker (xmlWorker.ts) loads this file and needs no more of it.
 */
export { columnLetter as colLetters } from "../../engine/evaluate/table";

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - UPPER_A + 1);
  return n - 1;
}

/** `B7` → { row: 7, col: 1 } (row 1-based, column 0-based). */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { col: colIndex(m[1]), row: Number(m[2]) } : null;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(ref: string): Range | null {
  const [a, b] = ref.split(":");
  const p = parseRef(a);
  const q = b ? parseRef(b) : p;
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
