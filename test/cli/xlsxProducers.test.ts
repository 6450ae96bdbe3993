import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { readXlsx } from "../../src/cli/readXlsx";
import { jiliInProcess, loadWorkbook, tmpDir } from "./helpers";
import { buildPackage, keepForLibreOffice, MAIN, packageParts, readWithSheetJS, REL, row, sheetXml, STRICT_MAIN, STRICT_REL, strictlyBrokenParts, zipParts } from "./support/packages";
import { smallScheme } from "./support/smallScheme";

// What other producers write, each in a minimal workbook written here (openpyxl's per-element namespace, other
// prefixes, a bare styles part, rich text with leading plain text, `_x000D_` in inline strings, a prefix declared on
// the sheet element, Strict OOXML, part names in another case, a bad CRC, a password): the reader's text is compared
// with SheetJS's, and every fill output is parsed by a strict parser and read back by SheetJS with the user's cells
// unchanged.

const dir = tmpDir();
const SCHEME = path.join(dir, "small.json");
fs.writeFileSync(SCHEME, JSON.stringify(smallScheme("姓名")));
const DATA = row(1, ["姓名", "金额"]) + row(2, ["王丽", 10]) + row(3, ["李强", 20]) + row(4, ["王丽", 30]);
const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

const write = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

/** Fills `bytes` with the small scheme; the outcome and the output's bytes (null when nothing was written). */
async function fill(name: string, bytes: Buffer) {
  const input = write(`${name}.xlsx`, bytes);
  const out = path.join(dir, `${name}.out.xlsx`);
  const r = await jiliInProcess(["fill", input, "-s", SCHEME, "--out", out, "--lang", "en-US"]);
  const written = fs.existsSync(out) ? fs.readFileSync(out) : null;
  if (written) keepForLibreOffice(out, `producers-${name}`);
  return { ...r, out: written };
}

/** Every fill output: strictly well-formed, the user's cells as SheetJS reads them unchanged, Jili's summary there. */
async function expectGoodFill(before: Buffer, after: Buffer | null, summary = "Jili Summary") {
  expect(after).not.toBeNull();
  expect(await strictlyBrokenParts(after!)).toEqual([]);
  const a = readWithSheetJS(before);
  const b = readWithSheetJS(after!);
  expect([...b.keys()]).toEqual([...a.keys(), summary]);
  for (const [name, rows] of a) {
    const got = b.get(name)!;
    rows.forEach((line, r) => expect({ name, r, line: got[r].slice(0, line.length) }).toEqual({ name, r, line }));
  }
  // the summary's first line: 王丽 with two rows of 2
  expect(b.get(summary)![1].slice(0, 2)).toEqual(["王丽", 4]);
}

const workbookXml = (sheets: string, rootNs = "", ns = MAIN) => `${DECL}<workbook xmlns="${ns}"${rootNs}><sheets>${sheets}</sheets></workbook>`;

describe("the relationships namespace where producers declare it", () => {
  // openpyxl 3.0 declares it on each <sheet>; the sheet Jili adds must declare it too
  const openpyxl = () =>
    buildPackage({ workbook: workbookXml(`<sheet xmlns:r="${REL}" name="Data" sheetId="1" r:id="rId1"/>`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA) }] });

  test("declared on each <sheet> (openpyxl): the fill's workbook part declares it on Jili's sheet too", async () => {
    const input = await openpyxl();
    const r = await fill("openpyxl", input);
    expect(r.code).toBe(0);
    await expectGoodFill(input, r.out);
  });

  test("another prefix than r, on the root", async () => {
    const input = await buildPackage({ workbook: workbookXml(`<sheet name="Data" sheetId="1" rel:id="rId1"/>`, ` xmlns:rel="${REL}"`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA) }] });
    const r = await fill("prefix-rel", input);
    expect(r.code).toBe(0);
    await expectGoodFill(input, r.out);
  });

  test("a prefixed main namespace (x:) with r on the sheet: Jili's <x:sheet> has both", async () => {
    const wb = `${DECL}<x:workbook xmlns:x="${MAIN}"><x:sheets><x:sheet xmlns:r="${REL}" name="Data" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
    const input = await buildPackage({ workbook: wb, sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA) }] });
    const r = await fill("prefix-x", input);
    expect(r.code).toBe(0);
    await expectGoodFill(input, r.out);
  });

  test("the strict check refuses the workbook part the fill wrote before this was fixed (an undeclared r:id)", async () => {
    const { verifyOutput } = await import("../../src/cli/xlsx/verifyOutput");
    // what the old fill appended to an openpyxl workbook: `<sheet … r:id="rIdJili1"/>` with r declared nowhere in scope
    const old = workbookXml(`<sheet xmlns:r="${REL}" name="Data" sheetId="1" r:id="rId1"/><sheet name="Jili Summary" sheetId="2" r:id="rIdJili1"/>`);
    const parts = packageParts({ workbook: old, sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA) }] });
    const bytes = await zipParts(parts);
    const check = verifyOutput(bytes, { parts: new Set(["xl/workbook.xml"]), dataPart: "xl/worksheets/sheet1.xml", dataSample: sheetXml(DATA), sheet: "Data", headerRow: 1, headers: new Map() });
    await expect(check).rejects.toMatchObject({ key: "outputBroken", vars: { part: "xl/workbook.xml" } });
    await expect(check).rejects.toThrow(/unbound namespace prefix: "r"/);
    // the independent strict parser of these tests says the same
    expect((await strictlyBrokenParts(bytes)).join()).toMatch(/xl\/workbook\.xml/);
  });

  test("a part the strict check refuses stops the fill with exit 2 in both languages, and nothing is written", async () => {
    // the data sheet's tail holds an element with an undeclared prefix: the byte scanner reads past it, the check does not
    const sheet = sheetXml(DATA).replace("</worksheet>", "<bad:ext/></worksheet>");
    const input = await buildPackage({ workbook: workbookXml(`<sheet name="Data" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheet }] });
    const r = await fill("broken-tail", input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The workbook Jili made failed its check (xl/worksheets/sheet1.xml");
    expect(r.stderr).toContain("Jili 生成的工作簿未通过检查");
    expect(r.out).toBeNull();
  });
});

