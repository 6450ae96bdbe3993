// Excel.RangeAreas: several rectangles of one sheet (formula cells, merged areas, getRanges), their address and fill.
import type { Rect } from "../../excel/address";
import type { SimContext } from "./context";
import { expose, writeOnly } from "./expose";
import { rangeFill, RangeFillApi } from "./format";
import { Loadable } from "./loadable";
import { rectAddress } from "./rects";
import type { SimSheet } from "./sheet";

export class SimAreas extends Loadable {
  format: { fill: RangeFillApi };
  constructor(
    ctx: SimContext,
    readonly sheet: SimSheet,
    readonly rects: Rect[],
  ) {
    super(ctx, "RangeAreas", { address: () => rects.map((r) => rectAddress(sheet, r)).join(","), isNullObject: () => rects.length === 0 });
    // each area is filled as a range of its own: one queued write (and its bytes) per area
    const fills = () => rects.map((r) => rangeFill(ctx, sheet, () => r));
    const fill = { clear: () => fills().forEach((f) => f.clear()) };
    writeOnly<string>(fill, "RangeFill", "color", (c) => fills().forEach((f) => (f.color = c)));
    this.format = expose("RangeAreasFormat", { fill: expose("RangeFill", fill) as RangeFillApi });
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}
