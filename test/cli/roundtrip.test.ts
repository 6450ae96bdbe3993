import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { expectSameOutsideJili, FIXTURES, jili, jiliInProcess, loadWorkbook, tmpDir } from "./helpers";

// test/fixtures/roundtrip.xlsx (scripts/generate-fixture.ts) holds a chart, a pivot table, an image, comments,
// data validation, conditional formatting, a defined name, a hyperlink, formulas, merges and styles.


const FIXTURE = path.join(FIXTURES, "roundtrip.xlsx");
const DATA_SHEET = "xl/worksheets/sheet1.xml";
/** parts a fill may change (append-only, checked below); every other part must be byte for byte the same */
const EDITED = [DATA_SHEET, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
/** Jili's summary sheet, its drawing and chart, numbered after the workbook's own parts */
const ADDED = ["xl/worksheets/sheet5.xml", "xl/worksheets/_rels/sheet5.xml.rels", "xl/drawings/drawing10.xml", "xl/drawings/_rels/drawing10.xml.rels", "xl/charts/chart2.xml"];
const JILI_COLUMNS = ["I", "J", "K", "L", "M"];
/**
 * The fixture has no 是否无月租用户 or 是否补贴未到期中途取消后重办 column, and mobile-retention states no default for them
 * (issue 17): every fill here confirms 否 for the whole sheet, as a clerk would, so the sheet's own layout stays as it is.
 */
const ASSUME = ["--assume", "是否无月租用户=否", "--assume", "是否补贴未到期中途取消后重办=否"];

let dir: string;
let out: string;
let before: JSZip;
let after: JSZip;
let fillCode: number;

const files = (z: JSZip) => Object.keys(z.files).filter((f) => !z.files[f].dir);
const bytes = (z: JSZip, f: string) => z.file(f)!.async("nodebuffer");
const text = (z: JSZip, f: string) => z.file(f)!.async("string");

beforeAll(async () => {
  dir = tmpDir();
  out = path.join(dir, "filled.xlsx");
  const r = await jili(["fill", FIXTURE, "--scheme", "mobile-retention", "--out", out, ...ASSUME]);
  fillCode = r.code;
  before = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
  after = await JSZip.loadAsync(fs.readFileSync(out));
});

describe("fill keeps the user's workbook", () => {
  test("the fill ran (the total line under the data is reported as an invalid row: exit 1)", () => {
    expect(fillCode).toBe(1);
  });

  test("the fixture holds what the test is about", () => {
    const parts = files(before);
    for (const p of ["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/media/image1.png", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]) {
      expect(parts).toContain(p);
    }
  });

  test("every part Jili does not write is carried over byte for byte; the only new parts are Jili's", async () => {
    for (const f of files(before)) {
      expect(files(after)).toContain(f);
      if (!EDITED.includes(f)) expect({ f, same: (await bytes(after, f)).equals(await bytes(before, f)) }).toEqual({ f, same: true });
    }
    expect(files(after).filter((f) => !files(before).includes(f)).sort()).toEqual([...ADDED].sort());
  });

  test("the data sheet: every cell outside Jili's columns is the same XML; outside sheetData only the dimension and Jili's column widths changed", async () => {
    const a = await text(before, DATA_SHEET);
    const b = await text(after, DATA_SHEET);
    const cells = (xml: string) => new Map((xml.match(/<c r="[A-Z]+\d+"[^>]*?(\/>|>[\s\S]*?<\/c>)/g) ?? []).map((c) => [/r="([A-Z]+\d+)"/.exec(c)![1], c]));
    const ca = cells(a);
    const cb = cells(b);
    for (const [ref, xml] of ca) expect(cb.get(ref)).toBe(xml);
    for (const ref of cb.keys()) if (!ca.has(ref)) expect(JILI_COLUMNS).toContain(ref.replace(/\d+/, ""));
    const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "").replace(/<dimension [^>]*\/>/, "").replace(/<cols>[\s\S]*?<\/cols>/, "");
    expect(outside(b)).toBe(outside(a));
    const cols = (xml: string) => /<cols>([\s\S]*?)<\/cols>/.exec(xml)![1].match(/<col [^>]*\/>/g)!;
    expect(cols(b).filter((c) => !cols(a).includes(c))).toHaveLength(JILI_COLUMNS.length);
    for (const c of cols(a)) expect(cols(b)).toContain(c);
    const rowTags = (xml: string) => (xml.match(/<row [^>]*>/g) ?? []).map((t) => t.replace(/ spans="[^"]*"/, ""));
    expect(rowTags(b)).toEqual(rowTags(a));
  });

  test("workbook, relationships, content types and styles only gained entries", async () => {
    // the small parts are edited as XML trees (@xmldom/xmldom), so they are compared as trees: the same entries,
    // attributes and text, whatever the spelling of an escape (`&apos;` or `'`)
    const canon = (xml: string) => new XMLSerializer().serializeToString(new DOMParser().parseFromString(xml, "text/xml"));
    expect(canon((await text(after, "xl/workbook.xml")).replace(/<sheet name="Jili汇总" sheetId="5" r:id="rIdJili1"\/>/, ""))).toBe(canon(await text(before, "xl/workbook.xml")));
    expect(canon((await text(after, "xl/_rels/workbook.xml.rels")).replace(/<Relationship Id="rIdJili1"[^>]*\/>/, ""))).toBe(canon(await text(before, "xl/_rels/workbook.xml.rels")));
    let types = await text(after, "[Content_Types].xml");
    for (const p of [ADDED[0], ADDED[2], ADDED[4]]) types = types.replace(new RegExp(`<Override PartName="/${p}"[^>]*/>`), "");
    expect(canon(types)).toBe(canon(await text(before, "[Content_Types].xml")));
    const sa = await text(before, "xl/styles.xml");
    const sb = await text(after, "xl/styles.xml");
    for (const section of ["fonts", "cellXfs"]) {
      const items = (xml: string) => new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)![1];
      expect(items(sb).startsWith(items(sa))).toBe(true);
    }
    const strip = (xml: string) => xml.replace(/<(fonts|cellXfs)[^>]*>[\s\S]*?<\/\1>/g, "");
    expect(canon(strip(sb))).toBe(canon(strip(sa)));
  });

  test("read back: values, formulas, styles, merges, validation, comments and names are the same outside Jili's columns", async () => {
    const wa = await loadWorkbook(FIXTURE);
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...wa.worksheets.map((w) => w.name), "Jili汇总"]);
    expect(wb.definedNames.model).toEqual(wa.definedNames.model);
    expectSameOutsideJili(wa, wb);
    const data = wb.getWorksheet("订单")!;
    expect(JILI_COLUMNS.map((c) => data.getCell(`${c}1`).value)).toEqual(["Jili·移动效能", "Jili·计入超量奖效能", "Jili·揽装奖励(元)", "Jili·状态", "Jili·计算说明"]);
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((r) => data.getCell(`K${r}`).value)).toEqual([20, 20, 20, 20, 20, 40, 40, 40]);
    expect(data.getCell("L12").value).toBe("排除: 副卡不纳入奖励（M1）");
    const summary = wb.getWorksheet("Jili汇总")!;
    expect(summary.getRow(2).values).toEqual(expect.arrayContaining(["王丽", "2016-01", 8, 6.5, 0, 220]));
  });

  test("the same input always gives the same bytes, and filling the output again changes nothing", async () => {
    const again = path.join(dir, "again.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    await jiliInProcess(["fill", FIXTURE, "-s", "mobile-retention", "--out", again, ...ASSUME]);
    await jiliInProcess(["fill", out, "-s", "mobile-retention", "--out", twice, ...ASSUME]);
    expect(fs.readFileSync(again).equals(fs.readFileSync(out))).toBe(true);
    expect(fs.readFileSync(twice).equals(fs.readFileSync(out))).toBe(true);
  });

  test("filling in English replaces the Chinese columns and summary sheet in place", async () => {
    const en = path.join(dir, "en.xlsx");
    await jiliInProcess(["fill", out, "-s", "mobile-retention", "--out", en, "--lang", "en-US", ...ASSUME]);
    const z = await JSZip.loadAsync(fs.readFileSync(en));
    expect(await text(z, "xl/workbook.xml")).toContain('<sheet name="Jili Summary" sheetId="5" r:id="rIdJili1"/>');
    const sheet = await text(z, DATA_SHEET);
    expect(sheet).toContain("Jili·Bonus (yuan)");
    expect(sheet).not.toContain("Jili·揽装奖励");
    expect(files(z).sort()).toEqual(files(after).sort());
  });
});

