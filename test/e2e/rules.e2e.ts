/**
 * The rules sheet and what-if in a real browser (the preview page in Chromium). A clerk edits the rules via the pane:
 * Edit rules → the 规则 sheet appears, laid out as labelled tables; the 营业员 rate from the 6th household goes from 40
 * to 50 in its cell; Use
 * rules sheet; Fill. Worked by hand from examples/mobile-retention.xlsx: 王丽 (营业员) has 8 counted households in
 * 2016-01, 5 × 20 + 3 × 50 = 250 yuan (220 before). Then the what-if panel is drawn at the pane's 350 px width.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { SCREENSHOTS, type Session, usePreviewSession, gridRowsWith, summaryLine } from "./browser";

const DATA_SHEET = "购机送费明细";
let s: Session;
let page: Page;

const cell = (address: string) => page.locator(`[data-testid="grid"] td[data-address="${address}"]`);
const tab = (name: string) => page.locator(`.wb-tab[data-sheet="${name}"]`);
const button = (name: string) => page.getByRole("button", { name, exact: true });

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

test("a clerk changes a tier rate in the rules sheet via the pane; the fill pays 王丽 250; the what-if panel", async () => {
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");

  // Edit rules: Jili's rules sheet appears in the grid and is the active sheet
  await button("编辑规则").click();
  await page.getByTestId("rules-written").waitFor();
  await tab("规则").waitFor();
  expect(await tab("规则").getAttribute("aria-selected")).toBe("true");
  await page.locator('[data-testid="grid"][data-sheet="规则"]').waitFor();
  // the clerk's layout: a title, no marker column; the tier table 岗位 | 户数从 | 户数到 | 每户奖励（元）
  expect(await cell("A1").innerText()).toBe("规则 · 移动老客户维系考核");
  const header = (await gridRowsWith(page, "户数从", "B"))[0];
  expect(await cell(`A${header}`).innerText()).toBe("岗位");
  expect(await cell(`D${header}`).innerText()).toBe("每户奖励（元）");
  // the 营业员 tier from the 6th household: 营业员 | 6 | (blank) | 40
  const rateRow = (await gridRowsWith(page, "营业员", "A")).find((r) => r > header && r === header + 2);
  expect(rateRow).toBeDefined();
  expect(await cell(`B${rateRow}`).innerText()).toBe("6");
  expect(await cell(`D${rateRow}`).innerText()).toBe("40");
  // the preview has no cell editor: the clerk's typing is a change of the simulated workbook
  await page.evaluate(
    ({ row }) => {
      const { book } = (window as unknown as { jiliPreview: { book: { sheet(n: string): { cells: Map<string, unknown> }; changed(): void } } }).jiliPreview;
      book.sheet("规则").cells.set(`3:${row}`, 50);
      book.changed();
    },
    { row: rateRow },
  );
  await page.locator(`[data-testid="grid"] td[data-address="D${rateRow}"]`, { hasText: "50" }).waitFor();
  // the sheet as the clerk sees it (docs/rules-sheet.md)
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator('[data-testid="grid"]').screenshot({ path: path.join(SCREENSHOTS, "rules-sheet-zh.png"), animations: "disabled", caret: "hide" });

  // Use rules sheet: the edited scheme becomes the active one
  await button("使用规则表").click();
  await page.getByTestId("rules-applied").waitFor();
  expect(await page.getByTestId("rules-applied").innerText()).toContain("已采用「规则」中的方案");
  // one source of truth: the pane names it, and the picker does not call it a file
  expect(await page.getByTestId("scheme-source").innerText()).toBe("使用中的规则：规则表「规则」");
  expect(await page.getByRole("combobox", { name: "方案", exact: true }).evaluate((e) => (e as HTMLSelectElement).selectedOptions[0].text)).toBe("规则表「规则」：移动老客户维系考核");

  // Fill reads the active sheet: back to the data
  await tab(DATA_SHEET).click();
  await page.locator(`[data-testid="grid"][data-sheet="${DATA_SHEET}"]`).waitFor();
  await button("计算并填写").click();
  await page.getByTestId("total").waitFor();
  const line = await summaryLine(page, "王丽");
  expect(line[1]).toBe("2016-01");
  expect(line[2]).toBe("8");
  expect(line[5]).toBe("250.00");

  // what-if on the edited scheme: the same rate 50 → 60 gives 王丽 5 × 20 + 3 × 60 = 280 (Δ +30)
  await tab(DATA_SHEET).click();
  const panel = page.getByRole("region", { name: "假设分析" });
  const combo = panel.getByRole("combobox", { name: "要修改的数值" });
  const option = await combo.locator("option").evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? "" })).find((o) => o.text.includes("营业员") && o.text.endsWith("= 50")));
  expect(option).toBeDefined();
  await combo.selectOption(option!.value);
  await panel.getByRole("textbox", { name: "新数值" }).fill("60");
  await panel.getByRole("button", { name: "比较", exact: true }).click();
  await page.getByTestId("whatif-table").waitFor();
  const wangLi = page.getByTestId("whatif-row").filter({ hasText: "王丽 · 2016-01" });
  expect(await wangLi.locator("td").allInnerTexts()).toEqual(["王丽 · 2016-01", "250.00", "280.00", "+30.00"]);

  // the what-if panel as the clerk sees it, at the task pane's width
  await page.evaluate(() => document.body.classList.add("capture"));
  const frame = (await page.locator("#pane-frame").boundingBox())!;
  const box = (await panel.boundingBox())!;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, "whatif-zh.png"), fullPage: true, animations: "disabled", caret: "hide", clip: { x: frame.x, y: box.y - 12, width: frame.width, height: box.height + 24 } });
  await page.evaluate(() => document.body.classList.remove("capture"));
  expect(frame.width).toBe(350);

  // 采用: the value applied is the rules in force; the rules sheet still holding 50 is said to be out of date, and
  // 重写规则表 writes 60 into it, so the sheet is the source again
  await panel.getByRole("button", { name: "采用", exact: true }).click();
  await page.getByTestId("rules-out-of-date").waitFor();
  expect(await page.getByTestId("scheme-source").innerText()).toMatch(/^使用中的规则：假设分析采用的值（.*营业员.*＝60）$/);
  await button("重写规则表").click();
  await page.locator(`[data-testid="grid"][data-sheet="规则"] td[data-address="D${rateRow}"]`, { hasText: "60" }).waitFor();
  expect(await page.getByTestId("rules-out-of-date").count()).toBe(0);
  expect(await page.getByTestId("scheme-source").innerText()).toBe("使用中的规则：规则表「规则」");

  // one scheme in the workbook: the rules sheet's structure and the run saved in the settings sheet both hold 60
  // (the sheets read as the preview holds them: a key "column:row" per cell)
  const sheetCells = (name: string) =>
    page.evaluate((n) => {
      const { book } = (window as unknown as { jiliPreview: { book: { sheet(x: string): { cells: Map<string, unknown> } | undefined } } }).jiliPreview;
      return [...(book.sheet(n)?.cells ?? new Map<string, unknown>())].map(([k, v]) => [k, v] as [string, unknown]);
    }, name);
  /** the JSON of a row whose first cell is `key` (pieces from column B on, in column order) */
  const jsonAt = (cells: [string, unknown][], key: string) => {
    const row = cells.find(([k, v]) => k.startsWith("0:") && v === key)?.[0].split(":")[1];
    const pieces = cells.filter(([k]) => k.endsWith(`:${row}`) && !k.startsWith("0:")).sort((a, b) => Number(a[0].split(":")[0]) - Number(b[0].split(":")[0]));
    return JSON.parse(pieces.map(([, v]) => String(v)).join(""));
  };
  const beyondFifth = (scheme: { parts: { steps: { name: string; tiersBy?: { tables: Record<string, { rate: number }[]> } }[] }[] }) => scheme.parts[0].steps.find((x) => x.name === "bonus")!.tiersBy!.tables["营业员"][1].rate;
  expect(beyondFifth(jsonAt(await sheetCells("Jili·规则结构"), "scheme"))).toBe(60);
  await tab(DATA_SHEET).click();
  await page.locator(`[data-testid="grid"][data-sheet="${DATA_SHEET}"]`).waitFor();
  await button("计算并填写").click();
  await page.getByTestId("total").waitFor();
  const run = jsonAt(await sheetCells("Jili·settings"), "jili.run") as { scheme: { document: Parameters<typeof beyondFifth>[0] } };
  expect(beyondFifth(run.scheme.document)).toBe(60);

  expect(s.errors).toEqual([]);
  expect(s.external).toEqual([]);
});
