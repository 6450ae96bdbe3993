import { Value } from "../values/value";
import { compareValues } from "../expr/operators";

export interface RankKey {
  values: Value[];
  direction: "asc" | "desc";
}

export interface RankEntry {
  /** entity index; also the sheet-order tie-break */
  id: number;
  keys: Value[];
}

export interface RankedEntry {
  id: number;
  /** 1-based place in the sorted order (unique) */
  position: number;
  /** competition rank: tied entries share the best place (1, 2, 2, 4) */
  rank: number;
  /** tied with another entry on every key */
  tied: boolean;
}

function cmpKeys(a: Value[], b: Value[], directions: ("asc" | "desc")[]): number {
  for (let k = 0; k < directions.length; k++) {
    const x = a[k];
    const y = b[k];
    // blanks rank last whatever the direction: no value, no place
    if (x === null && y === null) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = compareValues(x, y) ?? 0;
    if (c !== 0) return directions[k] === "asc" ? c : -c;
  }
  return 0;
}

/** P13: orders entries by their keys; equal keys keep sheet order and are marked tied. */
export function rankEntries(entries: RankEntry[], directions: ("asc" | "desc")[]): RankedEntry[] {
  const sorted = [...entries].sort((a, b) => cmpKeys(a.keys, b.keys, directions) || a.id - b.id);
  const out: RankedEntry[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const sameAsPrev = i > 0 && cmpKeys(sorted[i - 1].keys, sorted[i].keys, directions) === 0;
    const sameAsNext = i + 1 < sorted.length && cmpKeys(sorted[i + 1].keys, sorted[i].keys, directions) === 0;
    out.push({ id: sorted[i].id, position: i + 1, rank: sameAsPrev ? out[i - 1].rank : i + 1, tied: sameAsPrev || sameAsNext });
  }
  return out;
}

/** Members of a top-N (or bottom-N when ranked ascending) set, all ties at the cut included. */
export function cutWithTies(ranked: RankedEntry[], n: number): Set<number> {
  return new Set(ranked.filter((r) => r.rank <= n).map((r) => r.id));
}
