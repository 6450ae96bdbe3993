import { BoundedCache } from "../../../../src/engine/evaluate/store/boundedCache";

// A bounded cache keeps its first `limit` keys and refuses later ones (no eviction): memos that relied on
// `if (map.size < limit) map.set(…)` must behave as before.

describe("BoundedCache", () => {
  it("keeps the first keys up to its limit and refuses the rest", () => {
    const cache = new BoundedCache<string, number>(2);
    expect(cache.set("a", 1)).toBe(true);
    expect(cache.set("b", 2)).toBe(true);
    expect(cache.set("c", 3)).toBe(false);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, 2, undefined]);
    expect(cache.size).toBe(2);
  });

  it("changes a kept key's value while there is room, as a Map would", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("a", 5);
    expect(cache.get("a")).toBe(5);
    expect(cache.size).toBe(1);
  });
});
