// Hashes and compares row keys straight from their parts' per-row arrays: no key text is built per row.
/**
 * Hash and equality of row keys whose parts the caller holds per row: numbered parts (ids of texts) in `ints`,
 * plain texts in `texts`. Shared by RowKeyIndex (a hash table) and firstOfKeys (a sort by hash).
 */
import { CodeArray } from "./columnCodes";
import { Blocks } from "./blocks";

export interface RowKeyParts {
  readonly ints: CodeArray[];
  readonly texts: Blocks<string | null>[];
}

/** FNV-1a-style steps over a text, two UTF-16 code units a step (half the multiplications in a row). */
function mixText(h: number, text: string): number {
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i < n) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // a separator, so that ("ab", "c") and ("a", "bc") differ
  return Math.imul(h ^ 0xff, 0x01000193);
}

function mixInt(h: number, n: number): number {
  return Math.imul(h ^ n, 0x01000193) ^ (n >>> 16);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

export function rowKeyHash(parts: RowKeyParts, e: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < parts.ints.length; k++) h = mixInt(h, parts.ints[k][e]);
  for (let k = 0; k < parts.texts.length; k++) h = mixText(h, parts.texts[k].get(e) ?? "");
  return finish(h);
}

export function sameRowKey(parts: RowKeyParts, a: number, b: number): boolean {
  for (let k = 0; k < parts.ints.length; k++) if (parts.ints[k][a] !== parts.ints[k][b]) return false;
  for (let k = 0; k < parts.texts.length; k++) if ((parts.texts[k].get(a) ?? "") !== (parts.texts[k].get(b) ?? "")) return false;
  return true;
}
