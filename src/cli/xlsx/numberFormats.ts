// Which cell styles of styles.xml show dates, so the sheet reader turns their numbers into Dates as exceljs did.
import { isDateFormat } from "../../engine";
import { childNS, childrenNS, parsePart, XElement } from "./dom";
import { MAIN_NS } from "./namespaces";

/** exceljs's built-in number formats (its defaultnumformats table; ids without a format there are not dates) */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The workbook's own number formats by id, backslash escapes removed (`0 \元` → `0 元`). */
function customFormats(root: XElement): Map<number, string> {
  const custom = new Map<number, string>();
  const list = childNS(root, MAIN_NS, "numFmts");
  for (const e of list ? childrenNS(list, MAIN_NS, "numFmt") : []) {
    custom.set(parseInt(e.getAttribute("numFmtId") ?? "", 10), (e.getAttribute("formatCode") ?? "").replace(/[\\](.)/g, "$1"));
  }
  return custom;
}

/**
 * Per cell style (cellXfs index): 1 when its number format is a date format (the engine's isDateFormat, the rule
 * every reader shares). Style 0 never converts (as exceljs). Read with a namespace-aware parser.
 */
export function dateStyles(xml: string | null, part = "xl/styles.xml"): Uint8Array {
  if (!xml) return new Uint8Array(0);
  const root = parsePart(part, xml).documentElement!;
  const custom = customFormats(root);
  const section = childNS(root, MAIN_NS, "cellXfs");
  const xfs = section ? childrenNS(section, MAIN_NS, "xf") : [];
  const out = new Uint8Array(xfs.length);
  xfs.forEach((xf, i) => {
    const id = parseInt(xf.getAttribute("numFmtId") ?? "", 10);
    if (i > 0 && id) out[i] = isDateFormat(custom.get(id) ?? BUILTIN_FORMATS[id]) ? 1 : 0;
  });
  return out;
}