describe("what a plain exceljs round trip would lose (why Jili patches the package instead)", () => {
  test("exceljs drops the chart and the pivot table", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(FIXTURE) as unknown as ExcelJS.Buffer);
    const z = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    const lost = files(before).filter((f) => !files(z).includes(f));
    expect(lost).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml"]));
    expect(await text(z, "xl/workbook.xml")).not.toContain("pivotCache");
  });
});

describe("macro workbooks and cells Jili must not touch", () => {
  async function variant(name: string, edit: (z: JSZip) => Promise<void>): Promise<string> {
    const z = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
    await edit(z);
    const file = path.join(dir, name);
    fs.writeFileSync(file, await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return file;
  }

  test("an .xlsm keeps its VBA project byte for byte", async () => {
    const vba = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256));
    const file = await variant("macro.xlsm", async (z) => {
      z.file("xl/vbaProject.bin", vba);
      let types = await text(z, "[Content_Types].xml");
      types = types
        .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
      z.file("[Content_Types].xml", types);
      const rels = await text(z, "xl/_rels/workbook.xml.rels");
      z.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    });
    const r = await jiliInProcess(["fill", file, "-s", "mobile-retention", ...ASSUME]);
    expect(r.code).toBe(1);
    const z = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "macro.jili.xlsm")));
    expect((await bytes(z, "xl/vbaProject.bin")).equals(vba)).toBe(true);
    expect(await text(z, "[Content_Types].xml")).toContain("macroEnabled.main+xml");
  });

  test("a formula typed into one of Jili's columns stops the fill (exit 2), nothing is written", async () => {
    const filled = fs.readFileSync(out);
    const file = path.join(dir, "edited.xlsx");
    const z = await JSZip.loadAsync(filled);
    const sheet = await text(z, DATA_SHEET);
    z.file(DATA_SHEET, sheet.replace(/<c r="K3"[^>]*>[\s\S]*?<\/c>/, '<c r="K3"><f>SUM(1,2)</f><v>3</v></c>'));
    fs.writeFileSync(file, await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const target = path.join(dir, "edited-out.xlsx");
    const r = await jiliInProcess(["fill", file, "-s", "mobile-retention", "--out", target, ...ASSUME]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不会覆盖用户数据：「订单」单元格 K3 已有内容（公式）");
    expect(r.stderr).toContain("Will not overwrite your data: cell K3 of 订单");
    expect(fs.existsSync(target)).toBe(false);
  });

  test("new columns go to the right of everything the user has, merged ranges included", async () => {
    const file = await variant("merged.xlsx", async (z) => {
      const sheet = await text(z, DATA_SHEET);
      z.file(DATA_SHEET, sheet.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="I5:J6"/>`));
    });
    const target = path.join(dir, "merged-out.xlsx");
    expect((await jiliInProcess(["fill", file, "-s", "mobile-retention", "--out", target, ...ASSUME])).code).toBe(1);
    const sheet = await text(await JSZip.loadAsync(fs.readFileSync(target)), DATA_SHEET);
    expect(sheet).toContain('<c r="K1" s="1" t="inlineStr"><is><t>Jili·移动效能</t></is></c>');
    expect(sheet).not.toMatch(/<c r="[IJ]\d+"/);
  });

  test("a merged range over one of Jili's columns stops the fill (exit 2)", async () => {
    const z = await JSZip.loadAsync(fs.readFileSync(out));
    const sheet = await text(z, DATA_SHEET);
    z.file(DATA_SHEET, sheet.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="K5:L6"/>`));
    const file = path.join(dir, "merged-owned.xlsx");
    fs.writeFileSync(file, await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const r = await jiliInProcess(["fill", file, "-s", "mobile-retention", "--lang", "en-US", ...ASSUME]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cell K\d+ of 订单 lies in the merged range K5:L6/);
  });
});
