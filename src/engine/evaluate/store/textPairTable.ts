// Stores (prefix id, text) → id in typed arrays with open addressing: one probe per part and no entry objects, where nested Maps cost two lookups and an allocation per distinct value.
import { MAX_INITIAL_SLOTS } from "./limits";

const EMPTY = -1;

/** FNV-1a over the UTF-16 code units, mixed with the prefix id. */
function hashOf(prefix: number, text: string): number {
  let h = Math.imul(prefix ^ 0x811c9dc5, 0x01000193);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  return Math.imul(h, 0x85ebca6b) ^ (h >>> 13);
}

/**
 * A hash map from (prefix id, text) to an id, in typed arrays with open addressing: one probe per row and no entry
 * objects, where a Map of texts plus a map of pairs cost two lookups and an allocation per distinct value.
 */
export class TextPairTable {
  private prefixes: Int32Array;
  private hashes: Int32Array;
  private ids: Int32Array;
  private texts: string[];
  private mask: number;
  size = 0;

  constructor(capacity = 64) {
    let cap = 16;
    while (cap < capacity * 2 && cap < MAX_INITIAL_SLOTS) cap *= 2;
    this.prefixes = new Int32Array(cap).fill(EMPTY);
    this.hashes = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    this.texts = new Array<string>(cap).fill("");
    this.mask = cap - 1;
  }

  private slot(prefix: number, text: string, h: number): number {
    const { prefixes, hashes, texts, mask } = this;
    let i = h & mask;
    while (prefixes[i] !== EMPTY && (prefixes[i] !== prefix || hashes[i] !== h || texts[i] !== text)) i = (i + 1) & mask;
    return i;
  }

  /** the id of (prefix, text); when unseen, `next` is stored and returned if given, else -1 */
  id(prefix: number, text: string, next: number | null): number {
    const h = hashOf(prefix, text);
    let i = this.slot(prefix, text, h);
    if (this.prefixes[i] !== EMPTY) return this.ids[i];
    if (next === null) return -1;
    if ((this.size + 1) * 2 > this.prefixes.length) {
      this.grow();
      i = this.slot(prefix, text, h);
    }
    this.prefixes[i] = prefix;
    this.hashes[i] = h;
    this.texts[i] = text;
    this.ids[i] = next;
    this.size++;
    return next;
  }

  private grow(): void {
    const { prefixes, hashes, ids, texts } = this;
    const cap = prefixes.length * 2;
    this.prefixes = new Int32Array(cap).fill(EMPTY);
    this.hashes = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    this.texts = new Array<string>(cap).fill("");
    this.mask = cap - 1;
    for (let i = 0; i < prefixes.length; i++) {
      if (prefixes[i] === EMPTY) continue;
      const j = this.slot(prefixes[i], texts[i], hashes[i]);
      this.prefixes[j] = prefixes[i];
      this.hashes[j] = hashes[i];
      this.ids[j] = ids[i];
      this.texts[j] = texts[i];
    }
  }
}
