import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { readXlsx } from "../../src/cli/readXlsx";
import { RawCell } from "../../src/engine";
import { example, jiliInProcess, loadWorkbook, tmpDir } from "./helpers";

// `fill` patches the data sheet with a byte scanner (src/cli/xlsx/sheetXml.ts). The same sheet written in other legal
// XML spellings — pretty-printed, single quotes, no spans, cells without references, a namespace prefix, an empty
// self-closing row — must fill to the same values as the plain sheet, and every user cell must keep its value.


const SHEET = "xl/worksheets/sheet1.xml";
const dir = tmpDir();

async function withSheet(name: string, edit: (xml: string) => string): Promise<string> {
  const z = await JSZip.loadAsync(fs.readFileSync(example("mobile-retention.xlsx")));
  const xml = await z.file(SHEET)!.async("string");
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  z.file(SHEET, changed);
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

async function fill(file: string): Promise<{ code: number; cells: RawCell[][]; summary: RawCell[][]; out: string }> {
  const out = file.replace(/\.xlsx$/, ".filled.xlsx");
  const r = await jiliInProcess(["fill", file, "-s", "mobile-retention", "--out", out]);
  const sheets = await readXlsx(fs.readFileSync(out));
  return { code: r.code, cells: sheets[0].cells, summary: sheets[1].cells, out };
}

const VARIANTS: [string, (xml: string) => string][] = [
  ["pretty-printed (new lines and indentation between rows and cells)", (x) => x.replace(/<row /g, "\n  <row ").replace(/<c /g, "\n    <c ").replace(/<\/row>/g, "\n  </row>")],
  ["attributes in single quotes", (x) => x.replace(/ (r|s|t|spans)="([^"]*)"/g, " $1='$2'")],
  ["no spans, an empty self-closing row under the data", (x) => x.replace(/ spans="[^"]*"/g, "").replace("</sheetData>", '<row r="90" s="1" customFormat="1"/></sheetData>')],
  ["cells without references (rows keep theirs)", (x) => x.replace(/<c r="[A-Z]+\d+"/g, "<c")],
  ["a namespace prefix on every element of the sheet", (x) => x.replace(/<(\/?)([a-zA-Z]+[ >/])/g, "<$1x:$2").replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')],
];

let plain: Awaited<ReturnType<typeof fill>>;

beforeAll(async () => {
  const file = path.join(dir, "plain.xlsx");
  fs.copyFileSync(example("mobile-retention.xlsx"), file);
  plain = await fill(file);
});

test("the plain sheet fills (the reference of the variants)", () => {
  expect(plain.code).toBe(0);
  expect(plain.cells[0].slice(9)).toEqual(["Jili·移动效能", "Jili·计入超量奖效能", "Jili·揽装奖励(元)", "Jili·状态", "Jili·计算说明"]);
});

test.each(VARIANTS)("%s: the same values in every cell, the same summary", async (name, edit) => {
  const file = await withSheet(name.replace(/\W+/g, "-"), edit);
  const input = (await readXlsx(fs.readFileSync(file)))[0].cells;
  const got = await fill(file);
  expect(got.code).toBe(plain.code);
  expect(got.summary).toEqual(plain.summary);
  // the user's cells as they were in this variant, Jili's columns as in the plain fill
  const trim = (line: RawCell[]) => {
    const l = [...line];
    while (l.length && l[l.length - 1] === null) l.pop();
    return l;
  };
  for (let r = 0; r < Math.max(plain.cells.length, got.cells.length); r++) {
    const line = got.cells[r] ?? [];
    expect({ row: r + 1, user: trim(line.slice(0, 9)) }).toEqual({ row: r + 1, user: trim((input[r] ?? []).slice(0, 9)) });
    expect({ row: r + 1, jili: trim(line.slice(9)) }).toEqual({ row: r + 1, jili: trim((plain.cells[r] ?? []).slice(9)) });
  }
  // a second fill of the output changes nothing
  const again = await fill(got.out);
  expect(fs.readFileSync(again.out).equals(fs.readFileSync(got.out))).toBe(true);
});

test("the variants exceljs can open read the same there too", async () => {
  for (const [name, edit] of VARIANTS.slice(0, 4)) {
    const got = await fill(await withSheet(`${name.replace(/\W+/g, "-")}-x`, edit));
    const ws = (await loadWorkbook(got.out)).worksheets[0];
    expect({ name, status: ws.getCell("M2").value, explanation: typeof ws.getCell("N2").value }).toEqual({ name, status: plain.cells[1][12], explanation: "string" });
  }
});
