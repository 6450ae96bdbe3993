/**
 * Every issue row reachable (issue 19 item 6) in Chromium, on examples/mobile-retention.xlsx: 64 orders, 5 excluded
 * (3 secondary cards, 1 without monthly fee, 1 not an active 4G user); 王丽's secondary card is row 40.
 * Each excluded row is a button that selects its row; "筛选到这些行" hides the other 61 data rows of the secondary cards'
 * filter (64 − 3), "取消筛选" shows them again; "导出问题清单" writes the 5 issues to Jili's own sheet.
 */
import type { Page } from "playwright-core";
import { type Session, shootPane, usePreviewSession } from "./browser";

const DATA_SHEET = "购机送费明细";
let s: Session;
let page: Page;

const cell = (address: string) => page.locator(`[data-testid="grid"] td[data-address="${address}"]`);
const tab = (name: string) => page.locator(`.wb-tab[data-sheet="${name}"]`);
const button = (name: string) => page.getByRole("button", { name, exact: true });
const hiddenRows = () => page.locator('[data-testid="grid"] tbody tr.hidden-row').count();

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

test("an excluded row selects its row; filter to the listed rows and clear it; export the issues; nothing cut at 350 px", async () => {
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByRole("heading", { name: "Jili 激励计算" }).waitFor();
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
  await button("校验").click();
  await page.getByTestId("counts").waitFor();
  expect(await page.getByTestId("counts").innerText()).toBe("共 64 行：计奖 59，排除 5，无效 0，待定 0");

  // an excluded row names no column: a button that selects the whole row
  const group = page.getByTestId("issue-SECONDARY_CARD");
  await group.getByRole("button", { name: "选中 第 40 行" }).click();
  await page.locator('td[data-address="A40"].selected').waitFor();
  expect(await cell("A40").getAttribute("aria-selected")).toBe("true");
  // the keyboard: the next row of the list is reached with ↓
  await group.getByRole("button", { name: "选中 第 40 行" }).focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowDown");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^选中 第 \d+ 行$/);

  // filter to the three secondary cards: the other 61 data rows are hidden, no cell changes
  expect(await hiddenRows()).toBe(0);
  const before = await page.locator('[data-testid="grid"] td[data-address]').allInnerTexts();
  await page.getByRole("button", { name: /^筛选到这些行：排除 · 副卡/ }).click();
  await page.getByTestId("filter-state").waitFor();
  expect(await page.getByTestId("issues-done").innerText()).toBe(`已筛选「${DATA_SHEET}」：显示 3 行，隐藏 61 行（未改动任何单元格）。`);
  expect(await hiddenRows()).toBe(61);
  expect((await page.locator('[data-testid="grid"] tbody tr:nth-child(40)').getAttribute("class")) ?? "").not.toContain("hidden-row");
  expect(await page.locator('[data-testid="grid"] td[data-address]').allInnerTexts()).toEqual(before);

  // the pane at its real width: nothing in the issue list runs past its edge
  const frame = (await page.locator("#pane-frame").boundingBox())!;
  expect(frame.width).toBe(350);
  const overflow = await page.getByRole("region", { name: "校验结果" }).evaluate((el) => [...el.querySelectorAll("*")].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible").length + (el.scrollWidth > el.clientWidth + 1 ? 1 : 0));
  expect(overflow).toBe(0);
  await shootPane(page, "taskpane-zh-CN-issues.png");

  await button("取消筛选").click();
  await page.getByText("已取消筛选：61 行重新显示。").waitFor();
  expect(await hiddenRows()).toBe(0);

  // export: a header and one line per issue (5), on Jili's own sheet; the data sheet stays active
  await button("导出问题清单").click();
  await tab("Jili·问题清单").waitFor();
  expect(await page.getByTestId("issues-done").innerText()).toBe("已把 5 条问题写入工作表「Jili·问题清单」。");
  expect(await tab(DATA_SHEET).getAttribute("aria-selected")).toBe("true");
  await tab("Jili·问题清单").click();
  await page.locator('[data-testid="grid"][data-sheet="Jili·问题清单"]').waitFor();
  expect((await page.locator('[data-testid="grid"] tbody tr:nth-child(1) td').allInnerTexts()).slice(0, 6)).toEqual(["工作表", "行", "列", "状态", "代码", "原因"]);
  expect(await cell("A6").innerText()).toBe(DATA_SHEET);
  expect(await cell("A7").innerText()).toBe("");
  // the largest group first: the three secondary cards, in sheet order, 王丽's row 40 among them; no column named
  expect([await cell("C2").innerText(), await cell("D2").innerText(), await cell("E2").innerText()]).toEqual(["", "排除", "SECONDARY_CARD"]);
  expect(await cell("E4").innerText()).toBe("SECONDARY_CARD");
  expect([await cell("B2").innerText(), await cell("B3").innerText(), await cell("B4").innerText()]).toContain("40");

  expect(s.errors).toEqual([]);
  expect(s.external).toEqual([]);
});
