import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mobileRows } from "../../bench/data";
import { writeOrders } from "../../bench/workbooks";
import { cellValue, readXlsx } from "../../src/cli/readXlsx";
import { readWorkbook } from "../../src/cli/xlsx/readWorkbook";
import { readZip } from "../../src/cli/xlsx/zip";
import { ZipEntry } from "../../src/cli/xlsx/zipFormat";
import { RawCell } from "../../src/engine";
import { EXAMPLES, FIXTURES, jiliInProcess, tmpDir } from "./helpers";

// src/cli/xlsx/readWorkbook.ts reads the sheet XML itself (exceljs's whole-workbook load took most of a 100 000-row
// fill). Its values must be the ones the engine always got: here every workbook of the repository, the workbooks
// Jili writes, a workbook like the benchmark's and a workbook of hand-written edge cases are read both ways, cell by
// cell, the reference being exceljs's own reading (the reader the CLI used before).


/** The grid as read through exceljs: every sheet, rows and cells as exceljs visits them, values by `cellValue`. */
async function readWithExceljs(buf: Buffer): Promise<{ name: string; cells: RawCell[][] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const out: { name: string; cells: RawCell[][] }[] = [];
  wb.eachSheet((ws) => {
    const cells: RawCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        line[c - 1] = cellValue(cell.value);
      });
      for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = null;
      cells[r - 1] = line;
    });
    for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
    out.push({ name: ws.name, cells });
  });
  return out;
}

/** Values with their type spelled out, so that a Date, a number and a text never compare equal by accident. */
function typed(v: RawCell): unknown {
  if (v instanceof Date) return { date: Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString() };
  if (typeof v === "number") return { number: Number.isNaN(v) ? "NaN" : v };
  if (typeof v === "boolean") return { boolean: v };
  if (typeof v === "string") return { text: v };
  return v ?? null;
}

async function expectSameAsExceljs(buf: Buffer, label: string): Promise<number> {
  const expected = await readWithExceljs(buf);
  const actual = await readXlsx(buf);
  expect({ label, sheets: actual.map((s) => s.name) }).toEqual({ label, sheets: expected.map((s) => s.name) });
  let cells = 0;
  expected.forEach((sheet, k) => {
    const got = actual[k].cells;
    expect({ label, sheet: sheet.name, rows: got.length }).toEqual({ label, sheet: sheet.name, rows: sheet.cells.length });
    sheet.cells.forEach((line, r) => {
      // one row at a time, so that a difference names its row
      expect({ label, sheet: sheet.name, row: r + 1, cells: (got[r] ?? []).map(typed) }).toEqual({ label, sheet: sheet.name, row: r + 1, cells: line.map(typed) });
      cells += line.length;
    });
  });
  return cells;
}

const workbooksIn = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? workbooksIn(path.join(dir, e.name)) : /\.xls[xm]$/.test(e.name) ? [path.join(dir, e.name)] : []))
    : [];

describe("the repository's workbooks read cell for cell as exceljs reads them", () => {
  const files = [...fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(EXAMPLES, f)), ...workbooksIn(FIXTURES)];

  test("there are workbooks to read (examples and fixtures)", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  test.each(files.map((f) => [path.relative(path.join(__dirname, "..", ".."), f), f]))("%s", async (_, file) => {
    expect(await expectSameAsExceljs(fs.readFileSync(file), file)).toBeGreaterThan(0);
  });
});

describe("workbooks Jili writes read as exceljs reads them (inline strings, Jili's number formats, the summary sheet)", () => {
  const dir = tmpDir();
  test.each([
    ["mobile-retention.xlsx", "mobile-retention", "zh-CN"],
    ["mobile-retention-titled.xlsx", "mobile-retention", "en-US"],
    ["postal-client-maintenance.xlsx", "postal-client-maintenance", "zh-CN"],
    ["repair-dept-grade.xlsx", "repair-dept-grade", "zh-CN"],
  ])("%s filled with %s (%s)", async (file, scheme, lang) => {
    const out = path.join(dir, `${file}.${lang}.filled.xlsx`);
    const r = await jiliInProcess(["fill", path.join(EXAMPLES, file), "-s", scheme, "--out", out, "--lang", lang]);
    expect([0, 1]).toContain(r.code);
    await expectSameAsExceljs(fs.readFileSync(out), out);
  });
});

