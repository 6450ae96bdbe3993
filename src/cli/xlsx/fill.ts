// Writing a fill plan into an .xlsx/.xlsm by patching its parts in place (exceljs rewrote every part and lost some; jszip was too slow).
import { FillPlan, Lang, PERSON_TOTAL_SHEET_NAMES, RunProblem } from "../../engine";
import { dataSheetEdit, XlsxTarget } from "./dataSheetEdit";
import { Package } from "./opc";
import { refuseProtected } from "./protection";
import { readContext } from "./readWorkbook";
import { EarlyLayout, layoutOf } from "./earlyLayout";
import { StylePatcher } from "./styles";
import { writeSummary } from "./summaryParts";
import { workbookParts } from "./workbookParts";
import { TextSink } from "./partSink";
import { verifyOutput } from "./verifyOutput";
import { writeSheet } from "./writeSheet";
import { wellFormedLater } from "./xmlThread";

export type { XlsxTarget } from "./dataSheetEdit";

/**
 * Writes a fill plan into an .xlsx/.xlsm package. Only these parts change: the data sheet (Jili's columns, appended
 * to the right or replacing columns whose header is Jili's), Jili's summary sheet with its drawing and chart, and
 * append-only additions to the workbook's sheet list, relationships, content types and cell styles. Every other
 * part is carried over byte for byte. The package is checked before it is returned (verifyOutput): a part that a
 * strict parser refuses stops the fill with nothing written. `early`: the data sheet's layout, started while the
 * engine evaluated (earlyLayout.ts).
 */
export async function fillXlsx(bytes: Buffer, target: XlsxTarget, plan: FillPlan, lang: Lang, early?: EarlyLayout): Promise<Buffer> {
  const pkg = await Package.open(bytes);
  const wb = await workbookParts(pkg);
  const data = wb.sheets.find((s) => s.name === target.sheet);
  if (!data) throw new RunProblem("NO_SHEET", { sheet: target.sheet, sheets: wb.sheets.map((s) => s.name).join(", ") });
  const read = await readContext(bytes);
  const styles = wb.stylesPart && pkg.has(wb.stylesPart) ? new StylePatcher(await pkg.text(wb.stylesPart), wb.stylesPart, read.maxStyle) : null;

  // a protected sheet or workbook structure is the user's decision: refuse before anything is changed
  const sheet = await layoutOf(pkg, data.part, target.sheet, early);
  refuseProtected(sheet, target.sheet, wb, data, plan);

  // 1. the data sheet (its number formats are added to the styles before the summary's)
  const edit = dataSheetEdit(sheet, target, plan, styles, lang);
  // 2. Jili's summary sheet
  if (plan.summary) await writeSummary(pkg, wb, data, plan.summary, styles);
  if (plan.personTotal) await writeSummary(pkg, wb, data, plan.personTotal, styles, PERSON_TOTAL_SHEET_NAMES);
  if (styles && styles.changed && wb.stylesPart) pkg.set(wb.stylesPart, styles.text);
  // every part but the data sheet is final: checked strictly on the second core while the sheet is built here
  const texts = pkg.writtenTexts();
  const textsChecked = wellFormedLater(texts);
  // written last, once nothing can stop the fill: the sheet is deflated on the thread pool while it is built
  const sample = new TextSink();
  const checked = [textsChecked];
  const sampleDone = () => checked.push(wellFormedLater([{ part: data.part, text: String(sample) }]));
  pkg.setDeflated(data.part, writeSheet(sheet, edit, sample, sampleDone));
  const out = await pkg.generate();
  const headers = new Map(edit.slots.map((col, i) => [col, plan.columns[i].header]));
  await verifyOutput(out, { parts: pkg.written, texts: new Map(texts.map((t) => [t.part, t.text])), checked, dataPart: data.part, dataSample: String(sample), sheet: target.sheet, headerRow: target.headerRow, headers, sst: read.sst });
  return out;
}
