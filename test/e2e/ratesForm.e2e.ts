/**
 * The rates form (费率与档位) in a real browser (the preview page in Chromium). A clerk opens the form on
 * examples/mobile-retention.xlsx, changes the 营业员 rate beyond the fifth household from 40 to 50, applies it and
 * fills. Worked by hand from docs/presets/mobile-retention.md: 王丽 (营业员) has 8 counted households in 2016-01,
 * 5 × 20 + 3 × 50 = 250 yuan (220 before). The form is drawn at the pane's 350 px width.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { SCREENSHOTS, type Session, usePreviewSession, summaryLine } from "./browser";

const RATE_LABEL = "4. 揽装奖励合计(元) · 营业员 6– · 每户奖励（元）";
let s: Session;
let page: Page;

const button = (name: string) => page.getByRole("button", { name, exact: true });

/**
 * The form at the pane's width, from its top (`tail`: its last part, the tier table, the problems and the buttons), in
 * a window tall enough for all of it: Apply, which follows the clerk down a long form, is then at its end.
 */
async function shootForm(form: Locator, file: string, tail = false) {
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.evaluate(() => document.body.classList.add("capture"));
  const frame = (await page.locator("#pane-frame").boundingBox())!;
  const box = (await form.boundingBox())!;
  const top = tail ? (await form.getByRole("group", { name: "4. 揽装奖励合计(元)" }).boundingBox())!.y : box.y;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true, animations: "disabled", caret: "hide", clip: { x: frame.x, y: top - 12, width: frame.width, height: box.y + box.height - top + 24 } });
  await page.evaluate(() => document.body.classList.remove("capture"));
  await page.setViewportSize({ width: 1440, height: 900 });
  return frame;
}

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

test("a clerk changes the 营业员 rate beyond the fifth household in the rates form; the fill pays 王丽 250.00", async () => {
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByRole("combobox", { name: "方案", exact: true }).selectOption("preset:mobile-retention");

  const form = page.getByRole("region", { name: "费率与档位" });
  await form.getByRole("button", { name: "查看和修改费率与档位…" }).click();
  const rate = form.getByRole("textbox", { name: RATE_LABEL, exact: true });
  expect(await rate.inputValue()).toBe("40");
  // 四十 is not a number: refused, the cell named and marked, nothing applied
  await rate.fill("四十");
  await form.getByRole("button", { name: "应用", exact: true }).click();
  await page.getByTestId("rates-problems").waitFor();
  expect(await page.getByTestId("rates-problem").allInnerTexts()).toEqual(["4. 揽装奖励合计(元) · 第 2 行 · 每户奖励（元）：「每户奖励（元）」应填数字，「四十」不是数字"]);
  expect(await rate.getAttribute("aria-invalid")).toBe("true");
  expect(await page.getByTestId("scheme-source").innerText()).toBe("使用中的规则：预设方案「移动老客户维系考核」");
  await shootForm(form, "rates-form-problem-zh.png", true);

  await rate.fill("50");

  // the form as the clerk sees it, at the task pane's width, with the change typed and Apply in reach
  const frame = await shootForm(form, "rates-form-zh.png");
  expect(frame.width).toBe(350);
  // nothing of the form runs out of the pane: a wide table scrolls inside it
  const overflow = await form.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await form.getByRole("button", { name: "应用", exact: true }).click();
  await page.getByTestId("rates-applied").waitFor();
  expect(await page.getByTestId("scheme-source").innerText()).toBe(`使用中的规则：在「费率与档位」中修改的方案「移动老客户维系考核」（${RATE_LABEL} 40 → 50）`);
  expect(await rate.inputValue()).toBe("50");

  await button("计算并填写").click();
  await page.getByTestId("total").waitFor();
  const line = await summaryLine(page, "王丽");
  expect(line[1]).toBe("2016-01");
  expect(line[2]).toBe("8");
  expect(line[5]).toBe("250.00");

  expect(s.errors).toEqual([]);
  expect(s.external).toEqual([]);
});