test("a workbook like the benchmark's (exceljs streaming writer: shared strings, dates as date-formatted numbers)", async () => {
  const file = path.join(tmpDir(), "orders.xlsx");
  await writeOrders(file, mobileRows(3000));
  const cells = await expectSameAsExceljs(fs.readFileSync(file), file);
  expect(cells).toBe(3001 * 10);
  const [sheet] = await readXlsx(fs.readFileSync(file));
  expect(sheet.cells[1][3]).toBeInstanceOf(Date);
});

// ---------------------------------------------------------------------------------------------------------------
// Hand-written sheet XML

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Spec {
  sheets: { name: string; xml: string; sheetId?: number }[];
  sst?: string;
  styles?: string;
  workbookPr?: string;
}

async function workbook(spec: Spec): Promise<Buffer> {
  const z = new JSZip();
  const overrides = spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  z.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
  );
  z.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetTags = spec.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${s.sheetId ?? i + 1}" r:id="rIdS${i + 1}"/>`).join("");
  z.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.workbookPr ?? ""}<sheets>${sheetTags}</sheets></workbook>`);
  const rels = [
    ...spec.sheets.map((_, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rIdSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    `<Relationship Id="rIdSt" Type="${REL}/styles" Target="styles.xml"/>`,
  ].join("");
  z.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}">${rels}</Relationships>`);
  spec.sheets.forEach((s, i) => z.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`));
  z.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${spec.sst ?? ""}</sst>`);
  z.file("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${spec.styles ?? ""}</styleSheet>`);
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const STYLES =
  `<numFmts count="5"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="[h]:mm"/>` +
  `<numFmt numFmtId="166" formatCode="&quot;day&quot;\\ 0"/><numFmt numFmtId="167" formatCode="0.00_);[Red]\\(0.00\\)"/><numFmt numFmtId="168" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
  `<cellXfs count="11"><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/>` +
  `<xf numFmtId="168"/><xf numFmtId="22"/><xf numFmtId="46"/><xf numFmtId="31"/><xf numFmtId="4"/><xf numFmtId="0"/></cellXfs>`;

const SST =
  `<si><t>plain</t></si>` +
  // lower-case `_x000d_` is left to xlsxProducers.test.ts, judged by SheetJS: exceljs leaves it undecoded, SheetJS (the reference reader) decodes it
  `<si><t xml:space="preserve"> spaced _x000D_ and tabs </t></si>` +
  `<si><r><t>ri</t></r><r><rPr><b/><sz val="11"/></rPr><t>ch</t></r></si>` +
  `<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>` +
  `<si/>` +
  `<si><t/></si>` +
  `<si><t>a &amp; b &lt;c&gt; &#x4E2D;&#25991;</t></si>` +
  `<si><t>line1\r\nline2&#13;&#10;line3</t></si>` +
  `<si><r><t></t></r></si>`;

const EDGE_ROWS =
  // shared strings, one per cell
  `<row r="1">${Array.from({ length: 9 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("")}</row>` +
  // numbers in every spelling, booleans, errors, inline and str text
  `<row r="2"><c r="A2"><v>42</v></c><c r="B2"><v>-12.5</v></c><c r="C2"><v>1E-3</v></c><c r="D2"><v>12345678901234567890</v></c>` +
  `<c r="E2" t="n"><v> 7 </v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="b"><v>0</v></c><c r="H2" t="e"><v>#N/A</v></c>` +
  `<c r="I2" t="inlineStr"><is><t>inline &amp; text</t></is></c><c r="J2" t="str"><v>str text</v></c><c r="K2" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row>` +
  // dates by number format: built-in 14, 22, 46, custom, a literal that is not a date, style 0 and 31 (no format for exceljs);
  // a serial from 61 on (exceljs reads serials below 61 a day early: Excel's 29 February 1900, test/engine/values/excelSerial.test.ts)
  `<row r="3"><c r="A3" s="1"><v>42370</v></c><c r="B3" s="2"><v>61.5</v></c><c r="C3" s="3"><v>42370</v></c><c r="D3" s="4"><v>42370</v></c>` +
  `<c r="E3" s="5"><v>42370.25</v></c><c r="F3" s="6"><v>42370.75</v></c><c r="G3" s="7"><v>0.5</v></c><c r="H3" s="8"><v>42370</v></c>` +
  `<c r="I3" s="0"><v>42370</v></c><c r="J3" s="9"><v>42370</v></c><c r="K3" s="10"><v>42370</v></c><c r="L3" s="1"><v>42370.999999</v></c></row>` +
  // formulas: cached numbers, text, booleans, errors, none; shared formulas; a date result
  `<row r="4"><c r="A4"><f>1+1</f><v>2</v></c><c r="B4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="C4" t="b"><f>TRUE()</f><v>1</v></c>` +
  `<c r="D4" t="e"><f>NA()</f><v>#N/A</v></c><c r="E4"><f>A4*2</f></c><c r="F4"><f t="shared" ref="F4:F5" si="0">A4+1</f><v>3</v></c>` +
  `<c r="G4" s="1"><f>DATE(2016,1,1)</f><v>42370</v></c><c r="H4"><f></f><v>5</v></c><c r="I4"><f>0+7</f><v>7</v></c></row>` +
  `<row r="5"><c r="F5"><f t="shared" si="0"/><v>4</v></c><c r="G5"><f t="shared" si="0"/></c></row>` +
  // blanks: styled empty cells, value-less cells, empty values, an empty inline string
  `<row r="6"><c r="A6" s="1"/><c r="B6"/><c r="C6" s="1"><v></v></c><c r="D6" t="inlineStr"><is><t></t></is></c><c r="E6"><v>1</v></c><c r="F6" s="2"/></row>` +
  `<row r="7" spans="1:3"><c r="B7" s="3"/></row>` +
  // a hidden row, rows out of order and far apart, $ references
  `<row r="9" hidden="1"><c r="A9" t="s"><v>0</v></c></row>` +
  `<row r="8"><c r="A8"><v>8</v></c></row>` +
  `<row r="10"><c r="A10"><v>1</v></c><c r="B10"><v>2</v></c><c r="E10"><v>5</v></c><c r="F10"><v>6</v></c></row>` +
  `<row r="40"><c r="AA40"><v>27</v></c><c r="$C$40"><v>3</v></c></row>` +
  // pretty-printed XML, comments, attributes in single quotes and with spaces around =
  `<row r="41">\n  <c r="A41" t='s'>\n    <v>0</v>\n  </c>\n  <!-- a comment -->\n  <c r = "B41" t = "inlineStr" ><is>\n <t>pretty</t>\n</is></c>\n</row>` +
  // inline rich text; rich text with an empty run
  `<row r="42"><c r="A42" t="inlineStr"><is><r><t>a_x000D_</t></r><r><rPr><i/></rPr><t>b</t></r></is></c><c r="B42" t="inlineStr"><is><r><t></t></r></is></c></row>` +
  // merged ranges: only the top-left cell counts (the others hold values here on purpose)
  `<row r="50"><c r="A50"><v>1</v></c><c r="B50"><v>2</v></c><c r="C50"><v>3</v></c><c r="E50"><v>9</v></c></row>` +
  `<row r="51"><c r="A51"><v>4</v></c><c r="B51"><v>5</v></c></row>`;

const MERGES = `<mergeCells count="3"><mergeCell ref="A50:B51"/><mergeCell ref="E50:F50"/><mergeCell ref="A60:C62"/></mergeCells>`;

describe("hand-written sheet XML reads as exceljs reads it", () => {
  test("texts, numbers, booleans, errors, dates by number format, formulas, blanks, odd rows and spellings, merges", async () => {
    const buf = await workbook({ sheets: [{ name: "边界", xml: `<sheetData>${EDGE_ROWS}</sheetData>${MERGES}` }], sst: SST, styles: STYLES });
    expect(await expectSameAsExceljs(buf, "edge cases")).toBeGreaterThan(60);
    // a few values spelled out, so the reference itself is checked too
    const [sheet] = await readXlsx(buf);
    expect(sheet.cells[0].map(typed)).toEqual(
      ["plain", " spaced \r and tabs ", "rich", "漢字", null, null, "a & b <c> 中文", "line1\nline2\r\nline3", null].map((v) => (v === null ? null : { text: v })),
    );
    expect(sheet.cells[2][0]).toEqual(new Date(Date.UTC(2016, 0, 1)));
    expect(sheet.cells[2][3]).toBe(42370); // "day" 0 is not a date format
    expect(sheet.cells[2][7]).toBe(42370); // built-in 31 has no format code in exceljs: a number
    expect(sheet.cells[2][8]).toBe(42370); // style 0 never converts
    expect(sheet.cells[3].slice(0, 9)).toEqual([2, "xy", true, "#N/A", null, 3, new Date(Date.UTC(2016, 0, 1)), 5, 7]);
    expect(sheet.cells[9]).toEqual([1, 2, null, null, 5, 6]);
    expect(sheet.cells[49]).toEqual([1, null, 3, null, 9]);
    expect(sheet.cells[50]).toEqual([]);
  });

  test("the 1904 date system", async () => {
    const buf = await workbook({ sheets: [{ name: "S", xml: `<sheetData><row r="1"><c r="A1" s="1"><v>40908</v></c></row></sheetData>` }], styles: STYLES, workbookPr: `<workbookPr date1904="1"/>` });
    await expectSameAsExceljs(buf, "1904");
    expect((await readXlsx(buf))[0].cells[0][0]).toEqual(new Date(Date.UTC(2016, 0, 1)));
  });

  test("rows wider and narrower than the one before (each row's array starts at the last row's width), repeated dates", async () => {
    const far = `<c r="GR2"><v>200</v></c>`; // column 200
    const rows =
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>` +
      `<row r="2"><c r="A2"><v>4</v></c>${far}</row>` +
      `<row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>6</v></c></row>` +
      `<row r="4"><c r="B4"><v>7</v></c><c r="C4" s="1"/></row>` +
      `<row r="5"><c r="A5" s="1"><v>42370</v></c><c r="B5" s="1"><v>42370</v></c><c r="C5" s="1"><v>42371</v></c></row>` +
      `<row r="6"><c r="A6" s="1"><v>40908</v></c></row>`;
    const buf = await workbook({ sheets: [{ name: "宽窄", xml: `<sheetData>${rows}</sheetData>` }], styles: STYLES });
    await expectSameAsExceljs(buf, "widths");
    const [sheet] = await readXlsx(buf);
    expect(sheet.cells[0]).toEqual([1, 2, 3]);
    expect(sheet.cells[1].length).toBe(200);
    expect(sheet.cells[1][199]).toBe(200);
    expect(sheet.cells[2]).toEqual([5, 6]);
    expect(sheet.cells[2].length).toBe(2);
    expect(sheet.cells[3]).toEqual([null, 7]);
    expect(sheet.cells[4]).toEqual([new Date(Date.UTC(2016, 0, 1)), new Date(Date.UTC(2016, 0, 1)), new Date(Date.UTC(2016, 0, 2))]);
    expect(sheet.cells[5]).toEqual([new Date(Date.UTC(2011, 11, 31))]);
    // the same serial in a 1904 workbook read next is its own date, not the last workbook's
    const in1904 = await workbook({ sheets: [{ name: "S", xml: `<sheetData><row r="1"><c r="A1" s="1"><v>40908</v></c></row></sheetData>` }], styles: STYLES, workbookPr: `<workbookPr date1904="1"/>` });
    expect((await readXlsx(in1904))[0].cells[0][0]).toEqual(new Date(Date.UTC(2016, 0, 1)));
  });

  test("a Date read from a sheet may be shared by the cells of one day: nothing in src/ changes a Date", () => {
    const setter = /\.set(UTC)?(FullYear|Month|Date|Hours|Minutes|Seconds|Milliseconds|Time)\(/;
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && setter.test(fs.readFileSync(p, "utf8"))) found.push(p);
      }
    };
    walk(path.join(__dirname, "..", "..", "src"));
    expect(found).toEqual([]);
  });

  test("sheets in the workbook's order (not by sheetId), each with its own cells; an empty sheet", async () => {
    const buf = await workbook({
      sheets: [
        { name: "第二", sheetId: 7, xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` },
        { name: "First", sheetId: 2, xml: `<sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData>` },
        { name: "Empty", sheetId: 3, xml: `<sheetData/>` },
      ],
      sst: SST,
    });
    await expectSameAsExceljs(buf, "order");
    expect((await readXlsx(buf)).map((s) => s.name)).toEqual(["第二", "First", "Empty"]);
  });
});

