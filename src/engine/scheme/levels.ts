import { LevelDef } from "./schema";

/** Level ids from just above `from` up to `to`, or null when `to` is not above `from` (or the chain loops). */
export function levelPath(levels: Map<string, LevelDef>, from: string, to: string): string[] | null {
  const down: string[] = [];
  let cur: string | undefined = to;
  while (cur && cur !== from) {
    if (down.includes(cur) || down.length > levels.size) return null;
    down.push(cur);
    cur = levels.get(cur)?.of;
  }
  return cur === from ? down.reverse() : null;
}
