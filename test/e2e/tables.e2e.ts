/**
 * Issue 17 item 4 in a real browser: car-launch-advance with the orders on 订单 and each consultant's target on a sheet
 * of its own (自定指标). The mapping step says where the targets came from and lists the workbook's other sheets to
 * choose from; Validate lists 张's row (a target, no order) on 自定指标 and selects it there; Fill writes Jili's columns
 * on 订单 only, and 自定指标 stays as it was. Values by hand (docs/presets/car-launch-advance.md, c = 800).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { buildPreview, openBrowser, type Session, shootPane } from "./browser";

let s: Session;
let page: Page;
let dir: string;
const button = (name: string) => page.getByRole("button", { name, exact: true });

/** the shown sheet's cells, each with its text */
async function gridCells(): Promise<string[]> {
  return page.locator('[data-testid="grid"] td[data-address]').evaluateAll((tds) => tds.map((td) => `${td.getAttribute("data-address")}|${td.textContent}`));
}

beforeAll(async () => {
  buildPreview();
  s = await openBrowser();
  page = s.page;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jili-e2e-tables-"));
});

afterAll(async () => {
  await s?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test.each([
  ["Excel", ""],
  ["WPS 表格", "host=wps&"],
])("%s, two sheets: where the targets came from, the sheet to choose, 张's row selected on 自定指标, the fill on 订单 only", async (host, query) => {
  const file = path.join(dir, "launch.xlsx");
  const wb = new ExcelJS.Workbook();
  const orders = wb.addWorksheet("订单");
  orders.addRows([
    ["销售顾问", "订单号", "订车时间", "交车时间"],
    ["王", "A1", "03-05 10:00", "03-06 15:00"],
    ["王", "A2", "03-05 10:00", "03-08 15:00"],
    ["王", "A3", "03-05 10:00", "03-16 15:00"],
    ["李", "B1", "03-05 10:00", "03-07 15:00"],
    ["李", "B2", "03-05 10:00", "03-09 15:00"],
  ]);
  wb.addWorksheet("自定指标").addRows([
    ["销售顾问", "自定指标"],
    ["王", 3],
    ["李", 2],
    ["张", 2],
  ]);
  wb.addWorksheet("说明").addRows([["三月上市会"]]);
  await wb.xlsx.writeFile(file);

  await page.goto(`${s.server.url}preview.html?${query}book=mobile-retention.xlsx`);
  await page.getByRole("heading", { name: "Jili 激励计算" }).waitFor();
  expect(await page.locator(".wb-note").innerText()).toContain(host);
  await page.getByTestId("upload").setInputFiles(file);
  await page.waitForURL(/book=upload/);
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:car-launch-advance");
  await page.getByLabel("上市会日期").fill("2016-03-05");
  await page.getByLabel("每台新车奖励提成").fill("800");
  await button("读取当前工作表").click();
  const lines = page.getByTestId("table-lines");
  await lines.waitFor();
  expect(await lines.innerText()).toContain("工作表「自定指标」");
  const choice = page.getByRole("combobox", { name: "「自定指标」所在的工作表" });
  expect(await choice.locator("option").allInnerTexts()).toEqual(["自动：自定指标", "自定指标", "说明"]);
  await choice.selectOption("自定指标");
  await page.getByRole("combobox", { name: "「自定指标」所在的工作表" }).locator("option", { hasText: "自动查找" }).waitFor({ state: "attached" });
  if (!query) await shootPane(page, "taskpane-zh-CN-tables.png");

  await button("校验").click();
  await page.getByTestId("counts").waitFor();
  // 5 orders and 张's target row
  expect(await page.getByTestId("counts").innerText()).toBe("共 6 行：计奖 6，排除 0，无效 0，待定 0");
  await button("选中 「自定指标」第 4 行").click();
  await page.locator('[data-testid="grid"][data-sheet="自定指标"]').waitFor();
  const targetsBefore = await gridCells();
  expect(targetsBefore).toContain("A4|张");

  // the clerk is on 自定指标: the fill reads 订单 as the main sheet and writes there only
  await button("计算并填写").click();
  await page.locator('.wb-tab[data-sheet="Jili汇总"]').waitFor();
  await page.locator('.wb-tab[data-sheet="自定指标"]').click();
  await page.locator('[data-testid="grid"][data-sheet="自定指标"]').waitFor();
  expect(await gridCells()).toEqual(targetsBefore);
  await page.locator('.wb-tab[data-sheet="订单"]').click();
  await page.locator('[data-testid="grid"][data-sheet="订单"]').waitFor();
  const cells = await gridCells();
  expect(cells).toContain("E1|Jili·合格台数");
  // 王's cars on days 1 and 3 qualify, the day-11 one does not; 李's two do
  expect(["E2", "E3", "E4", "E5", "E6"].map((a) => cells.find((c) => c.startsWith(`${a}|`)))).toEqual(["E2|1", "E3|1", "E4|0", "E5|1", "E6|1"]);
  expect(cells.filter((c) => c.includes("张"))).toEqual([]);
  // the summary: 王 kept 2 × 800 = 1600, 李 2 × 800 = 1600 (target met), 张 0 (his 1600 goes back)
  await page.locator('.wb-tab[data-sheet="Jili汇总"]').click();
  await page.locator('[data-testid="grid"][data-sheet="Jili汇总"]').waitFor();
  const summary = await page.locator('[data-testid="grid"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
  const head = summary[0];
  const kept = head.indexOf("实得(元)");
  expect(kept).toBeGreaterThan(0);
  expect(summary.slice(1, 4).map((r) => [r[0], r[kept]])).toEqual([
    ["王", "1,600.00"],
    ["李", "1,600.00"],
    ["张", "0.00"],
  ]);
  expect(s.errors).toEqual([]);
});
