// The summary sheet beside the statements, as `fill` shows it (bold frozen header, number formats, widths), without the chart.
import { columnLetter, summaryColumnWidths, SummaryTable } from "../../engine";
import { cellXml } from "./cell";
import { StringTable } from "./stringTable";
import { StyleBook } from "./styleBook";

/** The summary's worksheet XML (a few hundred lines: one line per group), built as text. */
export function summarySheetPart(table: SummaryTable, styles: StyleBook, strings: StringTable): string {
  const header = styles.xf({ bold: true }, null);
  const formats = table.numberFormats.map((f) => (f ? styles.xf({}, f) : 0));
  const lines = [table.headers, ...table.rows];
  const rows = lines.map((line, r) => {
    let cells = "";
    line.forEach((v, c) => {
      const style = r === 0 ? header : typeof v === "number" ? (formats[c] ?? 0) : 0;
      // a blank data cell with no look of its own is left out, as a reader would find it
      if (style || (v !== null && v !== "")) cells += cellXml(`${columnLetter(c)}${r + 1}`, v, style, strings);
    });
    return `<row r="${r + 1}">${cells}</row>`;
  });
  const widths = summaryColumnWidths(table);
  const cols = widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("");
  const last = `${columnLetter(Math.max(0, table.headers.length - 1))}${lines.length}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`
  );
}
