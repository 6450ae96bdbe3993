// Whether the data sheet or the workbook's structure is protected: a fill refuses before anything is changed.
import { FillPlan, RunProblem } from "../../engine";
import { LT, COLON } from "./bytes";
import { SheetLayout } from "./sheetLayout";
import { SheetEntry, WorkbookParts } from "./workbookParts";
import { childNS } from "./dom";
import { MAIN_NS } from "./namespaces";
import { attrs } from "./xml";


/** `<sheetProtection sheet="1" …/>` / `<workbookProtection lockStructure="1" …/>`: on when the flag is 1 or true. */
function isProtected(xml: string, element: string, flag: string): boolean {
  const m = new RegExp(`<(?:[\\w.-]+:)?${element}\\b[^>]*>`).exec(xml);
  if (!m) return false;
  const v = attrs(m[0])[flag];
  return v === "1" || v === "true";
}

/**
 * `<sheetProtection sheet="1" …/>` in a sheet's bytes outside its rows (the schema places it after sheetData; a
 * cell's text saying "sheetProtection" is not the element, and 100 000 rows need not be searched).
 */
function sheetProtected(sheet: SheetLayout): boolean {
  const { bytes } = sheet;
  return protectionIn(bytes.subarray(0, sheet.innerStart)) || protectionIn(bytes.subarray(sheet.innerEnd));
}

function protectionIn(bytes: Buffer): boolean {
  for (let at = bytes.indexOf("sheetProtection"); at >= 0; at = bytes.indexOf("sheetProtection", at + 1)) {
    let lt = at - 1;
    if (bytes[lt] === COLON) while (lt > 0 && bytes[lt] !== LT && at - lt < 64) lt--; // a namespace prefix
    if (bytes[lt] !== LT) continue;
    const end = bytes.indexOf(">", at);
    if (end < 0) return false;
    const tag = bytes.toString("utf8", lt, end + 1);
    if (new RegExp(`^<(?:[\\w.-]+:)?sheetProtection\\b`).test(tag)) return isProtected(tag, "sheetProtection", "sheet");
  }
  return false;
}

/** A protected data sheet, or a protected workbook structure where the fill would add or rename a sheet: refused. */
export function refuseProtected(sheet: SheetLayout, sheetName: string, wb: WorkbookParts, data: SheetEntry, plan: FillPlan): void {
  if (sheetProtected(sheet)) throw new RunProblem("SHEET_PROTECTED", { sheet: sheetName });
  const summaryName = plan.summary?.sheetName;
  const lock = childNS(wb.doc.documentElement!, MAIN_NS, "workbookProtection")?.getAttribute("lockStructure");
  if (summaryName && (lock === "1" || lock === "true")) {
    const same = wb.sheets.find((s) => s.name === summaryName && s.part !== data.part);
    // replacing the summary sheet's contents in place is a sheet edit, but adding or renaming one is a structure edit
    if (!same) throw new RunProblem("WORKBOOK_PROTECTED", { sheet: summaryName });
  }
}
