// Numbers the keys of a level's members through a dense array when their coded parts have few combinations, else a hash table: one array read per row in the common case (people × months).
import { KeyPart, partArrays } from "./keyPart";
import { RowKeyIndex } from "./rowKeyIndex";
import { DENSE_COMBINATIONS } from "./limits";

export interface NumberedKeys {
  /** key id of each entity, first seen first */
  ids: Int32Array;
  /** first entity of each key id */
  first: Int32Array;
  size: number;
}

/**
 * Numbers the keys of entities 0 … count−1 whose parts are set (KeyPart.set), in first-seen order. When every
 * part is numbered and their combinations are few (people × months), a key's id is read from an array indexed by
 * the combination; otherwise through RowKeyIndex.
 */
export function numberKeys(parts: KeyPart[], count: number): NumberedKeys {
  const ids = new Int32Array(count);
  const { ints, texts } = partArrays(parts);
  let space = 1;
  for (const p of parts) space *= p.ids ? Math.max(1, p.distinct) : Infinity;
  if (texts.length === 0 && space <= DENSE_COMBINATIONS) {
    const idOf = new Int32Array(space).fill(-1);
    const first: number[] = [];
    for (let e = 0; e < count; e++) {
      let key = 0;
      for (let k = 0; k < parts.length; k++) key = key * parts[k].distinct + ints[k][e];
      let id = idOf[key];
      if (id < 0) {
        id = idOf[key] = first.length;
        first.push(e);
      }
      ids[e] = id;
    }
    return { ids, first: Int32Array.from(first), size: first.length };
  }
  const index = new RowKeyIndex(ints, texts);
  for (let e = 0; e < count; e++) ids[e] = index.id(e);
  return { ids, first: index.first.slice(0, index.size), size: index.size };
}
