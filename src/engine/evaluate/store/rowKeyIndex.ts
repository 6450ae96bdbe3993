// Stores distinct row keys in one open-addressing Int32Array table (hash, id) probed once per row: no Map entry and no joined text per row.
import { CodeArray } from "./columnCodes";
import { Blocks } from "./blocks";
import { rowKeyHash, RowKeyParts, sameRowKey } from "./rowKeyHash";
import { MAX_INITIAL_SLOTS } from "./limits";

const EMPTY = -1;
/** key ids whose first rows are allocated up front at most (4 MB): the array doubles past that if it must */
const MAX_INITIAL_KEYS = 1 << 20;

/**
 * Numbers the distinct keys of rows in first-seen order. A key's parts are held per row by the caller: numbered
 * parts (ids of texts) in `ints`, plain texts in `texts`; two rows have the same key when every part is equal.
 * One probe in one typed table per row: a slot holds the key's hash and id, and parts are compared through the
 * key's first row — no text is built and no object is allocated per row.
 */
export class RowKeyIndex {
  /** slot pairs: [hash, id] */
  private slots: Int32Array;
  private mask: number;
  /** first row of each key id */
  first: Int32Array;
  size = 0;

  private readonly parts: RowKeyParts;

  constructor(ints: CodeArray[], texts: Blocks<string | null>[], expected = 64) {
    this.parts = { ints, texts };
    let cap = 16;
    while (cap < expected * 2 && cap < MAX_INITIAL_SLOTS) cap *= 2;
    this.slots = new Int32Array(cap * 2).fill(EMPTY);
    this.mask = cap - 1;
    this.first = new Int32Array(Math.max(16, Math.min(expected, MAX_INITIAL_KEYS)));
  }

  private hashOf(e: number): number {
    return rowKeyHash(this.parts, e);
  }

  private same(a: number, b: number): boolean {
    return sameRowKey(this.parts, a, b);
  }

  /** id of row e's key; an unseen key gets the next id (and e as its first row) unless `insert` is false (-1) */
  id(e: number, insert = true): number {
    const h = this.hashOf(e);
    const { slots, mask, first } = this;
    let i = h & mask;
    for (;;) {
      const id = slots[2 * i + 1];
      if (id === EMPTY) break;
      if (slots[2 * i] === h && this.same(first[id], e)) return id;
      i = (i + 1) & mask;
    }
    if (!insert) return -1;
    const id = this.size++;
    if (id === this.first.length) this.grow();
    this.first[id] = e;
    if (this.size * 2 > this.mask + 1) this.rehash();
    else {
      slots[2 * i] = h;
      slots[2 * i + 1] = id;
    }
    return id;
  }

  private grow(): void {
    const bigger = new Int32Array(this.first.length * 2);
    bigger.set(this.first);
    this.first = bigger;
  }

  /** doubles the table and places every key again, including the one just added */
  private rehash(): void {
    const cap = (this.mask + 1) * 2;
    const slots = new Int32Array(cap * 2).fill(EMPTY);
    const mask = cap - 1;
    for (let id = 0; id < this.size; id++) {
      const h = this.hashOf(this.first[id]);
      let i = h & mask;
      while (slots[2 * i + 1] !== EMPTY) i = (i + 1) & mask;
      slots[2 * i] = h;
      slots[2 * i + 1] = id;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
