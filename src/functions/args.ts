import { CallError } from "./excelError";

/** What Excel passes for one cell: numbers, text, booleans, or null for an empty cell. */
export type Cell = string | number | boolean | null;

export function isBlank(c: unknown): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

/**
 * One value per row from a parameter given as a single cell, a column, or omitted. A single cell broadcasts
 * against the other arguments; a range of several columns is refused for a one-value parameter.
 */
export function columnOf(arg: unknown, name: string): Cell[] {
  if (arg === null || arg === undefined) return [];
  if (!Array.isArray(arg)) return [arg as Cell];
  const rows = arg as unknown[];
  if (rows.length === 0) return [];
  if (!Array.isArray(rows[0])) return rows as Cell[];
  const matrix = rows as Cell[][];
  if (matrix.length === 1 && matrix[0].length > 1) return matrix[0];
  if (matrix.some((r) => r.length !== 1)) {
    throw new CallError({ "zh-CN": `参数 ${name} 应为单列区域`, "en-US": `${name} must be a single column` });
  }
  return matrix.map((r) => r[0]);
}

/** Rows of a parameter that is a table (a row of values per result, e.g. scores of several items). */
export function matrixOf(arg: unknown): Cell[][] {
  if (arg === null || arg === undefined) return [];
  if (!Array.isArray(arg)) return [[arg as Cell]];
  const rows = arg as unknown[];
  if (rows.length && !Array.isArray(rows[0])) return [rows as Cell[]];
  return rows as Cell[][];
}

/** The common length of the columns: all equal, or 1 (broadcast). Ranges of different lengths are an error. */
export function commonLength(columns: Record<string, Cell[]>): number {
  let n = 0;
  let first = "";
  for (const [name, c] of Object.entries(columns)) {
    if (c.length <= 1) continue;
    if (n === 0) {
      n = c.length;
      first = name;
    } else if (c.length !== n) {
      throw new CallError({
        "zh-CN": `区域行数不一致：${first} 有 ${n} 行，${name} 有 ${c.length} 行`,
        "en-US": `Ranges differ in length: ${first} has ${n} rows, ${name} has ${c.length}`,
      });
    }
  }
  if (n === 0) n = Math.max(0, ...Object.values(columns).map((c) => c.length));
  return n;
}

/** The i-th value of a column, broadcasting a single value. */
export function at(c: Cell[], i: number): Cell {
  return c.length === 1 ? c[0] : (c[i] ?? null);
}

/** A column of results for Excel to spill: one row per input row. */
export function spill(values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}
