// Excel.PageLayout (ExcelApi 1.9) and the horizontal page breaks: the print settings of the statements sheet, write only.
import { parseAreas } from "../../excel/address";
import type { SimContext } from "./context";
import { expose, writeOnly } from "./expose";
import { jsonBytes } from "./payload";
import type { SimRange } from "./range";
import type { SimSheet } from "./sheet";

const PAPER_SIZES = new Set(["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"]);

export type PageBreaksApi = { add: (range: SimRange | string) => unknown };

/** `s` gives the live sheet whose pageLayout record the writes fill */
export function pageLayoutApi(ctx: SimContext, s: () => SimSheet): unknown {
  const layout: Record<string, unknown> = {
    setPrintMargins: (unit: string, options: Record<string, number>) => {
      if (!["Points", "Inches", "Centimeters"].includes(unit)) throw Object.assign(new Error(`Excel simulation: margin unit ${unit}`), { code: "InvalidArgument" });
      ctx.queue({ bytes: 120, apply: () => (s().pageLayout.margins = { unit, options: { ...options } }) });
    },
  };
  const enumProp = (name: "orientation" | "paperSize", allowed: Set<string>) =>
    writeOnly<string>(layout, "PageLayout", name, (v) => {
      if (!allowed.has(v)) throw Object.assign(new Error(`Excel simulation: ${name} ${v}`), { code: "InvalidArgument" });
      ctx.queue({ bytes: 40, apply: () => (s().pageLayout[name] = v) });
    });
  enumProp("orientation", new Set(["Portrait", "Landscape"]));
  enumProp("paperSize", PAPER_SIZES);
  writeOnly<{ horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }>(layout, "PageLayout", "zoom", (z) => {
    const bad = !z || typeof z !== "object" || Object.keys(z).some((k) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k));
    if (bad) throw Object.assign(new Error(`Excel simulation: zoom ${JSON.stringify(z)}`), { code: "InvalidArgument" });
    ctx.queue({ bytes: 80, apply: () => (s().pageLayout.zoom = { ...z }) });
  });
  writeOnly<boolean>(layout, "PageLayout", "centerHorizontally", (b) => ctx.queue({ bytes: 40, apply: () => (s().pageLayout.centerHorizontally = b) }));
  const footer = {};
  writeOnly<string>(footer, "HeaderFooter", "centerFooter", (t) => ctx.queue({ bytes: 40 + jsonBytes(t), apply: () => (s().pageLayout.centerFooter = t) }));
  layout.headersFooters = expose("HeaderFooterGroup", { defaultForAllPages: expose("HeaderFooter", footer) });
  return expose("PageLayout", layout);
}

/** Worksheet.horizontalPageBreaks: a break before the first row of the range given */
export function pageBreaksApi(ctx: SimContext, s: () => SimSheet): PageBreaksApi {
  return expose("PageBreakCollection", {
    add: (range: SimRange | string) => {
      const [r] = typeof range === "string" ? parseAreas(range) : range.rect ? [range.rect] : [];
      if (!r) throw Object.assign(new Error(`Excel simulation: bad page break range ${String(range)}`), { code: "InvalidArgument" });
      ctx.queue({ bytes: 40, apply: () => s().pageBreaks.push(r.top) });
      return expose("PageBreak", {});
    },
  });
}
