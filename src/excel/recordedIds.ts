// How a setting records sheets Jili wrote whole: a string (one sheet) or a list (several), read the same way
// (no imports: the statements' record and the output records both read it).

/** The ids (Excel) or names (WPS) a setting's value holds: a string as one, a list as several; anything else none. */
export function recordedIds(value: unknown): string[] {
  if (typeof value === "string") return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v !== "");
  return [];
}
