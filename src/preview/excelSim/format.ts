// Excel.RangeFormat, RangeFill and RangeFont: a range's look (width, fill, font, wrap, alignment), written only.
import type { Rect } from "../../excel/address";
import { bordersApi } from "./borders";
import type { SimContext } from "./context";
import { expose, writeOnly } from "./expose";
import { Loadable } from "./loadable";
import { eachCell, eachColumn, rectAddress } from "./rects";
import type { SimSheet } from "./sheet";

const H_ALIGNMENTS = new Set(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]);
const V_ALIGNMENTS = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);

export type RangeFillApi = { color?: string; clear: () => void };

export type RangeFormatApi = {
  columnWidth?: number;
  fill: RangeFillApi;
  font: { bold?: boolean; italic?: boolean; size?: number };
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders: { getItem: (index: string) => { style?: string } };
  autofitRows: () => void;
};

// `live` gives the range's rectangle when a write lands at the sync (a null range throws there, as in Excel)

export function rangeFormat(ctx: SimContext, sheet: SimSheet, live: () => Rect): RangeFormatApi {
  const format = {
    fill: rangeFill(ctx, sheet, live),
    font: rangeFont(ctx, sheet, live),
    borders: bordersApi(ctx, sheet, live),
    autofitRows: () => ctx.queue({ bytes: 30, apply: () => sheet.autofitRows.push(rectAddress(sheet, live())) }),
  };
  writeOnly<number>(format, "RangeFormat", "columnWidth", (w) => ctx.queue({ bytes: 30, apply: () => eachColumn(live(), (c) => sheet.widths.set(c, w)) }));
  writeOnly<boolean>(format, "RangeFormat", "useStandardWidth", (b) => b && ctx.queue({ bytes: 30, apply: () => eachColumn(live(), (c) => sheet.widths.delete(c)) }));
  writeOnly<boolean>(format, "RangeFormat", "wrapText", (b) => ctx.queue({ bytes: 30, apply: () => eachCell(live(), (k) => (b ? sheet.wrapped.add(k) : sheet.wrapped.delete(k))) }));
  writeOnly<string>(format, "RangeFormat", "horizontalAlignment", (a) => {
    if (!H_ALIGNMENTS.has(a)) throw Object.assign(new Error(`Excel simulation: horizontal alignment ${a}`), { code: "InvalidArgument" });
    ctx.queue({ bytes: 40, apply: () => eachCell(live(), (k) => sheet.hAlign.set(k, a)) });
  });
  writeOnly<string>(format, "RangeFormat", "verticalAlignment", (a) => {
    if (!V_ALIGNMENTS.has(a)) throw Object.assign(new Error(`Excel simulation: vertical alignment ${a}`), { code: "InvalidArgument" });
    ctx.queue({ bytes: 40, apply: () => eachCell(live(), (k) => sheet.vAlign.set(k, a)) });
  });
  return expose("RangeFormat", format as RangeFormatApi);
}

/** A range's fill: its colour is readable after load + sync, as Office gives it: #FFFFFF for no fill, null for several. */
class SimFill extends Loadable {
  constructor(
    ctx: SimContext,
    private readonly sheet: SimSheet,
    private readonly live: () => Rect,
  ) {
    super(ctx, "RangeFill", { color: () => this.current() });
  }
  private current(): string | null {
    const seen = new Set<string>();
    eachCell(this.live(), (k) => seen.add(this.sheet.fills.get(k) ?? "#FFFFFF"));
    return seen.size === 1 ? [...seen][0] : null;
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(c: string | null) {
    this.ctx.queue({ bytes: 30, apply: () => eachCell(this.live(), (k) => this.sheet.fills.set(k, c as string)) });
  }
  clear(): void {
    this.ctx.queue({ bytes: 30, apply: () => eachCell(this.live(), (k) => this.sheet.fills.delete(k)) });
  }
}

export function rangeFill(ctx: SimContext, sheet: SimSheet, live: () => Rect): RangeFillApi {
  return expose("RangeFill", new SimFill(ctx, sheet, live) as unknown as RangeFillApi);
}

function rangeFont(ctx: SimContext, sheet: SimSheet, live: () => Rect): RangeFormatApi["font"] {
  const font = {};
  writeOnly<boolean>(font, "RangeFont", "bold", (b) => ctx.queue({ bytes: 30, apply: () => eachCell(live(), (k) => (b ? sheet.bold.add(k) : sheet.bold.delete(k))) }));
  writeOnly<boolean>(font, "RangeFont", "italic", (b) => ctx.queue({ bytes: 30, apply: () => eachCell(live(), (k) => (b ? sheet.italic.add(k) : sheet.italic.delete(k))) }));
  writeOnly<string>(font, "RangeFont", "color", (c) => ctx.queue({ bytes: 30, apply: () => eachCell(live(), (k) => sheet.fontColors.set(k, c)) }));
  writeOnly<number>(font, "RangeFont", "size", (n) => {
    if (typeof n !== "number" || !(n >= 1 && n <= 409)) throw Object.assign(new Error(`Excel simulation: font size ${n}`), { code: "InvalidArgument" });
    ctx.queue({ bytes: 30, apply: () => eachCell(live(), (k) => sheet.fontSizes.set(k, n)) });
  });
  return expose("RangeFont", font);
}
