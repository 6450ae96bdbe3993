import { Dec } from "../../money/decimal";
import { compareValues } from "../../expr/operators";
import { Temporal, Value } from "../../values/value";
import { CodedExpr, Membership } from "../../evaluate/store";

/** C8 order: by the order keys, then sheet order. One date or number key sorts on plain numbers. */
export function sortMembers(members: number[], orderKeys: ((m: number) => Value)[], numeric: Float64Array): void {
  if (orderKeys.length === 1) {
    // `numeric` is indexed by member, shared by all groups (each group writes only its own members)
    let plain = true;
    let sorted = true;
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const v = orderKeys[0](m);
      if (v instanceof Temporal) numeric[m] = v.kind === "datetime" ? v.n / 86400 : v.n;
      else if (v instanceof Dec) numeric[m] = v.toNumber();
      else {
        plain = false;
        break;
      }
      // members come in sheet order: already in C8 order when the keys never decrease
      if (i > 0 && numeric[m] < numeric[members[i - 1]]) sorted = false;
    }
    if (plain) {
      if (!sorted) members.sort((a, b) => numeric[a] - numeric[b] || a - b);
      return;
    }
  }
  const keys = new Map(members.map((m) => [m, orderKeys.map((k) => k(m))]));
  members.sort((a, b) => {
    const ka = keys.get(a) as Value[];
    const kb = keys.get(b) as Value[];
    for (let k = 0; k < ka.length; k++) {
      const c = compareValues(ka[k], kb[k]);
      if (c) return c;
    }
    return a - b;
  });
}

/**
 * Stable counting sort of `list` (entities in sheet order) by key: `keyAt[i]` is the key of list[i], below `keys`.
 * Each key's entities come together, in list order.
 */
export function bucketBy(list: Int32Array, keyAt: Int32Array, keys: number): Membership {
  const offsets = new Int32Array(keys + 1);
  for (let i = 0; i < list.length; i++) offsets[keyAt[i] + 1]++;
  for (let k = 0; k < keys; k++) offsets[k + 1] += offsets[k];
  const fill = offsets.slice(0, keys);
  const items = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) items[fill[keyAt[i]]++] = list[i];
  return { offsets, items };
}

/** the groups of the listed entities, by position in the list (written into `into` when given) */
export function groupsAt(list: Int32Array, groupOf: Int32Array, into?: Int32Array): Int32Array {
  const out = into ?? new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = groupOf[list[i]];
  return out;
}

/** (group, rank) buckets per listed entity up to which orderByCodes sorts in one pass */
const FUSED_BUCKETS_PER_ENTITY = 4;

/** the order key as sortMembers compares it: days (date-times in fractions of a day) or the number; NaN otherwise */
function plainNumber(v: Value): number {
  if (v instanceof Temporal) return v.kind === "datetime" ? v.n / 86400 : v.n;
  if (v instanceof Dec) return v.toNumber();
  return NaN;
}

/**
 * Every group's members in C8 order at once, when the single order key is coded: the codes are ranked by their
 * plain numbers (equal numbers, equal rank), then the members are bucketed by rank and then by group — two stable
 * passes instead of a comparison sort per group. A group with a key that is not a plain number is flagged in
 * `unordered` (its members are left in sheet order): sortMembers orders it as before. With few (group, rank)
 * pairs (up to `fuseUpTo`) the two passes are one, by pair.
 */
export function orderByCodes(list: Int32Array, groupOf: Int32Array, groups: number, key: CodedExpr, fuseUpTo = FUSED_BUCKETS_PER_ENTITY * list.length + 65536): Membership & { unordered: Uint8Array } {
  const unordered = new Uint8Array(groups);
  const numberOf = new Float64Array(key.size);
  const seen = new Uint8Array(key.size);
  const used: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    const c = key.codes[m];
    if (!seen[c]) {
      seen[c] = 1;
      numberOf[c] = plainNumber(key.valueAt(m));
      if (!Number.isNaN(numberOf[c])) used.push(c);
    }
    if (Number.isNaN(numberOf[c])) unordered[groupOf[m]] = 1;
  }
  used.sort((a, b) => (numberOf[a] < numberOf[b] ? -1 : numberOf[a] > numberOf[b] ? 1 : 0));
  const rank = new Int32Array(key.size);
  let r = 0;
  for (let i = 0; i < used.length; i++) {
    if (i > 0 && numberOf[used[i]] !== numberOf[used[i - 1]]) r++;
    rank[used[i]] = r;
  }
  const codes = key.codes;
  const ranks = r + 1;
  if (groups * ranks <= fuseUpTo) {
    // one stable pass by (group, rank): few enough buckets that counting them costs less than a second pass
    const keyAt = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      const g = groupOf[m];
      // groups left unordered keep sheet order: their members all go to rank 0, in list order
      keyAt[i] = g * ranks + (unordered[g] ? 0 : rank[codes[m]]);
    }
    const byKey = bucketBy(list, keyAt, groups * ranks);
    const offsets = new Int32Array(groups + 1);
    for (let g = 0; g <= groups; g++) offsets[g] = byKey.offsets[g * ranks];
    return { offsets, items: byKey.items, unordered };
  }
  const rankAt = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    rankAt[i] = unordered[groupOf[m]] ? 0 : rank[codes[m]];
  }
  const byRank = bucketBy(list, rankAt, ranks).items;
  return { ...bucketBy(byRank, groupsAt(byRank, groupOf, rankAt), groups), unordered };
}
