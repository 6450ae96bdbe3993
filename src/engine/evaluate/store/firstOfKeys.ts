// Finds the first row of each key by partitioning rows on their key's hash first: each partition's small table stays in cache, where one table as large as the sheet misses the cache per row.
import { rowKeyHash, RowKeyParts, sameRowKey } from "./rowKeyHash";

/** rows per partition aimed at: a partition's table then stays in the fastest cache */
const PARTITION_ROWS = 128;

/**
 * For each row of `rows` (ascending sheet order), the first row of `rows` with the same key — itself when none
 * comes before it. Rows are partitioned by the top bits of their key's hash (one counting pass, sheet order kept
 * within a partition), then each partition is numbered with a small table: no probe into a table as large as the
 * sheet, which costs a cache miss per row.
 */
export function firstOfKeys(rows: Int32Array, parts: RowKeyParts): Int32Array {
  const n = rows.length;
  const first = new Int32Array(n);
  if (n === 0) return first;
  let bits = 0;
  while (bits < 16 && n >> bits > PARTITION_ROWS) bits++;
  const shift = 32 - bits;
  const partitionOf = (h: number) => (bits === 0 ? 0 : h >>> shift);
  const hashes = new Int32Array(n);
  const offsets = new Int32Array((1 << bits) + 1);
  for (let i = 0; i < n; i++) {
    const h = rowKeyHash(parts, rows[i]);
    hashes[i] = h;
    offsets[partitionOf(h) + 1]++;
  }
  let largest = 0;
  for (let p = 0; p < 1 << bits; p++) {
    largest = Math.max(largest, offsets[p + 1]);
    offsets[p + 1] += offsets[p];
  }
  const fill = offsets.slice(0, 1 << bits);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[partitionOf(hashes[i])]++] = i;
  let cap = 16;
  while (cap < largest * 2) cap *= 2;
  const table = new Int32Array(cap);
  for (let p = 0; p < 1 << bits; p++) {
    const from = offsets[p];
    const to = offsets[p + 1];
    if (to === from) continue;
    let size = 16;
    while (size < (to - from) * 2) size *= 2;
    const mask = size - 1;
    table.fill(-1, 0, size);
    for (let a = from; a < to; a++) {
      const i = order[a];
      const h = hashes[i];
      let slot = h & mask;
      let found = -1;
      for (let j = table[slot]; j >= 0; j = table[slot]) {
        if (hashes[j] === h && sameRowKey(parts, rows[j], rows[i])) {
          found = j;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (found >= 0) first[i] = first[found];
      else {
        first[i] = rows[i];
        table[slot] = i;
      }
    }
  }
  return first;
}
