/**
 * Issue 19, item 10 in a real browser, at the task pane's 350 px, in both languages: nothing of the mapping and
 * parameter steps runs past its box (each visible element's scrollWidth within its clientWidth, and each dropdown's
 * closed text within the dropdown), the full text of a long header is on show under its dropdown, a parameter's
 * default is the input's value (marked as the default), not a placeholder, and the language switch redraws them.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { type Session, shootPane, usePreviewSession } from "./browser";

let s: Session;
let page: Page;
const button = (name: string) => page.getByRole("button", { name, exact: true });
const LONG_4G = "是否有效4G用户（截至当月月末，以计费系统口径为准，不含测试号码）";
const LONG_FEE = "月租（元/月，含税，按套餐目录价计，不含优惠及赠送部分）";

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

/** Every visible element of the region that is wider inside than its box, and every dropdown whose closed text is cut. */
async function cut(region: Locator): Promise<string[]> {
  return region.evaluate((root) => {
    const out: string[] = [];
    const canvas = document.createElement("canvas").getContext("2d")!;
    for (const e of [root, ...root.querySelectorAll("*")]) {
      if (!(e instanceof HTMLElement) || e.getClientRects().length === 0) continue;
      const cs = getComputedStyle(e);
      if (cs.visibility === "hidden" || e.clientWidth === 0) continue;
      if (e.scrollWidth > e.clientWidth + 1) out.push(`${e.tagName}.${e.className}: ${e.scrollWidth} > ${e.clientWidth} «${e.innerText.slice(0, 40)}»`);
      if (e instanceof HTMLSelectElement) {
        canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const text = e.selectedOptions[0]?.text ?? "";
        const room = e.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        if (canvas.measureText(text).width > room + 1) out.push(`select «${text}»: ${Math.ceil(canvas.measureText(text).width)} > ${room}`);
      }
    }
    const pane = document.querySelector("#pane-frame")!.getBoundingClientRect();
    if (root.getBoundingClientRect().right > pane.right + 1) out.push("the region runs past the pane");
    return out;
  });
}

test("mapping and parameters at 350 px, in Chinese then in English: nothing cut, defaults as values", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jili-e2e-layout-"));
  const file = path.join(dir, "orders.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("订单");
  ws.addRow(["揽装人", "岗位", "办理日期", "客户类型", LONG_4G, "是否副卡", LONG_FEE]);
  ws.addRow(["王丽", "营业员", "2016-01-05", "到期目标客户", "是", "否", 50]);
  ws.addRow(["王丽", "营业员", "2016-01-07", "到期目标客户", "是", "否", 58]);
  await wb.xlsx.writeFile(file);
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByTestId("upload").setInputFiles(file);
  await page.waitForURL(/book=upload/);
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
  await button("读取当前工作表").click();
  const mapping = page.getByRole("region", { name: "3. 列对应" });
  const params = page.getByRole("region", { name: "方案参数" });
  await mapping.getByTestId("mapping-field").first().waitFor();
  expect((await page.locator("#pane-frame").boundingBox())!.width).toBe(350);

  // a long header chosen by hand: the full text is under the dropdown, and is the dropdown's title
  const fee = mapping.getByTestId("mapping-field").filter({ has: page.getByRole("combobox", { name: "是否无月租用户", exact: true }) });
  await fee.getByRole("combobox").selectOption({ label: `G · ${LONG_FEE}` });
  await fee.getByTestId("mapping-choice").getByText(`G · ${LONG_FEE}`, { exact: true }).waitFor();
  expect(await fee.getByRole("combobox").getAttribute("title")).toBe(`G · ${LONG_FEE}`);
  expect(await fee.getByRole("combobox").evaluate((e) => (e as HTMLSelectElement).selectedOptions[0].text)).toBe("手选: G");
  // a column found by itself: the dropdown says where, the line under it says what
  const name = mapping.getByTestId("mapping-field").filter({ has: page.getByRole("combobox", { name: "揽装人", exact: true }) });
  expect(await name.getByRole("combobox").evaluate((e) => (e as HTMLSelectElement).selectedOptions[0].text)).toBe("自动: A");
  expect(await name.getByTestId("mapping-choice").innerText()).toBe("A · 揽装人");

  // the default of 生效日期 is the input's value, marked as the default; no placeholder
  const input = params.getByRole("textbox").first();
  expect(await input.inputValue()).toBe("2016-01-01");
  expect(await input.getAttribute("placeholder")).toBeNull();
  expect(await input.getAttribute("data-default")).toBe("true");
  await params.getByText("默认值", { exact: true }).waitFor();

  expect(await cut(mapping)).toEqual([]);
  expect(await cut(params)).toEqual([]);
  await shootPane(page, "taskpane-zh-CN-columns-350.png");

  // another value, then back to the default
  await input.fill("2016-02-01");
  await input.blur();
  expect(await input.getAttribute("data-default")).toBe("false");
  await params.getByText("方案的默认值为 2016-01-01", { exact: true }).waitFor();
  await params.getByRole("button", { name: "恢复默认值" }).click();
  expect(await input.inputValue()).toBe("2016-01-01");
  expect(await input.getAttribute("data-default")).toBe("true");

  // English: every text of both steps is redrawn, and still nothing is cut
  await page.getByRole("button", { name: "切换到英文界面" }).click();
  const mappingEn = page.getByRole("region", { name: "3. Columns" });
  const paramsEn = page.getByRole("region", { name: "Scheme parameters" });
  await paramsEn.waitFor();
  const inputEn = paramsEn.getByRole("textbox").first();
  expect(await inputEn.inputValue()).toBe("2016-01-01");
  expect(await inputEn.getAttribute("placeholder")).toBeNull();
  await paramsEn.getByText("default", { exact: true }).waitFor();
  // no Chinese left in the parameters, nor in the mapping step's own words (the sheet's headers stay as written)
  expect(await paramsEn.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
  const titles = await mappingEn.getByTestId("mapping-field").evaluateAll((els) => els.map((e) => (e.firstElementChild as HTMLElement).innerText));
  expect(titles.filter((x) => /[\u4e00-\u9fff]/.test(x))).toEqual([]);
  expect(await mappingEn.getByRole("combobox", { name: "Recruiter", exact: true }).evaluate((e) => (e as HTMLSelectElement).selectedOptions[0].text)).toBe("auto: A");
  expect(await cut(mappingEn)).toEqual([]);
  expect(await cut(paramsEn)).toEqual([]);
  await shootPane(page, "taskpane-en-US-columns-350.png");
  fs.rmSync(dir, { recursive: true, force: true });
  expect(s.errors).toEqual([]);
});
