import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { schemeToRulesSheet } from "../../src/engine";
import { getPreset } from "../../src/schemes";
import { JsonDocument } from "../../src/cli/jsonDoc";
import { EXAMPLES, jili, jiliInProcess, tmpDir } from "./helpers";
import { keepForLibreOffice } from "./support/packages";

/**
 * The 规则 sheet edited by another program than the one that wrote it (SheetJS, as a clerk's Excel would): the cell
 * of the 营业员 rate beyond the fifth household is found by content — the row 营业员 | 6 | (blank) | 40.
 */
function editRules(file: string, value: unknown): string {
  const wb = XLSX.readFile(file);
  const ws = wb.Sheets["规则"];
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, blankrows: true, defval: null });
  const r = rows.findIndex((row) => row[0] === "营业员" && row[1] === 6 && row[2] === null && row[3] === 40);
  if (r < 0) throw new Error("no 营业员 | 6 | | 40 row in the rules sheet");
  const address = `D${r + 1}`;
  ws[address] = typeof value === "number" ? { t: "n", v: value } : { t: "s", v: String(value) };
  XLSX.writeFile(wb, file);
  return address;
}

describe("jili rules: a clerk changes a tier rate in the rules sheet and re-runs", () => {
  const dir = tmpDir();
  const rules = path.join(dir, "rules.xlsx");
  const data = path.join(EXAMPLES, "mobile-retention.xlsx");

  test("the rules sheet is written, edited (40 → 50) and used: 王丽 2016-01 is paid 5×20 + 3×50 = 250 instead of 220", async () => {
    const wrote = await jili(["rules", "mobile-retention", "--out", rules]);
    expect(wrote.code).toBe(0);
    expect(wrote.stdout).toContain(rules);
    const before = JSON.parse((await jiliInProcess(["summary", data, "--scheme", rules, "--json"])).stdout) as JsonDocument;
    expect(before.groups.find((g) => g.key.person === "王丽" && g.key.month === "2016-01")?.outputs.bonus).toBe(220);
    editRules(rules, 50);
    const after = await jiliInProcess(["summary", data, "--scheme", rules, "--json"]);
    expect(after.code).toBe(0);
    const doc = JSON.parse(after.stdout) as JsonDocument;
    expect(doc.groups.find((g) => g.key.person === "王丽" && g.key.month === "2016-01")?.outputs.bonus).toBe(250);
  });

  test("as SheetJS reads the file: 规则 visible with no marker column, the structure very hidden, the role a drop-down", async () => {
    const file = path.join(dir, "look.xlsx");
    expect((await jiliInProcess(["rules", "mobile-retention", "--out", file])).code).toBe(0);
    // LibreOffice opens it too in CI (.ci/libreoffice-check): a second opinion on the two sheets
    keepForLibreOffice(file, "rules-mobile-retention");
    const wb = XLSX.readFile(file);
    expect(wb.SheetNames).toEqual(["规则", "Jili·规则结构"]);
    // Hidden: 0 visible, 1 hidden, 2 very hidden (not listed by Excel's Unhide)
    expect(wb.Workbook?.Sheets?.map((s) => s.Hidden ?? 0)).toEqual([0, 2]);
    const a1 = wb.Sheets["规则"]["A1"] as { v: unknown };
    expect(a1.v).toBe("规则 · 移动老客户维系考核");
    // the drop-down, read from the sheet's XML by a strict parser: the role column of the tier table lists the roles
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = new DOMParser({ onError: (level, msg) => { throw new Error(`${level}: ${msg}`); } }).parseFromString(await zip.file("xl/worksheets/sheet1.xml")!.async("string"), "text/xml");
    const lists = Array.from(xml.getElementsByTagName("dataValidation")).map((v) => ({ sqref: v.getAttribute("sqref") ?? "", formula: v.getElementsByTagName("formula1")[0]?.textContent ?? "" }));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets["规则"], { header: 1, blankrows: true, defval: null });
    const first = rows.findIndex((row) => row[0] === "营业员" && row[1] === 1) + 1;
    const roles = lists.filter((l) => l.sqref.split(" ").some((a) => a.startsWith(`A${first}`)));
    expect(roles.map((l) => l.formula)).toEqual(['"营业员,中心经理,网格经理,装维经理,其他岗位（中心经理、网格经理、装维经理）"']);
  });

  test("a rate that is not a number stops the run (exit 2), names the cell in both languages, and nothing is used", async () => {
    const broken = path.join(dir, "broken.xlsx");
    expect((await jiliInProcess(["rules", "mobile-retention", "--out", broken])).code).toBe(0);
    const address = editRules(broken, "四十");
    const out = path.join(dir, "never.xlsx");
    const run = await jiliInProcess(["fill", data, "--scheme", broken, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${address}：「每户奖励（元）」应填数字，「四十」不是数字`);
    expect(run.stderr).toContain(`${address}: 每户奖励（元） takes a number; "四十" is not one`);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a rules workbook reads back to the same scheme document (.xlsx → .json is lossless)", async () => {
    const sheet = path.join(dir, "car.xlsx");
    const json = path.join(dir, "car.json");
    expect((await jiliInProcess(["rules", "car-launch-ladder", "--out", sheet])).code).toBe(0);
    expect((await jiliInProcess(["rules", sheet, "--out", json])).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, "utf8"))).toEqual(JSON.parse(JSON.stringify(getPreset("car-launch-ladder"))));
  });

  test("only .xlsx or .json can be written", async () => {
    const r = await jiliInProcess(["rules", "mobile-retention", "--out", path.join(dir, "x.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".json");
  });
});

describe("a run over rows spanning two versions says so", () => {
  test("the summary names each version with its rows and adds a version column", async () => {
    const dir = tmpDir();
    const scheme = { ...JSON.parse(JSON.stringify(getPreset("mobile-retention"))), versions: [{ title: { "zh-CN": "1月15日调整", "en-US": "from 15 January" }, from: "2016-01-15", changes: [] }] };
    const file = path.join(dir, "versioned.json");
    fs.writeFileSync(file, JSON.stringify(scheme));
    const zh = await jiliInProcess(["summary", path.join(EXAMPLES, "mobile-retention.xlsx"), "--scheme", file]);
    expect(zh.code).toBe(0);
    const line = zh.stdout.split("\n").find((l) => l.startsWith("方案版本："));
    expect(line).toMatch(/^方案版本：1月15日调整 \(2016-01-15 – …\) \d+ 行；基础版 \d+ 行$/);
    const counts = [...line!.matchAll(/(\d+) 行/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(64);
    expect(zh.stdout).toContain("方案版本");
    const json = JSON.parse((await jiliInProcess(["summary", path.join(EXAMPLES, "mobile-retention.xlsx"), "--scheme", file, "--json"])).stdout) as JsonDocument;
    expect(new Set(json.groups.map((g) => g.key.version))).toEqual(new Set(["1月15日调整 from 15 January", "基础版 base"]));
  });
});

describe("the rules sheet inside the data workbook", () => {
  // the first layout (jili-rules/1, markers in column A), as Jili wrote it before the structure sheet: still read
  test("--scheme names the data workbook itself: its 规则 sheet (first layout) is the scheme, never the data (王丽 220)", async () => {
    const dir = tmpDir();
    const book = path.join(dir, "book.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(EXAMPLES, "mobile-retention.xlsx"));
    const ws = wb.addWorksheet("规则");
    schemeToRulesSheet(getPreset("mobile-retention")!).rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getRow(i + 1).getCell(c + 1).value = v)));
    await wb.xlsx.writeFile(book);
    const run = await jiliInProcess(["summary", book, "--scheme", book, "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as JsonDocument;
    expect(doc.sheet).not.toBe("规则");
    expect(doc.groups.find((g) => g.key.person === "王丽" && g.key.month === "2016-01")?.outputs.bonus).toBe(220);
    const asData = await jiliInProcess(["validate", book, "--scheme", book, "--sheet", "规则"]);
    expect(asData.code).toBe(2);
    expect(asData.stderr).toContain("「规则」是 Jili 生成的工作表");
  });
});
