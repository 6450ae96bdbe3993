import * as path from "path";
import ExcelJS from "exceljs";
import { jiliInProcess, tmpDir } from "./helpers";
import { CUSTOMERS, DIRECT, PARAMS as NCD_PARAMS, PENALTY } from "../support/newCustomerDevSheets";

// Issue 17 item 5: what a salesperson earns across new-customer-dev's three parts, each part on a sheet of its own.
// Amounts by hand from docs/presets/new-customer-dev.md:
//   王: customer 甲 qualifies in months 1–3 (Example 1): tranche 1 + tranche 2 = 1000 + 2000 = 3000; direct sales
//       90,000 in one month, below the 100,000 threshold: 0; task not completed and 359,999 < 60 % × 600,000
//       (Example 8): fined −500. Total 3000 + 0 − 500 = 2500.
//   赵: no new customers (0); 120,000 at 16 % and 130,000 at 17 % (Example 9): the one-time award 3000; task
//       completed: no fine. Total 3000.
const PARAMS = Object.entries(NCD_PARAMS).map(([k, v]) => `${k}=${v}`);

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const file = path.join(tmpDir(), "campaign.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}


const args = (file: string, more: string[] = []) => ["summary", file, "--scheme", "new-customer-dev", "--part", "customers", ...PARAMS.flatMap((p) => ["--param", p]), ...more];

test("each salesperson gets one total across the three parts, each part's contribution shown", async () => {
  const file = await workbook({ 客户进货: CUSTOMERS, 直营部: DIRECT, 考核: PENALTY });
  const out = await jiliInProcess([...args(file), "--json"]);
  expect(out.stderr).toBe("");
  const doc = JSON.parse(out.stdout);
  const pt = doc.personTotal;
  expect(pt.sheets).toEqual([
    { part: "customers", sheet: "客户进货" },
    { part: "direct", sheet: "直营部" },
    { part: "penalty", sheet: "考核" },
  ]);
  expect(pt.leftOut).toEqual([]);
  const byPerson = Object.fromEntries(pt.totals.rows.map((r: { person: string }) => [r.person, r]));
  expect(byPerson["王"]).toMatchObject({ amounts: [3000, 0, -500], total: 2500, complete: true });
  expect(byPerson["赵"]).toMatchObject({ amounts: [0, 3000, 0], states: ["none", "ok", "ok"], total: 3000, complete: true });
});

test("the text report shows the table with the sheets read, in both languages", async () => {
  const file = await workbook({ 客户进货: CUSTOMERS, 直营部: DIRECT, 考核: PENALTY });
  const zh = await jiliInProcess(args(file));
  expect(zh.stdout).toContain("业务员个人合计（活动期）（各数据表合计）：");
  expect(zh.stdout).toContain("读取：大客户部/市场部·客户月度进货：工作表「客户进货」");
  expect(zh.stdout).toMatch(/王\s.*3,000\.00\s+0\.00\s+-500\.00\s+2,500\.00\s+是/);
  const en = await jiliInProcess([...args(file), "--lang", "en-US"]);
  expect(en.stdout).toContain("Per salesperson (whole campaign) (across the tables):");
});

test("a part whose sheet is missing is named and every total says it is incomplete", async () => {
  const file = await workbook({ 客户进货: CUSTOMERS, 直营部: DIRECT });
  const doc = JSON.parse((await jiliInProcess([...args(file), "--json"])).stdout);
  expect(doc.personTotal.leftOut.map((l: { part: string }) => l.part)).toEqual(["penalty"]);
  for (const r of doc.personTotal.totals.rows) expect(r.complete).toBe(false);
  const zh = await jiliInProcess(args(file));
  expect(zh.stdout).toContain("未计入「开发任务考核（活动结束）」：工作簿中没有该数据表（合计不完整）");
});

test("a person whose part is not complete gets no total (never a partial sum)", async () => {
  // 赵's second direct row has no margin: the month is invalid, so the direct award of 赵 is open
  const direct = DIRECT.map((r, k) => (k === 3 ? ["赵", "2016-06", 130000, "abc"] : r));
  const file = await workbook({ 客户进货: CUSTOMERS, 直营部: direct, 考核: PENALTY });
  const doc = JSON.parse((await jiliInProcess([...args(file), "--json"])).stdout);
  const zhao = doc.personTotal.totals.rows.find((r: { person: string }) => r.person === "赵");
  expect(zhao.states[1]).toBe("open");
  expect(zhao.total).toBeNull();
  expect(zhao.complete).toBe(false);
  const wang = doc.personTotal.totals.rows.find((r: { person: string }) => r.person === "王");
  expect(wang.total).toBe(2500);
});

test("fill writes the person totals on a sheet of their own, replaced (not added) by a later fill in another language", async () => {
  const file = await workbook({ 客户进货: CUSTOMERS, 直营部: DIRECT, 考核: PENALTY });
  const out = path.join(path.dirname(file), "out.xlsx");
  const fill = await jiliInProcess(["fill", file, "--out", out, ...args(file).slice(2)]);
  expect(fill.stderr).toBe("");
  const ExcelJSMod = (await import("exceljs")).default;
  const read = async (f: string) => {
    const wb = new ExcelJSMod.Workbook();
    await wb.xlsx.readFile(f);
    return wb;
  };
  const wb = await read(out);
  const ws = wb.getWorksheet("Jili·个人合计")!;
  expect(ws).toBeDefined();
  const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
  const wang = rows.find((r) => r[1] === "王")!;
  // person, customers 3000, direct 0, penalty −500, total 2500, complete
  expect(wang.slice(1, 7)).toEqual(["王", 3000, 0, -500, 2500, "是"]);
  const again = path.join(path.dirname(file), "again.xlsx");
  await jiliInProcess(["fill", out, "--out", again, ...args(file).slice(2), "--lang", "en-US"]);
  const names = (await read(again)).worksheets.map((w) => w.name);
  expect(names.filter((n) => n.startsWith("Jili·"))).toEqual(["Jili·Person totals"]);
});

test("each statement says the person's total across the parts under its own total (王 3000 + 0 − 500 = 2500)", async () => {
  const file = await workbook({ 客户进货: CUSTOMERS, 直营部: DIRECT, 考核: PENALTY });
  const out = path.join(path.dirname(file), "statements.xlsx");
  const run = await jiliInProcess(["statements", file, "--out", out, ...args(file).slice(2)]);
  expect(run.stderr).toBe("");
  const ExcelJSMod = (await import("exceljs")).default;
  const wb = new ExcelJSMod.Workbook();
  await wb.xlsx.readFile(out);
  const first: unknown[] = [];
  wb.getWorksheet("Jili·个人明细")!.eachRow((row) => first.push(row.getCell(1).value));
  expect(first).toContain("业务员个人合计（活动期）：大客户部/市场部·客户月度进货 3,000.00 + 直营部·月销售 0.00 + 开发任务考核（活动结束） -500.00 = 2,500.00");
});
