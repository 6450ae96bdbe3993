const EMPTY = -1;

/** FNV-1a step over a text's UTF-16 code units. */
function mixText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // a separator, so that ("ab", "c") and ("a", "bc") differ
  return Math.imul(h ^ 0xff, 0x01000193);
}

function mixInt(h: number, n: number): number {
  return Math.imul(h ^ n, 0x01000193) ^ (n >>> 16);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

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

  constructor(
    private readonly ints: Int32Array[],
    private readonly texts: string[][],
    expected = 64,
  ) {
    let cap = 16;
    while (cap < expected * 2 && cap < 1 << 26) cap *= 2;
    this.slots = new Int32Array(cap * 2).fill(EMPTY);
    this.mask = cap - 1;
    this.first = new Int32Array(Math.max(16, Math.min(expected, 1 << 20)));
  }

  private hashOf(e: number): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < this.ints.length; k++) h = mixInt(h, this.ints[k][e]);
    for (let k = 0; k < this.texts.length; k++) h = mixText(h, this.texts[k][e]);
    return finish(h);
  }

  private same(a: number, b: number): boolean {
    for (let k = 0; k < this.ints.length; k++) if (this.ints[k][a] !== this.ints[k][b]) return false;
    for (let k = 0; k < this.texts.length; k++) if (this.texts[k][a] !== this.texts[k][b]) return false;
    return true;
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
