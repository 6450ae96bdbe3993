// Writing a fill plan into an .xlsx/.xlsm by patching its parts in place (exceljs rewrote every part and lost some; jszip was too slow).
import { FillPlan, Lang, RunProblem } from "../../engine";
import { dataSheetEdit, XlsxTarget } from "./dataSheetEdit";
import { Package } from "./opc";
import { refuseProtected } from "./protection";
import { parseSheet } from "./sheetLayout";
import { StylePatcher } from "./styles";
import { writeSummary } from "./summaryParts";
import { workbookParts } from "./workbookParts";
import { writeSheet } from "./writeSheet";

export type { XlsxTarget } from "./dataSheetEdit";

/**
 * Writes a fill plan into an .xlsx/.xlsm package. Only these parts change: the data sheet (Jili's columns, appended
 * to the right or replacing columns whose header is Jili's), Jili's summary sheet with its drawing and chart, and
 * append-only additions to the workbook's sheet list, relationships, content types and cell styles. Every other
 * part is carried over byte for byte.
 */
export async function fillXlsx(bytes: Buffer, target: XlsxTarget, plan: FillPlan, lang: Lang): Promise<Buffer> {
  const pkg = await Package.open(bytes);
  const wb = await workbookParts(pkg);
  const data = wb.sheets.find((s) => s.name === target.sheet);
  if (!data) throw new RunProblem("NO_SHEET", { sheet: target.sheet, sheets: wb.sheets.map((s) => s.name).join(", ") });
  const styles = wb.stylesPart && pkg.has(wb.stylesPart) ? new StylePatcher(await pkg.text(wb.stylesPart)) : null;

  // a protected sheet or workbook structure is the user's decision: refuse before anything is changed
  const sheet = parseSheet(pkg.bytes(data.part));
  refuseProtected(sheet, target.sheet, wb, data, plan);

  // 1. the data sheet (its number formats are added to the styles before the summary's)
  const edit = dataSheetEdit(sheet, target, plan, styles, lang);
  // 2. Jili's summary sheet
  if (plan.summary) await writeSummary(pkg, wb, data, plan.summary, styles);
  if (styles && styles.changed && wb.stylesPart) pkg.set(wb.stylesPart, styles.text);
  // written last, once nothing can stop the fill: the sheet is deflated on the thread pool while it is built
  pkg.setDeflated(data.part, writeSheet(sheet, edit));
  return pkg.generate();
}
