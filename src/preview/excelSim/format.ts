// Excel.RangeFormat, RangeFill and RangeFont: a range's look (width, fill, font, wrap, alignment), written only.
import type { Rect } from "../../excel/address";
import { bordersApi } from "./borders";
import type { SimContext } from "./context";
import { expose, writeOnly } from "./expose";
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

export function rangeFill(ctx: SimContext, sheet: SimSheet, live: () => Rect): RangeFillApi {
  const fill = { clear: () => ctx.queue({ bytes: 30, apply: () => eachCell(live(), (k) => sheet.fills.delete(k)) }) };
  writeOnly<string>(fill, "RangeFill", "color", (c) => ctx.queue({ bytes: 30, apply: () => eachCell(live(), (k) => sheet.fills.set(k, c)) }));
  return expose("RangeFill", fill);
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
