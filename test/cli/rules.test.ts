import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { schemeToRulesSheet } from "../../src/engine";
import { getPreset } from "../../src/schemes";
import { JsonDocument } from "../../src/cli/jsonDoc";
import { EXAMPLES, jili, jiliInProcess, tmpDir } from "./helpers";

/** The cell of the 营业员 rate beyond the fifth household, found by content as a clerk would find it. */
function beyondFifthRate(ws: ExcelJS.Worksheet): ExcelJS.Cell {
  let inTiers = false;
  let found: ExcelJS.Cell | null = null;
  ws.eachRow((row) => {
    const a = String(row.getCell(1).value ?? "");
    if (a.startsWith("@")) inTiers = a.includes("tiersBy.tables");
    else if (inTiers && !a && row.getCell(2).value === "营业员" && row.getCell(3).value === null && row.getCell(4).value === 40) found = row.getCell(4);
  });
  if (!found) throw new Error("no 营业员 40 cell in the rules sheet");
  return found;
}

async function editRules(file: string, edit: (cell: ExcelJS.Cell) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cell = beyondFifthRate(wb.getWorksheet("规则")!);
  edit(cell);
  await wb.xlsx.writeFile(file);
  return cell.address;
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
    await editRules(rules, (c) => (c.value = 50));
    const after = await jiliInProcess(["summary", data, "--scheme", rules, "--json"]);
    expect(after.code).toBe(0);
    const doc = JSON.parse(after.stdout) as JsonDocument;
    expect(doc.groups.find((g) => g.key.person === "王丽" && g.key.month === "2016-01")?.outputs.bonus).toBe(250);
  });

  test("a rate that is not a number stops the run (exit 2), names the cell in both languages, and nothing is used", async () => {
    const broken = path.join(dir, "broken.xlsx");
    expect((await jiliInProcess(["rules", "mobile-retention", "--out", broken])).code).toBe(0);
    const address = await editRules(broken, (c) => (c.value = "四十"));
    const out = path.join(dir, "never.xlsx");
    const run = await jiliInProcess(["fill", data, "--scheme", broken, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${address}：应为数字：四十`);
    expect(run.stderr).toContain(`${address}: must be a number: 四十`);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a rules sheet saved by Excel reads back to the same scheme document (.xlsx → .json is lossless)", async () => {
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
  test("--scheme names the data workbook itself: its 规则 sheet is the scheme, never the data (王丽 220)", async () => {
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
