/**
 * 新建方案 in a real browser (the preview page in Chromium): schemes made from a template's form alone, no JSON typed.
 *
 * (a) examples/mobile-retention.xlsx with the step-by-count form: the sheet's columns, 营业员 up to 5 households at 20
 * then 40, other roles up to 2 at 20 then 40, and the preset's exclusions as conditions (副卡, 无月租, not an active 4G
 * user and a post outside the four picked or typed, re-done after a cancelled subsidy typed). Expected, from
 * docs/presets/mobile-retention.md and README (the demo): 64 orders, 59 counted, 5 excluded (rows 18 无月租, 38 not
 * 4G, 40, 49, 58 副卡), 1,380.00 yuan to 10 people; 王丽 (营业员) 8 households in 2016-01: 5 × 20 + 3 × 40 = 220.
 *
 * (b) examples/repair-dept-grade.xlsx with the weighted-grade form: weights 20/40/30/10 %, 优 ≥ 9, 良 ≥ 7, 中 ≥ 5,
 * else 差, amounts by grade and role, 本月不执行 = 是 not counted. From docs/presets/repair-dept-grade.md's worked
 * examples: 周杰 (组长 10, 8, 9, 7) is example 2, 8.6 → 良 → 300; 孙悦 (组员 9, 9, 9, 9) is example 1, 9 → 优 → 300;
 * 杨婷敏 (组长 8, 10, 10, 9, suspended) as example 6: (16 + 40 + 30 + 9) / 10 = 9.5 → 优, excluded, 0. The other rows by
 * hand: 王娜洋 7.2 良 200, 张婷芳 6.7 中 100, 吴超强 7.7 良 200, 刘璐 (组长) 7.5 良 300, 王璐 8 良 200, 黄斌超 7.4 良 200,
 * 马敏 6.7 中 100: 1,900.00 yuan to 9 people, the 4 rows of 电修组 excluded.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { SCREENSHOTS, type Session, usePreviewSession, gridRowsWith } from "./browser";

let s: Session;
let page: Page;

const tab = (name: string) => page.locator(`.wb-tab[data-sheet="${name}"]`);
const form = () => page.getByRole("region", { name: "新建方案" });

/** the grid's row as text, from column A */
async function rowText(row: number): Promise<string[]> {
  return page.locator(`[data-testid="grid"] tbody tr:nth-child(${row}) td`).allInnerTexts();
}

/** replaces a small table's rows with these, typed cell by cell (a column cell is chosen from the sheet's headers) */
async function typeTable(f: Locator, table: string, columns: string[], rows: string[][], chosen: number[] = []) {
  const group = f.getByRole("group", { name: table, exact: true });
  while ((await group.getByRole("button", { name: new RegExp(`^删除「${table}」第 \\d+ 行$`) }).count()) > 0) await group.getByRole("button", { name: `删除「${table}」第 1 行` }).click();
  for (const [r, cells] of rows.entries()) {
    await f.getByRole("button", { name: `添加一行（${table}）` }).click();
    for (const [c, text] of cells.entries()) {
      const name = `${table}：第 ${r + 1} 行「${columns[c]}」`;
      if (chosen.includes(c)) await group.getByRole("combobox", { name, exact: true }).selectOption(text);
      else await group.getByRole("textbox", { name, exact: true }).fill(text);
    }
  }
}

async function pickCondition(f: Locator, n: number, column: string, op: string, value = "") {
  await f.getByRole("button", { name: "+ 按列选择条件" }).click();
  await f.getByRole("combobox", { name: `条件 ${n}：列`, exact: true }).selectOption(column);
  await f.getByRole("combobox", { name: `条件 ${n}：比较`, exact: true }).selectOption(op);
  if (value) await f.getByRole("textbox", { name: `条件 ${n}：值`, exact: true }).fill(value);
}

async function typeCondition(f: Locator, n: number, text: string) {
  await f.getByRole("button", { name: "+ 输入条件" }).click();
  await f.getByRole("textbox", { name: `条件 ${n}`, exact: true }).fill(text);
}

/** Opens the form on the active sheet and reads its headers. */
async function openForm(template: string) {
  const f = form();
  await f.getByRole("button", { name: "从模板新建方案…" }).click();
  await f.getByRole("combobox", { name: "模板" }).selectOption(template);
  await f.getByRole("button", { name: "读取当前工作表的表头" }).click();
  await f.getByText(/^列名取自工作表/).waitFor();
  return f;
}

async function fill() {
  await page.getByRole("button", { name: "计算并填写", exact: true }).click();
  await page.getByTestId("total").waitFor();
}

usePreviewSession((x) => {
  s = x;
  page = x.page;
});