describe("where exceljs reads wrong, the reader does not (each case: what exceljs gives, what Jili reads)", () => {
  const cases: { what: string; cell: string; exceljs: unknown; jili: RawCell }[] = [
    // exceljs copies a formula's result only when it is truthy: a formula showing 0 or FALSE read as a blank cell
    { what: "a formula whose cached result is 0 (Excel shows 0; the task pane reads 0)", cell: `<c r="A1"><f>1-1</f><v>0</v></c>`, exceljs: null, jili: 0 },
    { what: "a formula whose cached result is FALSE", cell: `<c r="A1" t="b"><f>1=2</f><v>0</v></c>`, exceljs: null, jili: false },
    { what: "a formula's text result in a date-formatted cell", cell: `<c r="A1" s="1" t="str"><f>TEXT(1,"0")</f><v>abc</v></c>`, exceljs: { date: "Invalid Date" }, jili: "abc" },
    { what: "a formula's error in a date-formatted cell", cell: `<c r="A1" s="1" t="e"><f>NA()</f><v>#N/A</v></c>`, exceljs: { date: "Invalid Date" }, jili: "#N/A" },
    { what: "a formula's boolean in a date-formatted cell", cell: `<c r="A1" s="1" t="b"><f>TRUE()</f><v>1</v></c>`, exceljs: { date: "1899-12-31T00:00:00.000Z" }, jili: true },
    { what: "an ISO date cell (t=d)", cell: `<c r="A1" s="1" t="d"><v>2016-01-03T00:00:00</v></c>`, exceljs: { date: "1905-07-08T00:00:00.000Z" }, jili: new Date(Date.UTC(2016, 0, 3)) },
    { what: "text in a CDATA section", cell: `<c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c>`, exceljs: null, jili: "a<b" },
    { what: "a phonetic run in an inline string", cell: `<c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c>`, exceljs: null, jili: "漢字" },
    { what: "escaped markup in str text (decoded once, as XML says)", cell: `<c r="A1" t="str"><v>&amp;lt;b&amp;gt;</v></c>`, exceljs: { text: "<b>" }, jili: "&lt;b&gt;" },
  ];
  test.each(cases.map((c) => [c.what, c]))("%s", async (_, c) => {
    const buf = await workbook({ sheets: [{ name: "S", xml: `<sheetData><row r="1">${c.cell}<c r="B1"><v>1</v></c></row></sheetData>` }], styles: STYLES });
    const viaExceljs = (await readWithExceljs(buf))[0].cells[0][0];
    expect(viaExceljs === null ? null : typed(viaExceljs)).toEqual(c.exceljs);
    expect(typed((await readXlsx(buf))[0].cells[0][0])).toEqual(typed(c.jili));
  });
});

