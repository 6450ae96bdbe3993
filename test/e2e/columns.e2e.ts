/**
 * Issue 17 in a real browser: a sheet kept with the words of the scheme document (卡类型, 月租) but no
 * 是否补贴未到期中途取消后重办 column. The pane names the field a rule needs, keeps Validate and Fill disabled until
 * the clerk confirms one value for the whole sheet, then pays by hand: 副卡 and 月租 0 rows excluded, one household
 * at 20 yuan.
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

test("a needed column: named, confirmed for the whole sheet, then 20.00 paid", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jili-e2e-columns-"));
  const file = path.join(dir, "orders.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("订单");
  ws.addRow(["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", "卡类型", "月租"]);
  ws.addRow(["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "副卡", 50]);
  ws.addRow(["王丽", "营业员", "2016-01-06", "到期目标客户", "是", "主卡", 0]);
  ws.addRow(["王丽", "营业员", "2016-01-07", "到期目标客户", "是", "主卡", 58]);
  await wb.xlsx.writeFile(file);
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByTestId("upload").setInputFiles(file);
  await page.waitForURL(/book=upload/);
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
  await button("读取当前工作表").click();
  const needed = page.getByText("是否补贴未到期中途取消后重办（规则 REAPPLY_AFTER_CANCEL 用到）");
  await needed.waitFor();
  expect(await button("校验").isDisabled()).toBe(true);
  await shootPane(page, "taskpane-zh-CN-columns.png");
  await page.getByRole("combobox", { name: /为整张表确认/ }).selectOption("否");
  await page.getByText("是否补贴未到期中途取消后重办＝否", { exact: true }).waitFor();
  expect(await button("校验").isEnabled()).toBe(true);
  await page.getByText("列的使用情况").click();
  await page.getByText("由其他列推出：是否副卡 ← 卡类型（F）").waitFor();
  await button("校验").click();
  await page.getByTestId("counts").waitFor();
  expect(await page.getByTestId("counts").innerText()).toBe("共 3 行：计奖 1，排除 2，无效 0，待定 0");
  fs.rmSync(dir, { recursive: true, force: true });
  expect(s.errors).toEqual([]);
});
