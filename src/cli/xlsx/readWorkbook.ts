// Every worksheet of an .xlsx/.xlsm as a grid of values, read from the parts directly (no workbook model: exceljs was too slow).
import { RawCell } from "../../engine";
import { dateStyles } from "./numberFormats";
import { Package } from "./opc";
import { readSheetCells } from "./readSheetCells";
import { SheetContext } from "./cellValue";
import { sharedStrings } from "./sharedStrings";
import { fillSharedStrings, SharedStringRefs } from "./sharedStringRefs";
import { scanWhileInflating, streamsWhileScanned } from "./streamedSheet";
import { sharedStringsLater } from "./xmlThread";
import { workbookParts, WorkbookParts } from "./workbookParts";

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
 * The workbook, its relationships, styles and shared strings are read with namespace-aware parsers (any prefix,
 * declared on the root or on the element; Strict OOXML too); part names match their targets whatever their case;
 * every part's CRC is checked as it is inflated.
 */
export async function readWorkbook(bytes: Buffer, pieces: { fromBytes?: number; pieceBytes?: number } = {}): Promise<SheetCells[]> {
  const pkg = await Package.open(bytes);
  const wb = await workbookParts(pkg);
  const ctx = await sheetContext(pkg, wb, false);
  // a large shared-string table is read on the second core while the sheets are scanned here
  const sstPart = wb.sharedStringsPart ?? "xl/sharedStrings.xml";
  const sst = pkg.has(sstPart) ? sharedStringsLater(await pkg.text(sstPart), sstPart) : null;
  // its bytes are not needed again (the table is kept as values): 28 MB less at the full sheet
  if (sst) pkg.takeInflated(sstPart);
  if (sst) ctx.sstLater = new SharedStringRefs();
  const out: SheetCells[] = [];
  for (const sheet of wb.sheets) {
    if (!pkg.has(sheet.part)) continue;
    // a large sheet is scanned while the thread pool inflates it (`pieces`: for tests, smaller parts and pieces)
    const entry = pkg.entryToInflate(sheet.part);
    if (entry && streamsWhileScanned(entry, pieces.fromBytes)) {
      const read = await scanWhileInflating(entry, ctx, pieces.pieceBytes);
      pkg.keepInflated(sheet.part, read.bytes);
      out.push({ name: sheet.name, cells: read.cells });
    } else out.push({ name: sheet.name, cells: readSheetCells(pkg.bytes(sheet.part), ctx) });
  }
  if (sst) {
    ctx.sst = await sst.get();
    ctx.sstLater = undefined;
    for (const sheet of out) fillSharedStrings(sheet.cells, ctx.sst);
  }
  contexts.set(bytes, ctx);
  return out;
}

/**
 * What reading a workbook found, by the buffer it was read from (a fill reads, then patches): the highest cell style
 * a cell uses, and the shared strings, which the check of the output reads again (Jili never writes that part).
 */
const contexts = new WeakMap<Buffer, SheetContext>();

/** The context a workbook's cells were read with (the workbook is read when it was not before). */
export async function readContext(bytes: Buffer): Promise<SheetContext> {
  if (!contexts.has(bytes)) await readWorkbook(bytes);
  return contexts.get(bytes)!;
}

/** What every sheet's cells are read with: the shared strings, the date styles and the workbook's date system. */
export async function sheetContext(pkg: Package, wb: WorkbookParts, withStrings = true): Promise<SheetContext> {
  const text = async (part: string | undefined, fallback: string): Promise<string | null> => {
    const name = part ?? fallback;
    return pkg.has(name) ? pkg.text(name) : null;
  };
  const sst = withStrings ? await text(wb.sharedStringsPart, "xl/sharedStrings.xml") : null;
  const styles = await text(wb.stylesPart, "xl/styles.xml");
  return {
    sst: sharedStrings(sst, wb.sharedStringsPart ?? "xl/sharedStrings.xml"),
    dateStyle: dateStyles(styles, wb.stylesPart ?? "xl/styles.xml"),
    date1904: wb.date1904,
    maxStyle: 0,
  };
}
