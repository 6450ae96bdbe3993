/**
 * Issue 19 item 1 in a real browser: results that no longer match the rules are said, with one button to compute them
 * again. 王丽 (营业员) has three households, 2016-01-05, -06 and -07: 3 × 20 = 60 yuan. With the scheme's start date
 * set to 2016-01-06 the household of the 5th is before it (M7): 2 × 20 = 40 yuan.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { type Session, shootPane, usePreviewSession } from "./browser";

let s: Session;
let page: Page;
const button = (name: string) => page.getByRole("button", { name, exact: true });

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

test("a parameter changed after the fill: one warning names the rules, Refresh all computes 40.00, and the summary sheet says what it was computed from", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jili-e2e-stale-"));
  const file = path.join(dir, "orders.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("订单");
  ws.addRow(["揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"]);
  for (const day of ["2016-01-05", "2016-01-06", "2016-01-07"]) ws.addRow(["王丽", "营业员", day, "到期目标客户", "否", "否", "是", "否"]);
  await wb.xlsx.writeFile(file);
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByTestId("upload").setInputFiles(file);
  await page.waitForURL(/book=upload/);
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
  await button("计算并填写").click();
  await page.getByTestId("total").waitFor();
  expect((await page.getByTestId("total").innerText()).replace(/\s/g, "")).toBe("60.00");
  expect(await page.getByTestId("stale").count()).toBe(0);

  await page.getByLabel("方案执行起始日").fill("2016-01-06");
  const bar = page.getByTestId("stale");
  await bar.waitFor();
  expect(await bar.getByTestId("stale-title").innerText()).toBe("数据或规则已改变，结果需重新计算");
  expect(await bar.getByTestId("stale-what").innerText()).toBe("已改变：规则（方案或参数）");
  expect(await bar.getByTestId("stale-outputs").innerText()).toMatch(/^需重新计算：Jili 的列和汇总表（\d{4}-\d\d-\d\d \d\d:\d\d 计算）$/);
  expect(await bar.getByRole("button").allInnerTexts()).toEqual(["全部重新计算"]);
  await shootPane(page, "taskpane-zh-CN-stale.png");

  await bar.getByRole("button", { name: "全部重新计算" }).click();
  await bar.waitFor({ state: "detached" });
  expect((await page.getByTestId("total").innerText()).replace(/\s/g, "")).toBe("40.00");
  await page.locator('.wb-tab[data-sheet="Jili汇总"]').click();
  await page.locator('[data-testid="grid"][data-sheet="Jili汇总"]').waitFor();
  const stamp = page.locator('[data-testid="grid"] td', { hasText: /^计算依据：/ });
  expect(await stamp.innerText()).toMatch(/数据：工作表「订单」3 行 #[0-9a-f]{8}；计算时间 \d{4}-\d\d-\d\d \d\d:\d\d$/);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(s.errors).toEqual([]);
});
