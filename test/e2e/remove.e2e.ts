/**
 * "清除 Jili 结果 / Remove Jili output" in Chromium: fill the sample, remove the output, and the grid is as loaded —
 * every cell's text and look, and the sheet tabs.
 */
import type { Page } from "playwright-core";
import { type Session, usePreviewSession } from "./browser";

let s: Session;
let page: Page;

const button = (name: string) => page.getByRole("button", { name, exact: true });

/** every cell of the data sheet's grid with its text and style, and the sheet tabs in order */
async function gridState() {
  const cells = await page.locator('[data-testid="grid"] td[data-address]').evaluateAll((tds) => tds.map((td) => `${td.getAttribute("data-address")}|${td.textContent}|${td.getAttribute("style") ?? ""}`));
  const tabs = await page.locator(".wb-tab").allInnerTexts();
  return { cells, tabs };
}

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

test("fill the sample, remove Jili output: the grid is as loaded", async () => {
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByRole("heading", { name: "Jili 激励计算" }).waitFor();
  const loaded = await gridState();
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
  await button("校验").click();
  await page.getByText(/共 64 行/).first().waitFor();
  await button("计算并填写").click();
  await page.locator('.wb-tab[data-sheet="Jili汇总"]').waitFor();
  expect((await gridState()).cells).not.toEqual(loaded.cells);

  await button("清除 Jili 结果").click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain("工作表「Jili汇总」");
  await dialog.getByRole("button", { name: "清除", exact: true }).click();
  await page.getByTestId("remove-done").waitFor();
  expect(await page.getByTestId("remove-done").innerText()).toContain("已清除");
  expect(await page.getByTestId("remove-live").innerText()).toContain("已清除");
  expect(await gridState()).toEqual(loaded);

  // a second removal finds nothing and changes nothing
  await button("清除 Jili 结果").click();
  await page.getByText("没有需要清除的 Jili 结果。").first().waitFor();
  expect(await gridState()).toEqual(loaded);
});
