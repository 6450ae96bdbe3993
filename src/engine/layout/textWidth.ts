/**
 * How wide a text shows in a spreadsheet cell or a terminal, in character cells: East Asian wide and full-width
 * characters take two, everything else one. Column widths of every sheet Jili writes (CLI and add-in alike) and the
 * CLI's text tables are measured with this one function, so the two faces lay a sheet out the same.
 */

/** Ranges of wide code points (East Asian Width W or F): Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK
 * compatibility ideographs, vertical and small forms, full-width forms, and the supplementary ideographic planes
 * (CJK Extension B onward: rare characters of personal names, e.g. 𠀀 U+20000). */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/** Is this code point two cells wide? */
export function isWide(codePoint: number): boolean {
  if (codePoint < WIDE_RANGES[0][0]) return false;
  for (const [from, to] of WIDE_RANGES) if (codePoint >= from && codePoint <= to) return true;
  return false;
}

/** Display width of a text: wide characters count two, every other code point (not UTF-16 unit) one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return width;
}