describe("styles Jili adds never take an index a cell of the user's uses", () => {
  test("a bare <styleSheet/>: the user's unstyled cells stay neither bold nor #,##0.00", async () => {
    const input = await buildPackage({
      workbook: workbookXml(`<sheet name="Data" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`),
      sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA) }],
      styles: `${DECL}<styleSheet xmlns="${MAIN}"/>`,
    });
    const r = await fill("bare-styles", input);
    expect(r.code).toBe(0);
    await expectGoodFill(input, r.out);
    const file = write("bare-styles.check.xlsx", r.out!);
    const ws = (await loadWorkbook(file)).getWorksheet("Data")!;
    for (const ref of ["A1", "A2", "B2", "B4"]) {
      expect({ ref, bold: ws.getCell(ref).font?.bold ?? false, numFmt: ws.getCell(ref).numFmt ?? "General" }).toEqual({ ref, bold: false, numFmt: "General" });
    }
    // Jili's own styles are there: the summary's header is bold, its money column formatted
    const summary = (await loadWorkbook(file)).getWorksheet("Jili Summary")!;
    expect(summary.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("C2").numFmt).toBe("#,##0.00");
  });

  test("cells with a style index past the styles part's list: Jili's styles come after it", async () => {
    const styled = DATA.replace('<c r="B2">', '<c r="B2" s="3">');
    const styles = `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0"/></cellXfs></styleSheet>`;
    const input = await buildPackage({ workbook: workbookXml(`<sheet name="Data" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(styled) }], styles });
    const r = await fill("styles-past-end", input);
    expect(r.code).toBe(0);
    const wb = XLSX.read(r.out!, { type: "buffer", bookFiles: true } as XLSX.ParsingOptions) as unknown as { files: Record<string, { content: Buffer }> };
    const sheet = Buffer.from(wb.files["xl/worksheets/sheet1.xml"].content).toString("utf8");
    const jiliStyles = [...sheet.matchAll(/<c r="[CDE]\d+" s="(\d+)"/g)].map((m) => Number(m[1]));
    expect(jiliStyles.length).toBeGreaterThan(0);
    for (const s of jiliStyles) expect(s).toBeGreaterThan(3);
  });
});

describe("text as producers write it, read as SheetJS reads it", () => {
  const textOf = async (bytes: Buffer) => (await readXlsx(bytes))[0].cells;
  const reference = (bytes: Buffer) => [...readWithSheetJS(bytes).values()][0];

  test("shared and inline rich text with plain text before the runs", async () => {
    const sst = `${DECL}<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>王</t><r><rPr><b/></rPr><t>丽</t></r></si></sst>`;
    const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>李</t><r><t>强</t></r></is></c></row>`;
    const input = await buildPackage({ workbook: workbookXml(`<sheet name="S" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(rows) }], sst });
    // written by hand: Excel shows the plain text and the runs; SheetJS 0.20.3 keeps only the plain text here (one of
    // the differences the differential test names), so it is not the judge of this case
    expect((await textOf(input))[0]).toEqual(["王丽", "李强"]);
  });

  test("_x000D_ in a plain inline string, and lower-case hex escapes", async () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b</t></is></c><c r="B1" t="inlineStr"><is><t>c_x000d_d</t></is></c></row>`;
    const input = await buildPackage({ workbook: workbookXml(`<sheet name="S" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(rows) }] });
    expect(reference(input)[0]).toEqual(["a\rb", "c\rd"]);
    expect((await textOf(input))[0]).toEqual(["a\rb", "c\rd"]);
  });

  test("text Jili writes with a carriage return or a literal _x0041_ reads back as written", async () => {
    const { cellXml } = await import("../../src/cli/xlsx/cellXml");
    const rows = `<row r="1">${cellXml("", "A1", "a\rb")}${cellXml("", "B1", "_x0041_")}</row>`;
    const input = await buildPackage({ workbook: workbookXml(`<sheet name="S" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(rows) }] });
    // `_x005F_` is an escaped underscore (ECMA-376 ST_Xstring)
    expect(reference(input)[0]).toEqual(["a\rb", "_x0041_"]);
    expect((await textOf(input))[0]).toEqual(["a\rb", "_x0041_"]);
  });
});

describe("sheets producers name in ways the old reader lost", () => {
  const reference = (bytes: Buffer) => [...readWithSheetJS(bytes).values()][0];
  const names = async (bytes: Buffer) => (await readXlsx(bytes)).map((s) => s.name);

  test("a prefix declared on the <sheet> element itself, other than r", async () => {
    const input = await buildPackage({ workbook: workbookXml(`<sheet xmlns:q="${REL}" name="Data" sheetId="1" q:id="rId1"/>`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA) }] });
    expect(XLSX.read(input, { type: "buffer" }).SheetNames).toEqual(["Data"]);
    expect(await names(input)).toEqual(["Data"]);
    const r = await fill("local-prefix", input);
    expect(r.code).toBe(0);
    await expectGoodFill(input, r.out);
  });

  test("Strict OOXML (purl.oclc.org namespaces): read, and filled in the Strict namespace", async () => {
    const wb = `${DECL}<workbook xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}" conformance="strict"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const input = await buildPackage({ workbook: wb, sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA, STRICT_MAIN) }], relNs: STRICT_REL });
    expect((await readXlsx(input))[0].cells[2]).toEqual(["李强", 20]);
    expect((await readXlsx(input))[0].cells).toEqual(reference(input));
    const r = await fill("strict", input);
    expect(r.code).toBe(0);
    expect(await strictlyBrokenParts(r.out!)).toEqual([]);
    const back = await readXlsx(r.out!);
    expect(back.map((s) => s.name)).toEqual(["Data", "Jili Summary"]);
    expect(back[1].cells[1].slice(0, 2)).toEqual(["王丽", 4]);
  });

  test("a part name whose case differs from its relationship's target", async () => {
    const input = await buildPackage({ workbook: workbookXml(`<sheet name="Data" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`), sheets: [{ part: "xl/worksheets/Sheet1.xml", target: "worksheets/sheet1.xml", xml: sheetXml(DATA) }] });
    expect(await names(input)).toEqual(["Data"]);
    expect((await readXlsx(input))[0].cells).toEqual(reference(input));
    const r = await fill("case", input);
    expect(r.code).toBe(0);
    await expectGoodFill(input, r.out);
  });
});

describe("files that cannot be read are named for what they are", () => {
  test("a part whose CRC does not match its bytes is corrupt (exit 2), not read as if it were fine", async () => {
    const input = await buildPackage({ workbook: workbookXml(`<sheet name="Data" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA) }] });
    // the CRC of the sheet's entry, in its local header and in the central directory, changed by one bit
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const bad = Buffer.from(input);
    for (let at = bad.indexOf(name); at >= 0; at = bad.indexOf(name, at + 1)) {
      const crcAt = bad.readUInt32LE(at - 30) === 0x04034b50 ? at - 30 + 14 : at - 46 + 16;
      bad[crcAt] ^= 1;
    }
    const file = write("bad-crc.xlsx", bad);
    const r = await jiliInProcess(["validate", file, "-s", SCHEME]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The workbook is corrupt: its part xl/worksheets/sheet1.xml cannot be read (CRC)");
  });

  test("a password-protected workbook (an encrypted OOXML package) is said to be that", async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.alloc(64, 1));
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(4096, 2));
    const file = write("locked.xlsx", Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Uint8Array));
    const r = await jiliInProcess(["validate", file, "-s", SCHEME]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("文件有密码保护，请先在 Excel 中取消密码");
    expect(r.stderr).toContain("The workbook is password-protected");
  });

  test("a workbook none of whose sheets can be read says so, not 'no header row'", async () => {
    // the only sheet's relationship is of another type (a chartsheet)
    const parts = packageParts({ workbook: workbookXml(`<sheet name="Data" sheetId="1" r:id="rId1"/>`, ` xmlns:r="${REL}"`), sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(DATA) }] });
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(`${REL}/worksheet`, `${REL}/chartsheet`);
    const file = write("no-sheets.xlsx", await zipParts(parts));
    const r = await jiliInProcess(["validate", file, "-s", SCHEME]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("No sheets could be read from the workbook");
    expect(r.stderr).not.toContain("No header row");
  });
});
