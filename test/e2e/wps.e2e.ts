/**
 * The pane on the simulated WPS 表格 host (npm run preview -- --host wps) in Chromium, zh-CN: validate, fill, statements,
 * a rules change, as a clerk clicks them. Worked by hand from examples/mobile-retention.xlsx: 64 rows, 59 counted and 5
 * excluded; 王丽 (营业员) has 8 counted households in 2016-01, the first 5 at 20 yuan and the rest at 40:
 * 5 × 20 + 3 × 40 = 220.00; with the rate beyond the fifth household changed to 50 in the rules sheet,
 * 5 × 20 + 3 × 50 = 250.00. "Remove output" is not in the pane yet, so it is not tested here.
 */
import type { Page } from "playwright-core";
import { type Session, shootPage, usePreviewSession } from "./browser";

const DATA_SHEET = "购机送费明细";
let s: Session;
let page: Page;

const cell = (address: string) => page.locator(`[data-testid="grid"] td[data-address="${address}"]`);
const tab = (name: string) => page.locator(`.wb-tab[data-sheet="${name}"]`);
const button = (name: string) => page.getByRole("button", { name, exact: true });

/** the 1-based rows whose column `col` reads `text` */
async function rowsWith(text: string, col = "A"): Promise<number[]> {
  const cells = await page.locator(`[data-testid="grid"] tbody td[data-address^="${col}"]`).evaluateAll((els, c) => els.filter((e) => /^[A-Z]+/.exec(e.getAttribute("data-address") ?? "")?.[0] === c).map((e) => e.textContent ?? ""), col);
  return cells.flatMap((t, i) => (t === text ? [i + 1] : []));
}

/** 王丽's 2016-01 line of the summary sheet */
async function wangLiSummary(): Promise<string[]> {
  await tab("Jili汇总").click();
  await page.locator('[data-testid="grid"][data-sheet="Jili汇总"]').waitFor();
  const [r] = await rowsWith("王丽");
  return page.locator(`[data-testid="grid"] tbody tr:nth-child(${r}) td`).allInnerTexts();
}

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

test("WPS 表格: validate, fill (王丽 220.00), statements, a rules change (王丽 250.00)", async () => {
  await page.goto(`${s.server.url}preview.html?host=wps&book=mobile-retention.xlsx`);
  await page.getByRole("heading", { name: "Jili 激励计算" }).waitFor();
  expect(await page.locator(".wb-note").innerText()).toContain("WPS 表格");
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");

  // validate: 64 rows, 5 excluded (3 secondary cards, 1 without monthly fee, 1 not an active 4G user)
  await button("校验").click();
  await page.getByTestId("counts").waitFor();
  expect(await page.getByTestId("counts").innerText()).toBe("共 64 行：计奖 59，排除 5，无效 0，待定 0");
  expect(await page.getByTestId("issue-SECONDARY_CARD").innerText()).toContain("第 40 行");
  // Jili's settings sheet is very hidden: no tab for it
  expect(await page.locator(".wb-tab").allInnerTexts()).toEqual([DATA_SHEET]);

  // fill: 王丽's nine rows 20, 20, 20, 20, 20, 40, 40, 40 and 0 (row 40 is a secondary card)
  await button("计算并填写").click();
  await page.getByTestId("total").waitFor();
  await page.locator('[data-testid="grid"][data-sheet="' + DATA_SHEET + '"]').waitFor();
  const rows = await rowsWith("王丽");
  expect(rows).toEqual([2, 5, 7, 12, 16, 22, 26, 35, 40]);
  const bonus: string[] = [];
  for (const r of rows) bonus.push(await cell(`L${r}`).innerText());
  expect(bonus).toEqual(["20.00", "20.00", "20.00", "20.00", "20.00", "40.00", "40.00", "40.00", "0.00"]);
  const line = await wangLiSummary();
  expect(line.slice(0, 3)).toEqual(["王丽", "2016-01", "8"]);
  expect(line[5]).toBe("220.00");
  await shootPage(page, "wps-zh-CN-fill.png");

  // statements: Jili's statements sheet, with 王丽's statement and her 220.00
  await tab(DATA_SHEET).click();
  await button("个人明细").click();
  await page.getByTestId("statements-done").waitFor();
  expect(await page.getByTestId("statements-done").innerText()).toContain("与汇总表一致");
  const statementsTab = page.locator(".wb-tab", { hasText: "个人明细" });
  expect(await statementsTab.count()).toBe(1);
  await statementsTab.click();
  const texts = await page.locator('[data-testid="grid"] tbody td').allInnerTexts();
  expect(texts.some((t) => t.includes("王丽"))).toBe(true);
  expect(texts).toContain("220.00");

  // rules: edit, change the 营业员 rate beyond the fifth household from 40 to 50, use the sheet, fill again
  await button("编辑规则").click();
  await page.getByTestId("rules-written").waitFor();
  await page.locator('[data-testid="grid"][data-sheet="规则"]').waitFor();
  // the clerk's layout: the tier row 营业员 | 6 | (blank) | 40
  const sales = await rowsWith("营业员", "A");
  const rateRow = sales.find((r) => sales.includes(r - 1));
  expect(rateRow).toBeDefined();
  expect(await cell(`B${rateRow}`).innerText()).toBe("6");
  expect(await cell(`D${rateRow}`).innerText()).toBe("40");
  await page.evaluate(
    ({ row }) => {
      const { book } = (window as unknown as { jiliPreview: { book: { sheet(n: string): { cells: Map<string, unknown> }; changed(): void } } }).jiliPreview;
      book.sheet("规则").cells.set(`3:${row}`, 50);
      book.changed();
    },
    { row: rateRow },
  );
  await button("使用规则表").click();
  await page.getByTestId("rules-applied").waitFor();
  await tab(DATA_SHEET).click();
  await page.locator('[data-testid="grid"][data-sheet="' + DATA_SHEET + '"]').waitFor();
  await button("计算并填写").click();
  await page.getByTestId("total").waitFor();
  await page.waitForFunction(() => {
    const { book } = (window as unknown as { jiliPreview: { book: { sheet(n: string): { cells: Map<string, unknown> } | undefined } } }).jiliPreview;
    return [...(book.sheet("Jili汇总")?.cells.values() ?? [])].includes(250);
  });
  const after = await wangLiSummary();
  expect(after.slice(0, 3)).toEqual(["王丽", "2016-01", "8"]);
  expect(after[5]).toBe("250.00");

  expect(s.errors).toEqual([]);
  expect(s.external).toEqual([]);
});
