/** Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic and no-break spaces to plain spaces. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || c === 0x2007 || c === 0x202f) out += " ";
    else out += s[i];
  }
  return out;
}

/** Trim including U+3000 and no-break spaces (C6). */
export function trimAll(s: string): string {
  return s.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, "");
}

/** Header text for matching: half-width, no spaces of any kind, lower case. */
export function normalizeHeader(s: string): string {
  return toHalfWidth(s).replace(/[\s\u3000\u00a0\ufeff]+/g, "").toLowerCase();
}

/** Category text for matching (C6): trimmed, inner runs of spaces kept as one. */
export function normalizeCategory(s: string): string {
  return trimAll(toHalfWidth(s)).replace(/\s+/g, " ");
}
