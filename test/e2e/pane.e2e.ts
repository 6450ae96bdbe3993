/**
 * The task pane in a real browser: the preview page (the built pane beside the simulated workbook) in Chromium,
 * clicked as a person would. Expected values are worked out by hand from examples/mobile-retention.xlsx:
 * 64 orders, 59 counted, 5 excluded (3 secondary cards, 1 without monthly fee, 1 not an active 4G user);
 * 王丽 (营业员) has 9 orders in 2016-01, one a secondary card (row 40), so 8 households: 5 × 20 + 3 × 40 = 220 yuan.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { type Session, shootPage, shootPane, usePreviewSession, gridRowsWith } from "./browser";

const DATA_SHEET = "购机送费明细";
let s: Session;
let page: Page;

const cell = (address: string) => page.locator(`[data-testid="grid"] td[data-address="${address}"]`);
const tab = (name: string) => page.locator(`.wb-tab[data-sheet="${name}"]`);
const button = (name: string) => page.getByRole("button", { name, exact: true });

/** the grid's row `row` as text, from column A */
async function rowText(row: number): Promise<string[]> {
  return page.locator(`[data-testid="grid"] tbody tr:nth-child(${row}) td`).allInnerTexts();
}

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

describe("the task pane in the preview (mobile-retention.xlsx)", () => {
  test("opens beside the sample workbook, with no office.js and no network", async () => {
    await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
    await page.getByRole("heading", { name: "Jili 激励计算" }).waitFor();
    expect(await tab(DATA_SHEET).getAttribute("aria-selected")).toBe("true");
    expect(await cell("A1").innerText()).toBe("揽装人");
    expect(await cell("A2").innerText()).toBe("王丽");
    expect(await page.locator('[data-testid="sample"] option').allInnerTexts()).toContain("mobile-retention.xlsx");
    // the header fill from the file is drawn
    expect(await cell("A1").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(221, 235, 247)");
    // Validate and Fill wait for a scheme
    expect(await button("校验").isDisabled()).toBe(true);
  });

  test("choose a scheme: the preset enables Validate and Fill", async () => {
    await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
    await expect(button("校验").isEnabled()).resolves.toBe(true);
    expect(await button("计算并填写").isEnabled()).toBe(true);
  });

  test("Validate: the data is found and the issues are listed with their counts", async () => {
    await button("校验").click();
    await page.getByTestId("counts").waitFor();
    expect(await page.getByTestId("counts").innerText()).toBe("共 64 行：计奖 59，排除 5，无效 0，待定 0");
    expect(await page.getByTestId("data-found").innerText()).toBe(`「${DATA_SHEET}」表头在第 1 行，数据 64 行`);
    await page.getByText("所有行均有效。").waitFor();
    const groups = await page.locator('li[data-testid^="issue-"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")));
    expect(groups.sort()).toEqual(["issue-NOT_ACTIVE_4G", "issue-NO_MONTHLY_FEE", "issue-SECONDARY_CARD"]);
    // each group's badge holds its count
    expect(await page.getByTestId("issue-SECONDARY_CARD").getByText("3", { exact: true }).count()).toBe(1);
    expect(await page.getByTestId("issue-NO_MONTHLY_FEE").getByText("1", { exact: true }).count()).toBe(1);
    expect(await page.getByTestId("issue-NOT_ACTIVE_4G").getByText("1", { exact: true }).count()).toBe(1);
    // nothing invalid, so nothing coloured
    expect(await page.locator('[data-testid="grid"] td[style*="255, 199, 206"]').count()).toBe(0);
    await shootPane(page, "taskpane-zh-CN-validate.png");
  });

  test("excluded rows are listed by row: 王丽's secondary card is row 40", async () => {
    // exclusions name no column: each row is a button that selects the whole row (issues.e2e.ts clicks one)
    expect(await page.getByTestId("issue-SECONDARY_CARD").innerText()).toContain("第 40 行");
    expect(await page.getByTestId("issue-SECONDARY_CARD").getByRole("button", { name: "选中 第 40 行" }).count()).toBe(1);
    // a click in the grid selects like Excel does
    await cell("F40").click();
    expect(await page.getByTestId("status").innerText()).toBe(`${DATA_SHEET}!F40 = 是`);
  });

  test("Fill: reward cells, explanations and the summary sheet hold the hand-computed values", async () => {
    await button("计算并填写").click();
    await page.getByTestId("total").waitFor();
    // people, not person-months (17): all ten recruiters of the sheet have at least one eligible household
    // (王丽 8, 李强 3, 吴芳 1 …; each of the 5 excluded rows belongs to someone with other eligible rows)
    expect(await page.getByTestId("paid").innerText()).toBe("10");
    expect(await page.getByText("获奖人数", { exact: true }).count()).toBe(1);
    expect((await page.getByTestId("total").innerText()).replace(/\s/g, "")).toBe("1,380.00");
    await page.getByTestId("excluded-by-reason").waitFor();
    expect(await page.getByTestId("excluded-by-reason").innerText()).toContain("SECONDARY_CARD");

    // Jili's columns right of the data (J..N)
    const header = await rowText(1);
    expect(header.slice(9, 14)).toEqual(["Jili·移动效能", "Jili·计入超量奖效能", "Jili·揽装奖励(元)", "Jili·状态", "Jili·计算说明"]);
    // the header cells took the format of the last user header (its fill)
    expect(await cell("L1").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(221, 235, 247)");
    const wangLi = await gridRowsWith(page, "王丽");
    expect(wangLi).toEqual([2, 5, 7, 12, 16, 22, 26, 35, 40]);
    const bonus: number[] = [];
    for (const r of wangLi) bonus.push(Number(await cell(`L${r}`).innerText()));
    expect(bonus).toEqual([20, 20, 20, 20, 20, 40, 40, 40, 0]);
    expect(bonus.reduce((a, b) => a + b, 0)).toBe(220);
    expect(await cell("L2").innerText()).toBe("20.00"); // money as #,##0.00
    expect(await cell("M2").innerText()).toBe("正常");
    expect(await cell("N2").innerText()).toBe("移动效能: 客户类型=到期目标客户 → 1个；计入超量奖效能: 折算效能不计入移动超量奖；揽装奖励(元): 第1户（5户内）：20元");
    expect(await cell("N22").innerText()).toContain("第6户（超出5户）：40元");
    expect(await cell("M40").innerText()).toBe("排除: 副卡不纳入奖励（M1）");
    expect(await cell("N40").innerText()).toBe("SECONDARY_CARD: 副卡不纳入奖励（M1）");

    // the summary sheet: 王丽, 2016-01, 8 households, 220 yuan; a bold frozen header and the chart
    await tab("Jili汇总").click();
    await page.locator('[data-testid="grid"][data-sheet="Jili汇总"]').waitFor();
    const head = await rowText(1);
    expect(head.slice(0, 6)).toEqual(["揽装人", "月份", "计奖户数", "月度移动效能", "计入超量奖效能", "揽装奖励合计(元)"]);
    const [r] = await gridRowsWith(page, "王丽");
    const line = await rowText(r);
    expect(line[1]).toBe("2016-01");
    expect(line[2]).toBe("8");
    expect(line[5]).toBe("220.00");
    expect(await cell("A1").evaluate((e) => getComputedStyle(e).fontWeight)).toBe("600");
    await page.getByTestId("chart").waitFor();
    await shootPane(page, "taskpane-zh-CN-fill.png");
    await shootPage(page, "preview-zh-CN.png");
  });

  test("switch the language: the pane, and a new fill, turn English", async () => {
    await page.getByRole("button", { name: "切换到英文界面" }).click();
    await page.getByRole("heading", { name: "Jili incentives" }).waitFor();
    await tab(DATA_SHEET).click();
    await button("Validate").click();
    await page.getByTestId("counts").waitFor();
    expect(await page.getByTestId("counts").innerText()).toBe("64 rows: 59 counted, 5 excluded, 0 invalid, 0 pending");
    await page.getByText("Every row is valid.").waitFor();
    await shootPane(page, "taskpane-en-US-validate.png");

    await button("Calculate and fill").click();
    await page.getByTestId("total").waitFor();
    expect((await page.getByTestId("total").innerText()).replace(/\s/g, "")).toBe("1,380.00");
    // Jili's columns are rewritten in place with English headers; Jili's own summary sheet is replaced
    const header = await rowText(1);
    expect(header.slice(9, 14).every((h) => h.startsWith("Jili·"))).toBe(true);
    expect(header[11]).toBe("Jili·Bonus (yuan)");
    expect(header.length).toBeLessThanOrEqual(15);
    expect(await tab("Jili汇总").count()).toBe(0);
    await tab("Jili Summary").click();
    const [r] = await gridRowsWith(page, "王丽");
    expect((await rowText(r))[5]).toBe("220.00");
    await shootPane(page, "taskpane-en-US-fill.png");
  });

  test("a sheet with a bad date: the cell is coloured and annotated (user's own .xlsx)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jili-e2e-book-"));
    const file = path.join(dir, "bad-date.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("明细");
    // every flag a rule reads is stated (issue 17: mobile-retention has no default for them)
    ws.addRow(["揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"]);
    ws.addRow(["王丽", "营业员", "2016-01-03", "到期目标客户", "否", "否", "是", "否"]);
    ws.addRow(["王丽", "营业员", "2016-13-45", "到期目标客户", "否", "否", "是", "否"]);
    await wb.xlsx.writeFile(file);
    await page.getByTestId("upload").setInputFiles(file);
    await page.waitForURL(/book=upload/);
    // a new page: the pane follows Office's language again
    await page.getByRole("combobox", { name: "方案", exact: true }).waitFor();
    expect(await cell("C3").innerText()).toBe("2016-13-45");
    await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
    await button("校验").click();
    await page.getByTestId("counts").waitFor();
    expect(await page.getByTestId("counts").innerText()).toBe("共 2 行：计奖 1，排除 0，无效 1，待定 0");
    await page.locator('td[data-address="C3"].note').waitFor();
    expect(await cell("C3").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(255, 199, 206)");
    expect(await cell("C3").getAttribute("title")).toMatch(/^Jili·/);
    expect(await cell("C2").evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgb(255, 199, 206)");
    // click the issue: its cell is selected in the grid
    await cell("A1").click();
    const group = page.getByTestId("issue-INVALID_DATE");
    await group.getByRole("button", { name: "选中 C3" }).click();
    await page.locator('td[data-address="C3"].selected').waitFor();
    expect(await cell("C3").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator('[data-testid="grid"] td.selected').count()).toBe(1);
    expect(await page.getByTestId("status").innerText()).toMatch(/^明细!C3 = 2016-13-45\nJili·/);
    await shootPane(page, "taskpane-zh-CN-invalid.png");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("no page errors, and nothing fetched outside the preview server", () => {
    expect(s.errors).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
