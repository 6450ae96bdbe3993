/**
 * A large value cut into pieces, each posted as its own message, and put together again. Why: a message is
 * cloned (and, on the receiving side, deserialised) in one task of that thread; one 30 MB statements layout or a
 * 100 000-row table in one message is a long task on the pane's thread, the very thing the worker is for.
 */

/** One piece: the value at `path` of the whole (`append`: elements pushed onto the array already there). */
export interface Piece {
  path: (string | number)[];
  value: unknown;
  append?: boolean;
}

/** Leaves and containers weighing more than this (about one element per cell) are cut. */
export const PIECE_WEIGHT = 20_000;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** how many values a structure holds (typed arrays, maps and the like count as one: they clone fast) */
function weight(v: unknown, cap: number): number {
  if (Array.isArray(v)) {
    let w = v.length;
    for (let i = 0; i < v.length && w <= cap; i++) if (typeof v[i] === "object" && v[i] !== null) w += weight(v[i], cap - w);
    return w;
  }
  if (isPlainObject(v)) {
    let w = 1;
    for (const k in v) {
      if (w > cap) break;
      const x = v[k];
      w += typeof x === "object" && x !== null ? weight(x, cap - w) : 1;
    }
    return w;
  }
  return 1;
}

/** Cuts `value` into pieces of at most about `limit` values each (a single heavier leaf stays whole). */
export function* cutIntoPieces(value: unknown, limit = PIECE_WEIGHT, path: (string | number)[] = []): Generator<Piece> {
  if (weight(value, limit) <= limit || !(Array.isArray(value) || isPlainObject(value))) {
    yield { path, value };
    return;
  }
  if (isPlainObject(value)) {
    yield { path, value: {} };
    for (const k of Object.keys(value)) yield* cutIntoPieces(value[k], limit, [...path, k]);
    return;
  }
  yield { path, value: [] };
  let run: unknown[] = [];
  let runWeight = 0;
  for (let i = 0; i < value.length; i++) {
    const el = value[i];
    // its place in the array, and what it holds
    const w = 1 + (typeof el === "object" && el !== null ? weight(el, limit) : 0);
    if (w > limit) {
      if (run.length) yield { path, value: run, append: true };
      run = [];
      runWeight = 0;
      // a heavy element: a placeholder, then its own pieces at its index
      yield { path, value: [Array.isArray(el) ? [] : {}], append: true };
      yield* cutIntoPieces(el, limit, [...path, i]);
      continue;
    }
    if (runWeight + w > limit && run.length) {
      yield { path, value: run, append: true };
      run = [];
      runWeight = 0;
    }
    run.push(el);
    runWeight += w;
  }
  if (run.length) yield { path, value: run, append: true };
}

/** Puts pieces together again, in the order they were cut. */
export class PieceAssembler {
  private root: { value?: unknown } = {};

  add(piece: Piece): void {
    if (piece.path.length === 0) {
      if (piece.append) pushAll(this.root.value as unknown[], piece.value as unknown[]);
      else this.root.value = piece.value;
      return;
    }
    let at = this.root.value as Record<string | number, unknown>;
    for (let k = 0; k < piece.path.length - 1; k++) at = at[piece.path[k]] as Record<string | number, unknown>;
    const last = piece.path[piece.path.length - 1];
    if (piece.append) pushAll(at[last] as unknown[], piece.value as unknown[]);
    else at[last] = piece.value;
  }

  get value(): unknown {
    return this.root.value;
  }
}

/** push without spreading (a spread of a long array overflows the argument limit) */
function pushAll(into: unknown[], items: unknown[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}