test.each([
  ["rows and cells without a reference follow the one before", `<row r="3"><c r="B3"><v>1</v></c></row><row><c><v>1</v></c><c><v>2</v></c><c r="E4"><v>5</v></c><c><v>6</v></c></row>`, [[], [], [null, 1], [1, 2, null, null, 5, 6]]],
  ["lower-case references", `<row r="2"><c r="b2"><v>1</v></c><c r="aa2"><v>27</v></c></row>`, [[], [null, 1, ...Array(24).fill(null), 27]]],
])("%s (exceljs cannot load such a sheet at all)", async (_, rows, expected) => {
  const buf = await workbook({ sheets: [{ name: "S", xml: `<sheetData>${rows}</sheetData>` }] });
  await expect(readWithExceljs(buf)).rejects.toThrow();
  expect((await readXlsx(buf))[0].cells).toEqual(expected);
});

test("a shared-string index that does not exist is an unreadable file, not a value", async () => {
  const buf = await workbook({ sheets: [{ name: "S", xml: `<sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData>` }], sst: `<si><t>x</t></si>` });
  await expect(readXlsx(buf)).rejects.toThrow(/shared string 5/);
});

test("a file that is not a zip is refused", async () => {
  await expect(readXlsx(Buffer.from("not a workbook at all"))).rejects.toThrow(/zip/);
});

