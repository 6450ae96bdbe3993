/** A nested lookup table: one level per key; `*` is a level's fallback; null = not configured. */
export type LookupTable = { [key: string]: number | string | null | LookupTable };

/** P3: walks the table by the keys; undefined when a key has no entry, null when the entry is not configured. */
export function lookupPath(table: unknown, keys: string[]): number | string | null | undefined {
  let node: unknown = table;
  for (const key of keys) {
    if (!node || typeof node !== "object") return undefined;
    const t = node as LookupTable;
    node = Object.prototype.hasOwnProperty.call(t, key) ? t[key] : t["*"];
  }
  if (node === null) return null;
  return typeof node === "number" || typeof node === "string" ? node : undefined;
}