test("(a) the mobile-retention rules from the step-by-count form alone: 1,380.00 yuan to 10 people, 王丽 220", async () => {
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  const f = await openForm("step-by-count");
  // the columns: the usual headers are chosen; the sheet has no 工号
  expect(await f.getByRole("combobox", { name: "姓名", exact: true }).inputValue()).toBe("揽装人");
  expect(await f.getByRole("combobox", { name: "岗位（按岗位分档时）", exact: true }).inputValue()).toBe("岗位");
  expect(await f.getByRole("combobox", { name: "日期", exact: true }).inputValue()).toBe("办理日期");
  expect(await f.getByRole("combobox", { name: "工号（可选）", exact: true }).inputValue()).toBe("");
  await f.getByRole("textbox", { name: "方案名称" }).fill("移动老客户维系（表单）");
  await typeTable(f, "分档", ["岗位", "上限(件)", "每件(元)"], [
    ["营业员", "5", "20"],
    ["营业员", "", "40"],
    ["", "2", "20"],
    ["", "", "40"],
  ]);
  await pickCondition(f, 1, "是否副卡", "yes");
  // the clerk's words for an exclusion are what the results say of its rows
  await f.getByRole("textbox", { name: "条件 1：原因（可选）", exact: true }).fill("副卡不纳入奖励");
  await pickCondition(f, 2, "是否无月租用户", "yes");
  await pickCondition(f, 3, "是否有效4G用户", "no");
  // typed: the engine's parser answers as it is typed
  await typeCondition(f, 4, "是否补贴未到期中途取消后重办 ==");
  await f.getByTestId("new-cond-4").getByText(/^条件写法有误，无法读懂（cannot parse/).waitFor();
  await f.getByRole("textbox", { name: "条件 4", exact: true }).fill("是否补贴未到期中途取消后重办");
  await f.getByTestId("new-cond-4").getByText("可以使用").waitFor();
  await typeCondition(f, 5, 'not (岗位 in ["营业员", "中心经理", "网格经理", "装维经理"])');
  await f.getByTestId("new-cond-5").getByText("可以使用").waitFor();
  await pickCondition(f, 6, "办理日期", "before", "2016-01-01");

  // the form as the clerk sees it, at the pane's width, in a window tall enough for all of it
  await page.setViewportSize({ width: 1440, height: 3200 });
  await page.evaluate(() => document.body.classList.add("capture"));
  const frame = (await page.locator("#pane-frame").boundingBox())!;
  const box = (await f.boundingBox())!;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, "new-scheme.png"), fullPage: true, animations: "disabled", caret: "hide", clip: { x: frame.x, y: box.y - 12, width: frame.width, height: box.height + 24 } });
  await page.evaluate(() => document.body.classList.remove("capture"));
  expect(frame.width).toBe(350);
  // nothing of the form is wider than the pane
  expect(await page.locator("#pane-frame main").evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1440, height: 900 });

  await f.getByRole("button", { name: "生成并使用此方案" }).click();
  await page.getByTestId("new-scheme-built").waitFor();
  expect(await page.getByTestId("scheme-source").innerText()).toBe("使用中的规则：新建的方案「移动老客户维系（表单）」（由模板「按数量分档奖励」生成）");
  expect(await page.getByRole("combobox", { name: "方案", exact: true }).evaluate((e) => (e as HTMLSelectElement).selectedOptions[0].text)).toBe("新建（按数量分档奖励）：移动老客户维系（表单）");

  await fill();
  expect(await page.getByTestId("counts").innerText()).toBe("共 64 行：计奖 59，排除 5，无效 0，待定 0");
  expect((await page.getByTestId("total").innerText()).replace(/\s/g, "")).toBe("1,380.00");
  expect(await page.getByTestId("paid").innerText()).toBe("10");
  // the five excluded rows, by the condition that excludes each
  const excluded = await page.getByTestId("excluded-by-reason").innerText();
  expect(excluded).toContain("副卡不纳入奖励");
  expect(excluded).not.toContain("是否副卡 为「是」");
  expect(excluded).toContain("是否无月租用户 为「是」：不计奖");
  expect(excluded).toContain("是否有效4G用户 为「否」：不计奖");
  await tab("Jili汇总").click();
  await page.locator('[data-testid="grid"][data-sheet="Jili汇总"]').waitFor();
  const [r] = await gridRowsWith(page, "王丽");
  const line = await rowText(r);
  expect(line.slice(0, 4)).toEqual(["王丽", "2016-01", "8", "220.00"]);
  expect(s.errors).toEqual([]);
  expect(s.external).toEqual([]);
});