describe("a large sheet read in pieces while it is inflated (streamedSheet.ts) gives the cells of one piece", () => {
  /** Every sheet of `buf` read whole, then in pieces of `pieceBytes` (each read from its own copy: nothing cached). */
  async function bothWays(buf: Buffer, pieceBytes: number): Promise<[unknown, unknown]> {
    const whole = await readWorkbook(Buffer.from(buf));
    const pieces = await readWorkbook(Buffer.from(buf), { fromBytes: 0, pieceBytes });
    const typedSheets = (s: { name: string; cells: RawCell[][] }[]) => s.map((x) => ({ name: x.name, cells: x.cells.map((line) => line.map(typed)) }));
    return [typedSheets(pieces), typedSheets(whole)];
  }

  const files = [...fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(EXAMPLES, f)), ...workbooksIn(FIXTURES)];
  test.each(files.map((f) => [path.relative(path.join(__dirname, "..", ".."), f), f]))("%s, in pieces of 997 bytes", async (_, file) => {
    const [pieces, whole] = await bothWays(fs.readFileSync(file), 997);
    expect(pieces).toEqual(whole);
  });

  test("the hand-written edge cases (comments, pretty-printing, slow cells, merges), in pieces of 64 and 4 096 bytes", async () => {
    const buf = await workbook({ sheets: [{ name: "边界", xml: `<sheetData>${EDGE_ROWS}</sheetData>${MERGES}` }], sst: SST, styles: STYLES });
    for (const piece of [64, 4096]) {
      const [pieces, whole] = await bothWays(buf, piece);
      expect(pieces).toEqual(whole);
    }
    // and the values themselves (the whole read is checked against exceljs above)
    const [sheet] = await readWorkbook(Buffer.from(buf), { fromBytes: 0, pieceBytes: 64 });
    expect(sheet.cells[9]).toEqual([1, 2, null, null, 5, 6]);
    expect(sheet.cells[2][0]).toEqual(new Date(Date.UTC(2016, 0, 1)));
  });

  test("cells read the long way near the start and far down: each from the bytes as inflated, not as they were then", async () => {
    // rich inline text and attributes spaced around `=` take the long way (the part as text), which waits for the
    // whole part: a text view made early would hold zeros where later rows were not inflated yet
    const usual = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>第${r}行</t></is></c></row>`;
    const slow = (r: number) => `<row r="${r}"><c r = "A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><r><t>慢</t></r><r><t>${r}</t></r></is></c><!-- ${r} --></row>`;
    const rows = Array.from({ length: 2000 }, (_, k) => (k === 1 || k === 1498 || k === 1998 ? slow(k + 1) : usual(k + 1))).join("");
    const buf = await workbook({ sheets: [{ name: "S", xml: `<sheetData>${rows}</sheetData>` }], styles: STYLES });
    const [sheet] = await readWorkbook(Buffer.from(buf), { fromBytes: 0, pieceBytes: 64 });
    expect(sheet.cells[1]).toEqual([2, "慢2"]);
    expect(sheet.cells[1000]).toEqual([1001, "第1001行"]);
    expect(sheet.cells[1498]).toEqual([1499, "慢1499"]);
    expect(sheet.cells[1998]).toEqual([1999, "慢1999"]);
    expect(sheet.cells.length).toBe(2000);
    const [pieces, whole] = await bothWays(buf, 64);
    expect(pieces).toEqual(whole);
  });

  test("a workbook like the benchmark's, 3 000 rows, in pieces of 64 KB: each region's CRC taken elsewhere", async () => {
    const file = path.join(tmpDir(), "orders.xlsx");
    await writeOrders(file, mobileRows(3000, 50, 11));
    const [pieces, whole] = await bothWays(fs.readFileSync(file), 64 * 1024);
    expect(pieces).toEqual(whole);
    expect((whole as { cells: unknown[] }[])[0].cells.length).toBe(3001);
  });

  test("a part that does not inflate, or whose CRC or size is not the directory's, is refused (partCorrupt)", async () => {
    const good = await workbook({ sheets: [{ name: "S", xml: `<sheetData>${EDGE_ROWS}</sheetData>` }], sst: SST, styles: STYLES });
    const entry = (z: Buffer) => readZip(z).entries.get("xl/worksheets/sheet1.xml") as ZipEntry;
    const read = (z: Buffer) => readWorkbook(z, { fromBytes: 0, pieceBytes: 997 });
    // the CRC in the central directory changed
    const badCrc = Buffer.from(good);
    const e = entry(badCrc);
    // its central directory header: signature PK\x01\x02, the name from byte 46, the CRC at byte 16
    let at = -1;
    for (let k = badCrc.indexOf("PK\x01\x02", 0, "latin1"); k >= 0; k = badCrc.indexOf("PK\x01\x02", k + 4, "latin1")) {
      if (badCrc.subarray(k + 46, k + 46 + e.nameBytes.length).equals(e.nameBytes)) at = k;
    }
    expect(at).toBeGreaterThan(0);
    badCrc.writeUInt32LE((e.crc ^ 1) >>> 0, at + 16);
    await expect(read(badCrc)).rejects.toMatchObject({ key: "partCorrupt" });
    // the compressed bytes damaged in the middle
    const damaged = Buffer.from(good);
    const d = entry(damaged);
    const start = d.data.byteOffset - damaged.byteOffset;
    for (let k = start + 20; k < start + 60; k++) damaged[k] ^= 0xff;
    await expect(read(damaged)).rejects.toMatchObject({ key: "partCorrupt" });
  });
});
