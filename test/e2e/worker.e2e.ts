/**
 * The pane's engine in a Web Worker (issue 19 item 8), in Chromium on the preview: Fill of the sample workbook
 * gives the same total with the worker as without it (the fallback on the pane's thread), the total the pane gave
 * before the worker (README: 1,380.00 yuan for examples/mobile-retention.xlsx), and only the worker run has the
 * engine worker running.
 */
import type { Page } from "playwright-core";
import { type Session, usePreviewSession } from "./browser";

let s: Session;

usePreviewSession((x) => {
  s = x;
});

async function fillSample(page: Page): Promise<string> {
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByRole("heading", { name: "Jili 激励计算" }).waitFor();
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");
  await page.getByRole("button", { name: "计算并填写", exact: true }).click();
  return page.getByTestId("total").innerText();
}

describe("the engine worker on the preview", () => {
  test("Fill with the worker: the total of before, computed in the engine worker", async () => {
    expect(await fillSample(s.page)).toBe("1,380.00");
    expect(s.page.workers().map((w) => w.url()).some((u) => /jili-engine/.test(u))).toBe(true);
    // the issue list came from the worker with the result: the counts by hand (pane.e2e.ts)
    expect(await s.page.getByTestId("counts").innerText()).toBe("共 64 行：计奖 59，排除 5，无效 0，待定 0");
  });

  test("without Worker (the fallback on the pane's thread): the same total, and no worker", async () => {
    const page = await s.context.newPage();
    await page.addInitScript(() => {
      delete (window as unknown as { Worker?: unknown }).Worker;
    });
    expect(await fillSample(page)).toBe("1,380.00");
    expect(await page.getByTestId("counts").innerText()).toBe("共 64 行：计奖 59，排除 5，无效 0，待定 0");
    expect(page.workers()).toHaveLength(0);
    await page.close();
  });

  test("no page errors", () => {
    expect(s.errors).toEqual([]);
  });
});
