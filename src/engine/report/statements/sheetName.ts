// A name Excel accepts for the statements sheet, unique in the workbook.

const FORBIDDEN = /[[\]:*?/\\]/g;

/** at most `max` UTF-16 units of s, never splitting a surrogate pair, no trailing apostrophe */
function cut(s: string, max: number): string {
  let out = s.slice(0, max);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  return out.replace(/'+$/, "");
}

/**
 * A valid Excel sheet name: no []:*?/\, no leading or trailing apostrophe, 1–31 characters (UTF-16 units, as Excel
 * counts them), not "History"; unique against `taken` (case-insensitive) by a " (2)", " (3)" … suffix.
 */
export function validSheetName(wanted: string, taken: (name: string) => boolean = () => false): string {
  let base = wanted.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "").trim();
  if (!base || base.toLowerCase() === "history") base = "Sheet";
  const first = cut(base, 31);
  if (!taken(first)) return first;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = cut(base, 31 - suffix.length) + suffix;
    if (!taken(name)) return name;
  }
}

/**
 * Names for `count` sheets of statements, in order: `base`, then `base (2)`, `base (3)` … — each the first valid
 * name that `taken` does not give to a sheet of the user's and no earlier one of these took (without case, as the
 * hosts compare sheet names). The Excel and WPS adapters name the sheets they write with it.
 */
export function freeSheetNames(base: string, count: number, taken: (name: string) => boolean): string[] {
  const names: string[] = [];
  const used = (n: string) => taken(n) || names.some((x) => x.toLowerCase() === n.toLowerCase());
  for (let i = 0; i < count; i++) names.push(validSheetName(base, used));
  return names;
}
