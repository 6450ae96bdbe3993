/** Code units trimmed from the ends of a text cell: ASCII spaces and controls, ideographic and other Unicode spaces. */
export function needsTrim(c: number): boolean {
  return c <= 32 || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/**
 * A text cell that reads as itself: not blank, nothing to trim at either end, not an error value (#…). Most
 * cells of a name or number column are so, and are taken as they are without further checks.
 */
export function isCleanText(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const first = text.charCodeAt(0);
  return first !== 35 /* # */ && !needsTrim(first) && !needsTrim(text.charCodeAt(n - 1));
}
