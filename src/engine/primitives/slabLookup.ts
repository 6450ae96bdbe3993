import { Dec } from "../money/decimal";

/** One band of a slab table with declared bounds; an absent bound is open. */
export interface Slab<T> {
  from?: Dec;
  fromInclusive: boolean;
  to?: Dec;
  toInclusive: boolean;
  value: T;
}

export function inSlab<T>(v: Dec, s: Slab<T>): boolean {
  if (s.from !== undefined) {
    const c = v.cmp(s.from);
    if (c < 0 || (c === 0 && !s.fromInclusive)) return false;
  }
  if (s.to !== undefined) {
    const c = v.cmp(s.to);
    if (c > 0 || (c === 0 && !s.toInclusive)) return false;
  }
  return true;
}

/** P6: the band that holds v; the whole value moves to the new band (unlike P5). */
export function findSlab<T>(v: Dec, slabs: Slab<T>[]): Slab<T> | undefined {
  for (const s of slabs) if (inSlab(v, s)) return s;
  return undefined;
}

/** Text of a band's bounds for explanations: [240, 260) style. */
export function slabRangeText<T>(s: Slab<T>): string {
  const lo = s.from === undefined ? "(−∞" : `${s.fromInclusive ? "[" : "("}${s.from.toFixed()}`;
  const hi = s.to === undefined ? "+∞)" : `${s.to.toFixed()}${s.toInclusive ? "]" : ")"}`;
  return `${lo}, ${hi}`;
}

/**
 * Checks that bands do not overlap and leave no gap, so every value has exactly one band.
 * Returns the index pairs that overlap and the gaps found, for the scheme validator.
 */
export function slabProblems<T>(slabs: Slab<T>[]): string[] {
  const problems: string[] = [];
  const sorted = slabs
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.from === undefined ? -1 : b.s.from === undefined ? 1 : a.s.from.cmp(b.s.from)));
  if (sorted[0].s.from !== undefined) problems.push(`no band covers values below ${sorted[0].s.from.toFixed()}`);
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1];
    const cur = sorted[k];
    if (prev.s.to === undefined || cur.s.from === undefined) {
      problems.push(`bands[${prev.i}] and bands[${cur.i}] overlap`);
      continue;
    }
    const c = prev.s.to.cmp(cur.s.from);
    if (c > 0 || (c === 0 && prev.s.toInclusive && cur.s.fromInclusive)) problems.push(`bands[${prev.i}] and bands[${cur.i}] overlap`);
    else if (c < 0 || (c === 0 && !prev.s.toInclusive && !cur.s.fromInclusive)) problems.push(`no band covers ${prev.s.to.toFixed()}–${cur.s.from.toFixed()} between bands[${prev.i}] and bands[${cur.i}]`);
  }
  const last = sorted[sorted.length - 1];
  if (last.s.to !== undefined) problems.push(`no band covers values above ${last.s.to.toFixed()}`);
  return problems;
}
