// The XML of Jili's summary sheet, its drawing and its bar chart, written whole as text.
import { CellOut, summaryChartCells, summaryColumnWidths, summaryNotesRow, SummaryTable } from "../../engine";
import { cellXml } from "./cellXml";
import { colLetters, escapeXml } from "./xml";

import { MAIN_NS, REL } from "./namespaces";

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Jili's summary sheet: one header row (bold, frozen), one row per group, a bar chart of the money total to the right. */
export function summarySheetXml(table: SummaryTable, styles: { header: number; formats: (number | undefined)[] }, withChart: boolean, strict = false): string {
  const rows: string[] = [];
  const all: CellOut[][] = [table.headers, ...table.rows];
  all.forEach((line, r) => {
    const cells = line.map((v, c) => cellXml("", `${colLetters(c)}${r + 1}`, v, r === 0 ? styles.header : styles.formats[c]));
    rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  // what the results rest on besides the sheet's cells (values confirmed for the sheet, stated defaults): under the table
  const notesRow = summaryNotesRow(table.rows.length);
  (table.notes ?? []).forEach((note, k) => rows.push(`<row r="${notesRow + k}">${cellXml("", `A${notesRow + k}`, note, undefined)}</row>`));
  const lastRow = table.notes?.length ? notesRow + table.notes.length - 1 : all.length;
  const widths = summaryColumnWidths(table);
  const cols = widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("");
  const lastCol = colLetters(Math.max(0, table.headers.length - 1));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS[strict ? 1 : 0]}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${lastCol}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    (withChart ? `<drawing r:id="rId1"/>` : "") +
    `</worksheet>`
  );
}

export function drawingXml(columns: number, rows: number): string {
  // a two-cell anchor counts 0-based from the cell's top-left corner: it ends at the corner after the last cell
  const { first, last } = summaryChartCells(columns, rows);
  const [fromCol, fromRow, toCol, toRow] = [first.col, first.row - 1, last.col + 1, last.row];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Jili Chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function label(v: CellOut): string {
  return v === null || v === undefined ? "" : String(v);
}

/** A clustered column chart of the summary's money total per group, with cached values so it shows before recalculation. */
export function chartXml(table: SummaryTable, sheetName: string): string {
  const chart = table.chart;
  if (!chart) throw new Error("no chart in the plan");
  const n = table.rows.length;
  const q = quoteSheet(sheetName);
  const catCol = colLetters(chart.categoryColumn);
  const valCol = colLetters(chart.valueColumn);
  const cats = table.rows.map((r, i) => `<c:pt idx="${i}"><c:v>${escapeXml(label(r[chart.categoryColumn]))}</c:v></c:pt>`).join("");
  const vals = table.rows
    .map((r, i) => (typeof r[chart.valueColumn] === "number" ? `<c:pt idx="${i}"><c:v>${r[chart.valueColumn]}</c:v></c:pt>` : ""))
    .join("");
  const fmt = escapeXml(table.numberFormats[chart.valueColumn] ?? "General");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(`${q}!$${valCol}$1`)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(table.headers[chart.valueColumn])}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="C0392B"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(`${q}!$${catCol}$2:$${catCol}$${n + 1}`)}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(`${q}!$${valCol}$2:$${valCol}$${n + 1}`)}</c:f><c:numCache><c:formatCode>${fmt}</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="80"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>` +
    `<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${fmt}" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
