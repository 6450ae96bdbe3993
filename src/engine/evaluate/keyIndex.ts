/**
 * Numbers composite keys (person, month) without joining strings per row: one nested map level per key part.
 * Returns the same id for the same parts, and ids in first-seen order.
 */
export class KeyIndex {
  private readonly root = new Map<string, unknown>();
  size = 0;

  /** id of the parts, or -1 (with `insert` false) when unseen */
  id(parts: string[], insert = true): number {
    let node = this.root;
    for (let k = 0; k < parts.length - 1; k++) {
      let next = node.get(parts[k]) as Map<string, unknown> | undefined;
      if (!next) {
        if (!insert) return -1;
        next = new Map();
        node.set(parts[k], next);
      }
      node = next;
    }
    const last = parts[parts.length - 1];
    const hit = node.get(last) as number | undefined;
    if (hit !== undefined) return hit;
    if (!insert) return -1;
    node.set(last, this.size);
    return this.size++;
  }
}
