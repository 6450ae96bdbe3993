// How a setting records the sheets Jili wrote whole: one sheet as a string, several as a list (no imports: the
// statements adapter and the output records both read it).

/**
 * The ids (Excel) or names (WPS) a record holds: one sheet's as a string — every record Jili wrote before
 * statements could take several sheets — or several sheets' as a list (statements longer than one sheet).
 */
export function recordedIds(value: unknown): string[] {
  if (typeof value === "string") return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v !== "");
  return [];
}

/** How a record keeps these sheets: one sheet's id as a string (as before), several as a list. */
export function recordValue(ids: readonly string[]): string | string[] {
  return ids.length === 1 ? ids[0] : [...ids];
}
