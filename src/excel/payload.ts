import type { Pacer } from "./pace";

/** Excel on the web rejects requests over 5 MB; Jili keeps every write request under this budget. */
export const MAX_REQUEST_BYTES = 4_000_000;
/** room left for the request envelope (addresses, formats, method calls) */
export const VALUE_BUDGET_BYTES = 3_500_000;
/** Microsoft suggests 5 000–20 000 rows per block; more rows per request buys little */
export const MAX_CHUNK_ROWS = 20_000;

/** UTF-8 length of a string without TextEncoder (jsdom and old hosts lack it). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes one cell adds to a JSON request (the value and its comma). */
export function cellBytes(v: unknown): number {
  if (v === null || v === undefined) return 5;
  if (typeof v === "string") return utf8Length(JSON.stringify(v)) + 1;
  return String(v).length + 1;
}

/** Splits rows [0, count) into consecutive chunks whose estimated bytes stay within the budget. */
export function planChunks(count: number, rowBytes: (i: number) => number, budget = VALUE_BUDGET_BYTES, maxRows = MAX_CHUNK_ROWS): { start: number; end: number; bytes: number }[] {
  const chunks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const b = rowBytes(i);
    if (i > start && (bytes + b > budget || i - start >= maxRows)) {
      chunks.push({ start, end: i, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (count > start) chunks.push({ start, end: count, bytes });
  return chunks;
}

/**
 * planChunks over row sizes measured a slice at a time (a large sheet's rows take longer to measure than a browser
 * task should last): the same chunks, the pacer giving the event loop a turn between slices.
 */
export async function planChunksPaced(count: number, rowBytes: (i: number) => number, pace: Pacer, budget = VALUE_BUDGET_BYTES, maxRows = MAX_CHUNK_ROWS): Promise<{ start: number; end: number; bytes: number }[]> {
  const sizes = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    sizes[i] = rowBytes(i);
    if (pace.due) await pace.next();
  }
  return planChunks(count, (i) => sizes[i], budget, maxRows);
}

/**
 * Cells per values write: a chunk's rows go in blocks of about this many cells (the same request, a few more
 * calls in it), so the pane can give the event loop a turn between two blocks instead of building one large array.
 */
export const BLOCK_CELLS = 20_000;

/** rows of a block `width` cells wide */
export function blockRows(width: number): number {
  return Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, width)));
}
