// Stores composite keys as ids folded part by part through TextPairTables: no text is joined per row.
import { TextPairTable } from "./textPairTable";

/**
 * Numbers composite keys (person, month) without joining strings per row: a key is folded part by part through
 * one table per position, (id of the parts so far, next part's text) → id, in typed arrays — no map per distinct
 * value and no text built per row. Returns the same id for the same parts, and ids in first-seen order.
 */
export class KeyIndex {
  private readonly tables: TextPairTable[] = [];
  size = 0;

  /** @param expected at most this many distinct keys are expected (the tables start that large: no regrowth) */
  constructor(private readonly expected = 64) {}

  /** id of the parts, or -1 (with `insert` false) when unseen */
  id(parts: string[], insert = true): number {
    const last = parts.length - 1;
    let prefix = 0;
    for (let k = 0; k <= last; k++) {
      const table = this.tables[k] ?? (this.tables[k] = new TextPairTable(this.expected));
      // the final position numbers whole keys (first seen, first numbered); inner ones number prefixes
      const next = !insert ? null : k === last ? this.size : table.size;
      prefix = table.id(prefix, parts[k], next);
      if (prefix === -1) return -1;
      if (k === last && prefix === this.size) this.size++;
    }
    return prefix;
  }
}
