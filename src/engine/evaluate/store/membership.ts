// Stores every group's members in one Int32Array with offsets, built by a counting sort: no array per group.

export interface Membership {
  /** members of group g are items[offsets[g] .. offsets[g+1]) in ascending (sheet) order */
  offsets: Int32Array;
  items: Int32Array;
}

/** the members of each of `groups` groups, entity e belonging to group groupOf[e] (sheet order kept) */
export function membersOf(groupOf: Int32Array, groups: number): Membership {
  const offsets = new Int32Array(groups + 1);
  for (let e = 0; e < groupOf.length; e++) offsets[groupOf[e] + 1]++;
  for (let g = 0; g < groups; g++) offsets[g + 1] += offsets[g];
  const fill = offsets.slice(0, groups);
  const items = new Int32Array(groupOf.length);
  for (let e = 0; e < groupOf.length; e++) items[fill[groupOf[e]]++] = e;
  return { offsets, items };
}

/** entity → group of its group: `groupOf` followed by `next`, as one map */
export function composeGroups(groupOf: Int32Array, next: Int32Array): Int32Array {
  const composed = new Int32Array(groupOf.length);
  for (let e = 0; e < groupOf.length; e++) composed[e] = next[groupOf[e]];
  return composed;
}
