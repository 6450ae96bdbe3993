// The data sheet's layout started before the fill needs it: found on the second core while the engine evaluates.
import { Package } from "./opc";
import { parseSheet, SheetLayout } from "./sheetLayout";
import { workbookParts } from "./workbookParts";
import { Later, SheetBytesLost, sheetLayoutLater } from "./xmlThread";

/** A layout being found for one sheet of a workbook. */
export interface EarlyLayout {
  sheet: string;
  layout: Later<SheetLayout>;
}

/**
 * The largest data sheet (bytes of XML) whose layout is found while the engine runs; a larger one waits for the run
 * to end. Found alongside the run, the layout's arrays add to its peak: at the full sheet (≈ 0.4 GB of XML) that
 * was 1 438–1 489 MB against 1 342–1 371 MB after the run, too close to the 1.5 GB budget, so the limit was 128 MB.
 * Since rows are read into arrays of their width and a sheet's dates share their Date objects, the full sheet laid
 * out alongside the run peaks at 1 284–1 293 MB and is 0.4–0.8 s faster (BENCHMARKS.md): every sheet of this
 * size is now, and the limit only holds back a sheet larger than a full sheet of ten usual columns.
 */
export const EARLY_LAYOUT_MAX_BYTES = 512 << 20;

/**
 * Starts finding the layout of sheet `sheet` of the workbook `bytes` (already read: its inflated parts are cached).
 * The sheet's bytes go to the worker with the job; undefined when the sheet is not there, its bytes are not its own
 * or there are more than `maxBytes` of them.
 */
export async function startLayout(bytes: Buffer, sheet: string, maxBytes = Infinity): Promise<EarlyLayout | undefined> {
  const pkg = await Package.open(bytes);
  const wb = await workbookParts(pkg);
  const data = wb.sheets.find((s) => s.name === sheet);
  if (!data || !pkg.has(data.part) || pkg.size(data.part) > maxBytes) return undefined;
  const own = pkg.takeInflated(data.part);
  return own ? { sheet, layout: sheetLayoutLater(own) } : undefined;
}

/** The layout of the data sheet: the one started early for it, or found now (also when the worker lost the bytes). */
export async function layoutOf(pkg: Package, part: string, sheet: string, early?: EarlyLayout): Promise<SheetLayout> {
  if (early && early.sheet === sheet) {
    try {
      return await early.layout.get();
    } catch (e) {
      if (!(e instanceof SheetBytesLost)) throw e;
    }
  }
  return parseSheet(pkg.bytes(part));
}
