// Stores a value per row in 8 192-element blocks: a 100 000-element JS array costs ms to allocate (V8's large-object space), blocks a fraction, and blocks nobody writes to are never made.
/** Entities per block: 8 192 references (64 KB) stay well inside V8's regular heap objects. */
const SHIFT = 13;
const BLOCK = 1 << SHIFT;
const MASK = BLOCK - 1;

/**
 * A value per entity, held in blocks of 8 192. One array of 100 000 references is placed in V8's large-object
 * space, which costs ≈ 3–4 ms to allocate (≈ 40 ns per entity, as much as reading a cell); blocks cost a
 * fraction of that, and a block is only made when a value in it is set, so sparse uses (the few rows with a
 * reason) stay small.
 */
export class Blocks<T> {
  private readonly blocks: (T[] | undefined)[];

  constructor(
    readonly size: number,
    /** what every entity holds until set */
    private readonly blank: T,
  ) {
    this.blocks = [];
    // an array of holes is grown to its length once, not block by block
    this.blocks.length = (size + MASK) >>> SHIFT;
  }

  /** blocks holding `values` (blank: the first value's type's blank is not known, so `blank` is given) */
  static from<T>(values: readonly T[], blank: T): Blocks<T> {
    const b = new Blocks<T>(values.length, blank);
    values.forEach((v, e) => b.set(e, v));
    return b;
  }

  get(e: number): T {
    const block = this.blocks[e >>> SHIFT];
    return block === undefined ? this.blank : block[e & MASK];
  }

  set(e: number, v: T): void {
    const b = e >>> SHIFT;
    let block = this.blocks[b];
    if (block === undefined) {
      block = new Array<T>(Math.min(BLOCK, this.size - (b << SHIFT))).fill(this.blank);
      this.blocks[b] = block;
    }
    block[e & MASK] = v;
  }

  /** the values as one array (for callers that need one: it costs what the blocks saved) */
  toArray(): T[] {
    const out = new Array<T>(this.size);
    for (let e = 0; e < this.size; e++) out[e] = this.get(e);
    return out;
  }
}
