/** A scheme's bands as the slab primitive takes them: exact bounds, inclusive from and exclusive to by default. */
import { dec } from "../../money/decimal";
import type { Slab } from "../../primitives/slabLookup";
import type { BandDef } from "../../scheme/schema";
import type { Value } from "../../values/value";

export function toSlabs(bands: BandDef[]): Slab<Value>[] {
  return bands.map((b) => ({
    from: b.from === undefined ? undefined : dec(b.from),
    fromInclusive: b.fromInclusive ?? true,
    to: b.to === undefined ? undefined : dec(b.to),
    toInclusive: b.toInclusive ?? false,
    value: typeof b.value === "number" ? dec(b.value) : b.value,
  }));
}
