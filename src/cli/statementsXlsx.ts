// The statements workbook (个人奖励明细 and the summary of the same run) as .xlsx bytes, its large sheet deflated row by row.
//
// Written part by part with the project's own zip and deflate (src/cli/xlsx), not exceljs: its in-memory Workbook held
// the whole sheet (2.3 GB and 11 s at 100 000 rows), and its streaming WorkbookWriter (4.4) cannot write what the
// layout needs — it has no printOptions, so the page would not be centred; it checks each merge against every earlier
// one (quadratic: 23 000 merges at 100 000 rows); and its zip (archiver) stamps entries with the clock, so the same
// input would not give the same bytes. Every part here only translates the engine's layout (StatementSheet,
// STATEMENT_STYLES, the summary table) into SpreadsheetML: nothing is decided here.
import { StatementSheet, SummaryTable } from "../engine";
import { statementSheetPart } from "./statements/statementSheetPart";
import { appPropsXml, contentTypesXml, corePropsXml, packageRelsXml, sheetPartNames, workbookRelsXml, workbookXml } from "./statements/packageParts";
import { StringTable } from "./statements/stringTable";
import { StyleBook } from "./statements/styleBook";
import { summarySheetPart } from "./statements/summarySheetPart";
import { FIXED_DATE } from "./xlsx/opc";
import { Deflated, DeflateSink, deflateSync, OutEntry, writeZip } from "./xlsx/zip";

export { StatementSheetTooLongError } from "./statements/statementSheetPart";

function entry(name: string, content: Deflated): OutEntry {
  return { kind: "new", name, content, date: FIXED_DATE };
}

function textEntry(name: string, xml: string): OutEntry {
  return entry(name, deflateSync(Buffer.from(xml, "utf8")));
}

/**
 * A new workbook (never the user's file) holding the statements sheet — cells, styles, merges, a page break before
 * each statement, A4 fitted to the page width; several sheets when one cannot hold them — and the summary sheet of
 * the same run, to check the totals against.
 * Only the compressed file is held in memory, never a sheet's XML. Dates are fixed, so the same input gives the
 * same bytes.
 */
export async function statementsWorkbook(statements: StatementSheet | StatementSheet[], summary: SummaryTable | null): Promise<Buffer> {
  const styles = new StyleBook();
  const strings = new StringTable();
  const sheets: { name: string; content: Deflated }[] = [];
  // statements longer than a worksheet come as several sheets (the engine's splitStatementSheet), each written in turn
  for (const sheet of Array.isArray(statements) ? statements : [statements]) sheets.push({ name: sheet.name, content: await statementSheetPart(sheet, styles, strings) });
  if (summary) sheets.push({ name: summary.sheetName, content: deflateSync(Buffer.from(summarySheetPart(summary, styles, strings), "utf8")) });
  // the texts and looks are known once every sheet is written
  const sst = new DeflateSink();
  strings.write(sst);
  const parts = sheetPartNames(sheets.length);
  return writeZip(
    [
      textEntry("[Content_Types].xml", contentTypesXml(sheets.length)),
      textEntry("_rels/.rels", packageRelsXml()),
      textEntry("docProps/core.xml", corePropsXml(FIXED_DATE)),
      textEntry("docProps/app.xml", appPropsXml()),
      textEntry("xl/workbook.xml", workbookXml(sheets.map((s) => s.name))),
      textEntry("xl/_rels/workbook.xml.rels", workbookRelsXml(sheets.length)),
      textEntry("xl/styles.xml", styles.xml()),
      entry("xl/sharedStrings.xml", await sst.finish()),
      ...sheets.map((s, i) => entry(parts[i], s.content)),
    ],
    Buffer.alloc(0),
  );
}
