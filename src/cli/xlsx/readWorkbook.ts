// Every worksheet of an .xlsx/.xlsm as a grid of values, read from the parts directly (no workbook model: exceljs was too slow).
import { RawCell } from "../../engine";
import { dateStyles } from "./numberFormats";
import { Package, parseRels, REL_TYPES, Relationship, resolveTarget } from "./opc";
import { readSheetCells } from "./readSheetCells";
import { SheetContext } from "./cellValue";
import { sharedStrings } from "./sharedStrings";
import { attrs, rootPrefix } from "./xml";

export interface SheetCells {
  name: string;
  /** cells by 0-based row and column: cells[r][c] is sheet row r+1, column c+1 */
  cells: RawCell[][];
}

/**
 * Reads every worksheet of an .xlsx/.xlsm as a grid of the values a user sees, straight from the sheet XML (no
 * workbook model is built: reading 100 000 rows through exceljs took most of a fill).
 *
 * The values are those exceljs gives for the same file, as the engine has always received them:
 * - shared strings (rich text joined, phonetic runs left out, `_xHHHH_` escapes decoded), inline strings, `str`;
 *   an empty text is no value;
 * - numbers; a number whose cell style (other than style 0) has a date format — the engine's isDateFormat, which is
 *   exceljs's test: after removing `[…]` and `"…"`, one of y m d h s b remains; built-in formats 14–22 and 45–47 —
 *   becomes the Date of that serial (UTC, 1900 or 1904 date system);
 * - booleans, error cells (their text, such as `#N/A`);
 * - formulas give their cached result (no cached result: no value);
 * - in a merged range only the top-left cell holds a value.
 * Where exceljs reads wrong, this reader does not (test/cli/xlsxReader.test.ts shows each case): a formula whose
 * cached result is 0 or FALSE is 0 or false (exceljs dropped falsy results: a blank cell, unlike Excel and the task
 * pane); a text, boolean or error result of a formula in a date-formatted cell stays text, boolean or error (exceljs
 * made an invalid Date or 1899-12-31 of it); an ISO date cell (`t="d"`) is that date (exceljs: the year read as a
 * serial); CDATA text is text; a phonetic run in an inline string is left out (exceljs lost the cell); `str` text is
 * decoded once (exceljs decoded `&amp;lt;` to `<`); rows and cells without a reference follow the one before, and
 * lower-case references are read (exceljs could not load such sheets); `date1904="true"` counts like `"1"`;
 * worksheets are found through the relationships whatever their part names; overlapping merges do not stop the read.
 */
export async function readWorkbook(bytes: Buffer): Promise<SheetCells[]> {
  const pkg = await Package.open(bytes);
  const root = pkg.has("_rels/.rels") ? parseRels(await pkg.text("_rels/.rels")) : [];
  const office = root.find((r) => r.type === REL_TYPES.officeDocument);
  const workbook = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  if (!pkg.has(workbook)) throw new Error("no workbook part");
  const xml = await pkg.text(workbook);
  const rels = await pkg.rels(workbook);
  const ctx = await sheetContext(pkg, workbook, xml, rels);
  const wp = rootPrefix(xml, "workbook");
  const nsm = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml);
  const rPrefix = nsm ? nsm[1] : "r";
  const out: SheetCells[] = [];
  for (const tag of xml.match(new RegExp(`<${wp.replace(/[.-]/g, "\\$&")}sheet\\b[^>]*>`, "g")) ?? []) {
    const a = attrs(tag);
    const rel = rels.find((r) => r.id === a[`${rPrefix}:id`]);
    if (!rel || rel.type !== REL_TYPES.worksheet || rel.external) continue;
    const part = resolveTarget(workbook, rel.target);
    if (!pkg.has(part)) continue;
    out.push({ name: a.name ?? "", cells: readSheetCells(pkg.bytes(part), ctx) });
  }
  return out;
}

/** What every sheet's cells are read with: the shared strings, the date styles and the workbook's date system. */
async function sheetContext(pkg: Package, workbook: string, xml: string, rels: Relationship[]): Promise<SheetContext> {
  const partOf = (type: string, fallback: string): string | null => {
    const rel = rels.find((r) => r.type === type && !r.external);
    const part = rel ? resolveTarget(workbook, rel.target) : fallback;
    return pkg.has(part) ? part : null;
  };
  const sstPart = partOf(REL_TYPES.sharedStrings, "xl/sharedStrings.xml");
  const stylesPart = partOf(REL_TYPES.styles, "xl/styles.xml");
  const wp = rootPrefix(xml, "workbook");
  const prMatch = new RegExp(`<${wp.replace(/[.-]/g, "\\$&")}workbookPr\\b[^>]*>`).exec(xml);
  const flag1904 = prMatch ? attrs(prMatch[0]).date1904 : undefined;
  return {
    sst: sharedStrings(sstPart ? await pkg.text(sstPart) : null),
    dateStyle: dateStyles(stylesPart ? await pkg.text(stylesPart) : null),
    date1904: flag1904 === "1" || flag1904 === "true",
  };
}