test("(b) a weighted score → grade scheme from the weighted-grade form: repair-dept-grade's worked examples, 1,900.00 to 9 people", async () => {
  await page.goto(`${s.server.url}preview.html?book=repair-dept-grade.xlsx`);
  const f = await openForm("weighted-grade");
  expect(await f.getByRole("combobox", { name: "姓名", exact: true }).inputValue()).toBe("姓名");
  expect(await f.getByRole("combobox", { name: "月份", exact: true }).inputValue()).toBe("月份");
  await f.getByRole("combobox", { name: "岗位（金额分岗位时）", exact: true }).selectOption("岗位");
  await typeTable(f, "评分项目与权重", ["分数列", "权重"], [
    ["工作态度", "20%"],
    ["维修技能", "40%"],
    ["服从情况", "30%"],
    ["部门协作", "10%"],
  ], [0]);
  await typeTable(f, "等级", ["等级", "分数线(含)"], [
    ["优", "9"],
    ["良", "7"],
    ["中", "5"],
    ["差", ""],
  ]);
  await typeTable(f, "金额", ["等级", "岗位", "金额(元)"], [
    ["优", "组长", "500"],
    ["优", "组员", "300"],
    ["良", "组长", "300"],
    ["良", "组员", "200"],
    ["中", "组长", "200"],
    ["中", "组员", "100"],
    ["差", "组长", "0"],
    ["差", "组员", "0"],
  ]);
  await pickCondition(f, 1, "本月不执行", "yes");
  await f.getByRole("button", { name: "生成并使用此方案" }).click();
  await page.getByTestId("new-scheme-built").waitFor();
  expect(await page.getByTestId("scheme-source").innerText()).toBe("使用中的规则：新建的方案「加权评分定等级发奖」（由模板「加权评分定等级发奖」生成）");

  await fill();
  expect(await page.getByTestId("counts").innerText()).toBe("共 13 行：计奖 9，排除 4，无效 0，待定 0");
  expect((await page.getByTestId("total").innerText()).replace(/\s/g, "")).toBe("1,900.00");
  expect(await page.getByTestId("paid").innerText()).toBe("9");
  // Jili's columns on the data sheet: score, grade, bonus, status
  await page.locator('[data-testid="grid"][data-sheet="1月考评"]').waitFor();
  const head = await rowText(1);
  const at = (title: string) => head.indexOf(title);
  expect(at("Jili·加权得分")).toBeGreaterThan(9);
  const values = async (name: string) => {
    const [row] = await gridRowsWith(page, name);
    const line = await rowText(row);
    return [line[at("Jili·加权得分")], line[at("Jili·等级")], line[at("Jili·奖金(元)")]];
  };
  expect(await values("周杰")).toEqual(["8.60", "良", "300.00"]);
  expect(await values("孙悦")).toEqual(["9.00", "优", "300.00"]);
  expect(await values("杨婷敏")).toEqual(["9.50", "优", "0.00"]);
  expect(await values("王娜洋")).toEqual(["7.20", "良", "200.00"]);
  expect(await values("张婷芳")).toEqual(["6.70", "中", "100.00"]);
  expect(await values("刘璐")).toEqual(["7.50", "良", "300.00"]);
  expect(await values("马敏")).toEqual(["6.70", "中", "100.00"]);
  const [yang] = await gridRowsWith(page, "杨婷敏");
  expect((await rowText(yang))[at("Jili·状态")]).toBe("排除: 本月不执行 为「是」：不计奖");
  expect(s.errors).toEqual([]);
  expect(s.external).toEqual([]);
});

test("(c) in English, every template's form fits the pane's 350 px", async () => {
  await page.goto(`${s.server.url}preview.html?book=mobile-retention.xlsx`);
  await page.getByRole("button", { name: "切换到英文界面" }).click();
  const f = page.getByRole("region", { name: "New scheme" });
  await f.getByRole("button", { name: "New scheme from a template…" }).click();
  await f.getByRole("button", { name: "Read the active sheet's headers" }).click();
  await f.getByText(/^Column names from the sheet/).waitFor();
  const templates = await f.getByRole("combobox", { name: "Template" }).locator("option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  expect(templates).toEqual(["step-by-count", "weighted-grade", "slab", "fixed-by-type", "percent-by-count", "rank-awards", "fines"]);
  expect((await page.locator("#pane-frame").boundingBox())!.width).toBe(350);
  for (const id of templates) {
    await f.getByRole("combobox", { name: "Template" }).selectOption(id);
    await f.getByRole("button", { name: "Type a condition" }).click();
    await f.getByRole("button", { name: "Pick a condition" }).click();
    await f.getByRole("button", { name: "Build and use this scheme" }).click();
    await page.getByTestId("new-scheme-problems").waitFor();
    // the form, its conditions and its list of problems: nothing wider than the pane
    expect(await page.locator("#pane-frame main").evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  }
  expect(s.errors).toEqual([]);
});
