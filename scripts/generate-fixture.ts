/**
 * Writes test/fixtures/roundtrip.xlsx: a finance workbook holding everything a fill must not damage.
 *
 *   npx ts-node --transpile-only scripts/generate-fixture.ts
 *
 * exceljs writes the cells, styles, merges, formulas, comments, data validation, conditional formatting, a defined
 * name, a hyperlink and an image. No library at hand writes charts or pivot tables, so this script adds those parts
 * by hand (their XML is below): a column chart on sheet 图表 and a pivot table (cache definition, cache records and
 * table) on sheet 透视 counting orders per 岗位. The file is fixed: same bytes every run.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FIXED_DATE } from "../src/cli/xlsx/opc";

const OUT = path.join(__dirname, "..", "test", "fixtures", "roundtrip.xlsx");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const ORDERS: [string, string, string, string, string, string][] = [
  ["王丽", "营业员", "2016-01-03", "到期目标客户", "否", "是"],
  ["王丽", "营业员", "2016-01-05", "非到期目标客户", "否", "是"],
  ["王丽", "营业员", "2016-01-06", "到期目标客户", "否", "是"],
  ["王丽", "营业员", "2016-01-09", "到期目标客户", "否", "是"],
  ["王丽", "营业员", "2016-01-12", "非到期目标客户", "否", "是"],
  ["王丽", "营业员", "2016-01-15", "到期目标客户", "否", "是"],
  ["王丽", "营业员", "2016-01-20", "到期目标客户", "否", "是"],
  ["王丽", "营业员", "2016-01-26", "非到期目标客户", "否", "是"],
  ["李强", "网格经理", "2016-01-04", "非到期目标客户", "否", "是"],
  ["李强", "网格经理", "2016-01-11", "非到期目标客户", "否", "是"],
  ["李强", "网格经理", "2016-01-18", "非到期目标客户", "是", "是"],
];

async function base(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Jili fixture";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet("订单");
  const headers = ["序号", "揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否有效4G用户", "备注"];
  headers.forEach((h, i) => {
    const c = ws.getCell(1, i + 1);
    c.value = h;
    c.font = { bold: true, color: { argb: "FFFFFFFF" } };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };
    c.border = { bottom: { style: "thin" } };
  });
  ws.getCell("B1").note = "以CRM系统录入的揽装人为准";
  ORDERS.forEach((o, r) => {
    ws.getCell(r + 2, 1).value = { formula: "ROW()-1", result: r + 1 };
    o.forEach((v, c) => (ws.getCell(r + 2, c + 2).value = v));
  });
  ws.getCell("H2").value = { text: "CRM订单", hyperlink: "https://example.com/crm/1" };
  ws.getCell("H3").value = "客户来电确认";
  ws.getCell("H3").font = { italic: true, color: { argb: "FF7F7F7F" } };
  ws.getCell("C2").note = "岗位以人事系统为准";
  for (let r = 2; r <= ORDERS.length + 1; r++) {
    ws.getCell(r, 3).dataValidation = { type: "list", allowBlank: false, formulae: ["岗位列表"], showErrorMessage: true };
    ws.getCell(r, 4).numFmt = "yyyy-mm-dd";
  }
  ws.addConditionalFormatting({
    ref: `F2:F${ORDERS.length + 1}`,
    rules: [{ type: "containsText", operator: "containsText", text: "是", priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }],
  });
  // a total line under the data, merged on the left, with a formula
  const t = ORDERS.length + 3;
  ws.getCell(t, 1).value = "合计笔数";
  ws.mergeCells(t, 1, t, 2);
  ws.getCell(t, 3).value = { formula: `COUNTA(B2:B${ORDERS.length + 1})`, result: ORDERS.length };
  ws.getCell(t, 3).font = { bold: true };
  ws.columns.forEach((col, i) => (col.width = [6, 10, 10, 12, 16, 10, 14, 16][i]));

  const notes = wb.addWorksheet("说明");
  notes.getCell("A1").value = "岗位列表";
  notes.getCell("A1").font = { bold: true, size: 13 };
  ["营业员", "中心经理", "网格经理", "装维经理"].forEach((v, i) => (notes.getCell(i + 2, 1).value = v));
  notes.getCell("C1").value = "本表由财务部维护，请勿删除。";
  notes.mergeCells("C1:F2");
  notes.getCell("C4").value = { formula: "COUNTA(订单!B:B)-1", result: ORDERS.length };
  const img = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  notes.addImage(img, { tl: { col: 6, row: 4 }, ext: { width: 48, height: 48 } });
  wb.definedNames.add("说明!$A$2:$A$5", "岗位列表");

  const chartSheet = wb.addWorksheet("图表");
  chartSheet.getCell("A1").value = "岗位";
  chartSheet.getCell("B1").value = "笔数";
  chartSheet.getCell("A2").value = "营业员";
  chartSheet.getCell("B2").value = 8;
  chartSheet.getCell("A3").value = "网格经理";
  chartSheet.getCell("B3").value = 3;

  const pivot = wb.addWorksheet("透视");
  pivot.getCell("A3").value = "行标签";
  pivot.getCell("B3").value = "计数项:揽装人";
  pivot.getCell("A4").value = "网格经理";
  pivot.getCell("B4").value = 3;
  pivot.getCell("A5").value = "营业员";
  pivot.getCell("B5").value = 8;
  pivot.getCell("A6").value = "总计";
  pivot.getCell("B6").value = 11;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.lastIndexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

async function sheetPath(zip: JSZip, name: string): Promise<{ part: string; rels: string }> {
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wbXml)?.[1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  const part = `xl/${target.replace(/^\/?xl\//, "")}`;
  return { part, rels: part.replace("worksheets/", "worksheets/_rels/") + ".rels" };
}

const relsDoc = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;

async function addChart(zip: JSZip, types: string): Promise<string> {
  const { part, rels } = await sheetPath(zip, "图表");
  let sheet = await zip.file(part)!.async("string");
  sheet = insertBefore(sheet, "</worksheet>", `<drawing r:id="rIdChart1"/>`);
  zip.file(part, sheet);
  zip.file(rels, relsDoc(`<Relationship Id="rIdChart1" Type="${REL}/drawing" Target="../drawings/drawing9.xml"/>`));
  zip.file(
    "xl/drawings/drawing9.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  zip.file("xl/drawings/_rels/drawing9.xml.rels", relsDoc(`<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>`));
  zip.file(
    "xl/charts/chart1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>各岗位订单笔数</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>图表!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>笔数</c:v></c:pt></c:strCache></c:strRef></c:tx><c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>图表!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>营业员</c:v></c:pt><c:pt idx="1"><c:v>网格经理</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>图表!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>8</c:v></c:pt><c:pt idx="1"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  types = insertBefore(types, "</Types>", `<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
  return insertBefore(types, "</Types>", `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
}

async function addPivot(zip: JSZip, types: string): Promise<string> {
  const roles = ["网格经理", "营业员"];
  const n = ORDERS.length;
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshedBy="财务部" refreshedDate="42370" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${n}"><cacheSource type="worksheet"><worksheetSource ref="B1:C${n + 1}" sheet="订单"/></cacheSource><cacheFields count="2"><cacheField name="揽装人" numFmtId="0"><sharedItems/></cacheField><cacheField name="岗位" numFmtId="0"><sharedItems count="2">${roles.map((r) => `<s v="${r}"/>`).join("")}</sharedItems></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", relsDoc(`<Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/>`));
  zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="${n}">${ORDERS.map((o) => `<r><s v="${o[0]}"/><x v="${roles.indexOf(o[1])}"/></r>`).join("")}</pivotCacheRecords>`,
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField dataField="1" showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="1"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="计数项:揽装人" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
  );
  zip.file("xl/pivotTables/_rels/pivotTable1.xml.rels", relsDoc(`<Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/>`));
  const { rels } = await sheetPath(zip, "透视");
  zip.file(rels, relsDoc(`<Relationship Id="rIdPivot1" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`));
  let wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  wbRels = insertBefore(wbRels, "</Relationships>", `<Relationship Id="rIdPivotCache1" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>`);
  zip.file("xl/_rels/workbook.xml.rels", wbRels);
  let wbXml = await zip.file("xl/workbook.xml")!.async("string");
  wbXml = insertBefore(wbXml, "</workbook>", `<pivotCaches><pivotCache cacheId="7" r:id="rIdPivotCache1"/></pivotCaches>`);
  zip.file("xl/workbook.xml", wbXml);
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  types = insertBefore(types, "</Types>", `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${ct}.pivotCacheDefinition+xml"/>`);
  types = insertBefore(types, "</Types>", `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${ct}.pivotCacheRecords+xml"/>`);
  return insertBefore(types, "</Types>", `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${ct}.pivotTable+xml"/>`);
}

async function main(): Promise<void> {
  const zip = await JSZip.loadAsync(await base());
  let types = await zip.file("[Content_Types].xml")!.async("string");
  types = await addChart(zip, types);
  types = await addPivot(zip, types);
  zip.file("[Content_Types].xml", types);
  zip.forEach((_, f) => {
    f.date = FIXED_DATE;
  });
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
  process.stdout.write(`${OUT}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
