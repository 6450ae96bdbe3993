/** @jest-environment jsdom */
import "./textEncoder";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ExcelRules } from "../../src/excel/rulesSheet";
import { SimBook, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";
import { getPreset } from "../../src/schemes";
import { attachRules } from "../../src/taskpane/controller/rules";
import { ratesFormFor } from "../../src/taskpane/controller/ratesForm";
import { PaneSession } from "../../src/taskpane/controller/session";
import { whatIfFor } from "../../src/taskpane/controller/whatIf";
import { HEADERS, order } from "../excel/data";
import { FakePort } from "./fakePort";
import { renderPane, renderSession } from "./render";

// The rates form (费率与档位) on mobile-retention, worked by hand from docs/presets/mobile-retention.md: 营业员 20 yuan
// for each of the first 5 households, 40 beyond; other roles 20 for the first 2, 40 beyond. 王丽 (营业员) has 8
// counted households in 2016-01: 5 × 20 + 3 × 40 = 220; 李强 (网格经理) has 1: 20.
// - 营业员 beyond the fifth 40 → 50: 王丽 5 × 20 + 3 × 50 = 250.
// - a tier added (营业员 6–7 at 40, from the 8th at 60): 王丽 5 × 20 + 2 × 40 + 1 × 60 = 240.
// - the tier beyond the fifth removed, the first made open (营业员 20 for every household): 王丽 8 × 20 = 160.

const sheet = () => [HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true)), order("李强", "网格经理", 10, true)];

/** the 营业员 rate beyond the fifth household, named as the rules sheet and what-if name it */
const RATE_LABEL = "4. 揽装奖励合计(元) · 营业员 6– · 每户奖励（元）";
const RATE_ID = JSON.stringify(["parts", 0, "steps", 12, "tiersBy", "tables", "营业员", 1, "rate"]);
const TIERS = "4. 揽装奖励合计(元)";
const OTHERS = "其他岗位（中心经理、网格经理、装维经理）";

function setup() {
  const port = new FakePort(sheet());
  const { session } = renderPane(port);
  act(() => session.chooseScheme("preset:mobile-retention"));
  fireEvent.click(screen.getByRole("button", { name: "查看和修改费率与档位…" }));
  return { port, session };
}

const form = () => screen.getByRole("region", { name: "费率与档位" });
const tiers = () => within(form()).getByRole("group", { name: TIERS });
const apply = () => fireEvent.click(within(form()).getByRole("button", { name: "应用" }));
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

/** the tier table's cells by row, as shown (inputs and selects by value, worked-out cells by text) */
function tierRows(): string[][] {
  const grid = tiers().querySelector('[data-testid$="/tiersBy"] [style]')!;
  const cells = Array.from(grid.children).slice(5);
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += 5) {
    rows.push(cells.slice(i, i + 4).map((el) => (el.querySelector("input, select") as HTMLInputElement | null)?.value ?? el.textContent ?? ""));
  }
  return rows;
}

/** the tier table's cell at row r (0-based) and column c */
function tierCell(r: number, c: number): HTMLInputElement {
  const grid = tiers().querySelector('[data-testid$="/tiersBy"] [style]')!;
  const el = grid.children[5 + r * 5 + c];
  return (el.matches("input, select") ? el : el.querySelector("input, select")) as HTMLInputElement;
}

async function fill(session: PaneSession, port: FakePort): Promise<{ total: number | undefined; person: (name: string) => unknown }> {
  const before = port.fills.length;
  await act(() => session.fill());
  const rows = port.fills[before].request.summary!.rows;
  return { total: session.getState().summary?.total, person: (name) => rows.find((r) => r[0] === name)?.[5] };
}

describe("the rates form (费率与档位)", () => {
  test("folded at first; opened, it lists every section with the rules sheet's headings and columns", () => {
    const port = new FakePort(sheet());
    const { session } = renderPane(port);
    act(() => session.chooseScheme("preset:mobile-retention"));
    expect(within(form()).queryByRole("group", { name: TIERS })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "查看和修改费率与档位…" }));
    const headings = within(form()).getAllByRole("group").filter((g) => /^\d\. /.test(g.getAttribute("aria-label") ?? "") && g.querySelector("strong"));
    expect(headings.map((g) => g.getAttribute("aria-label"))).toEqual(["1. 生效日期", "2. 公司设定的参数", "3. 移动效能", TIERS]);
    expect(within(tiers()).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["岗位", "户数从", "户数到", "每户奖励（元）"]);
    expect(tierRows()).toEqual([
      ["营业员", "1", "5", "20"],
      ["营业员", "6", "", "40"],
      [OTHERS, "1", "2", "20"],
      [OTHERS, "3", "", "40"],
    ]);
    // the role is a drop-down of the roles the scheme knows; 户数从 is Jili's (not an input); a blank 到 has its meaning
    expect(Array.from(tierCell(0, 0).querySelectorAll("option")).map((o) => o.textContent)).toEqual(["营业员", "中心经理", "网格经理", "装维经理", OTHERS]);
    expect(tierCell(0, 1)).toBeNull();
    expect(within(tiers()).getByText("「户数到」留空表示不封顶")).toBeTruthy();
    expect(within(form()).getByRole("button", { name: "应用" })).toHaveProperty("disabled", true);
  });

  test("in English, an untouched form follows the pane's language", () => {
    const { session } = setup();
    act(() => session.setLang("en-US"));
    const en = screen.getByRole("region", { name: "Rates & tiers" });
    const bonus = within(en).getByRole("group", { name: "4. Bonus total (yuan)" });
    expect(within(bonus).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Role", "From (households)", "To (households)", "Each (yuan)"]);
    expect((within(en).getByRole("textbox", { name: "4. Bonus total (yuan) · 营业员 6– · Each (yuan)" }) as HTMLInputElement).value).toBe("40");
    expect(within(bonus).getByText("A blank To (households) means no limit")).toBeTruthy();
  });

  test("营业员 beyond the fifth household 40 → 50, Apply, Fill: 王丽 250.00 (220 before), saved in the workbook", async () => {
    const { port, session } = setup();
    expect((await fill(session, port)).person("王丽")).toBe(220);
    const rate = within(form()).getByRole("textbox", { name: RATE_LABEL }) as HTMLInputElement;
    expect(rate.value).toBe("40");
    type(rate, "50");
    apply();
    expect(screen.getByTestId("rates-applied").textContent).toContain(`${RATE_LABEL} 40 → 50`);
    expect(session.getState().schemeOrigin?.kind).toBe("rates");
    expect(screen.getByTestId("scheme-source").textContent).toBe(`使用中的规则：在「费率与档位」中修改的方案「移动老客户维系考核」（${RATE_LABEL} 40 → 50）`);
    // the form shows the rules now in force
    expect((within(form()).getByRole("textbox", { name: RATE_LABEL }) as HTMLInputElement).value).toBe("50");
    const after = await fill(session, port);
    expect(after.person("王丽")).toBe(250);
    expect(after.person("李强")).toBe(20);
    expect(after.total).toBe(270);
    expect(screen.getByTestId("total").textContent).toContain("270.00");
    expect(port.saved?.scheme).toHaveProperty("document");
    // the workbook reopened: the changed scheme came with it
    const again = new PaneSession(port, "zh-CN");
    await again.fill();
    expect(again.getState().summary?.total).toBe(270);
  });

  test("what a clerk types is read by the engine: ５０元 is 50", async () => {
    const { port, session } = setup();
    type(within(form()).getByRole("textbox", { name: RATE_LABEL }), "５０元");
    apply();
    expect((await fill(session, port)).person("王丽")).toBe(250);
  });

  test("a tier added by Add row: 营业员 6–7 at 40, from the 8th at 60 — 王丽 240", async () => {
    const { port, session } = setup();
    type(tierCell(1, 2), "7");
    fireEvent.click(within(tiers()).getByRole("button", { name: `在「${TIERS}」添加一行` }));
    // the new row: a role to choose, 户数从 worked out by Jili on Apply
    expect(tierRows()[4]).toEqual(["", "自动", "", ""]);
    type(tierCell(4, 0), "营业员");
    type(tierCell(4, 3), "60");
    apply();
    expect(screen.queryByTestId("rates-problems")).toBeNull();
    // the engine put the new tier with 营业员's and worked out where it starts
    expect(tierRows()).toEqual([
      ["营业员", "1", "5", "20"],
      ["营业员", "6", "7", "40"],
      ["营业员", "8", "", "60"],
      [OTHERS, "1", "2", "20"],
      [OTHERS, "3", "", "40"],
    ]);
    const out = await fill(session, port);
    expect(out.person("王丽")).toBe(240);
    expect(out.person("李强")).toBe(20);
    expect(out.total).toBe(260);
  });

  test("a tier removed: 营业员 20 for every household — 王丽 160", async () => {
    const { port, session } = setup();
    fireEvent.click(within(tiers()).getByRole("button", { name: `删除第 2 行（${TIERS}）` }));
    type(tierCell(0, 2), "");
    // the rows still line up with the engine's reading: 户数从 is shown as it will be
    expect(tierRows()).toEqual([
      ["营业员", "1", "", "20"],
      [OTHERS, "1", "2", "20"],
      [OTHERS, "3", "", "40"],
    ]);
    apply();
    expect(screen.getByTestId("rates-applied").textContent).toContain(`${TIERS}：4 行 → 3 行`);
    const out = await fill(session, port);
    expect(out.person("王丽")).toBe(160);
    expect(out.person("李强")).toBe(20);
    expect(out.total).toBe(180);
  });

  test("四十 typed as a rate is refused with the cell named; nothing is applied", async () => {
    const { port, session } = setup();
    const scheme = session.getState().scheme;
    const rate = within(form()).getByRole("textbox", { name: RATE_LABEL });
    type(rate, "四十");
    // while the cell cannot be read, where each tier starts stays as the engine last read it
    expect(tierRows()[1]).toEqual(["营业员", "6", "", "四十"]);
    apply();
    expect(screen.getByTestId("rates-problems").textContent).toBe("未应用：有 1 处需要改正（已在表中标出），方案没有任何改动。");
    expect(screen.getAllByTestId("rates-problem").map((li) => li.textContent)).toEqual([`${TIERS} · 第 2 行 · 每户奖励（元）：「每户奖励（元）」应填数字，「四十」不是数字`]);
    expect(rate.getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByTestId("rates-applied")).toBeNull();
    expect(session.getState().scheme).toBe(scheme);
    expect(session.getState().schemeOrigin?.kind).toBe("preset");
    expect((await fill(session, port)).person("王丽")).toBe(220);
    // in the pane's other language the message follows (the form keeps the words it was typed in)
    act(() => session.setLang("en-US"));
    expect(screen.getAllByTestId("rates-problem").map((li) => li.textContent)).toEqual([`${TIERS} · row 2 · 每户奖励（元）: 每户奖励（元） takes a number; "四十" is not one`]);
    // corrected, it applies
    type(within(screen.getByRole("region", { name: "Rates & tiers" })).getByRole("textbox", { name: RATE_LABEL }), "50");
    expect((within(screen.getByRole("region", { name: "Rates & tiers" })).getByRole("textbox", { name: RATE_LABEL }) as HTMLInputElement).getAttribute("aria-invalid")).toBe("false");
    fireEvent.click(within(screen.getByRole("region", { name: "Rates & tiers" })).getByRole("button", { name: "Apply" }));
    expect((await fill(session, port)).person("王丽")).toBe(250);
  });

  test("Discard changes returns to the scheme's values", () => {
    const { session } = setup();
    const scheme = session.getState().scheme;
    type(within(form()).getByRole("textbox", { name: RATE_LABEL }), "50");
    fireEvent.click(within(tiers()).getByRole("button", { name: `在「${TIERS}」添加一行` }));
    fireEvent.click(within(form()).getByRole("button", { name: "取消修改" }));
    expect((within(form()).getByRole("textbox", { name: RATE_LABEL }) as HTMLInputElement).value).toBe("40");
    expect(tierRows()).toHaveLength(4);
    expect(within(form()).getByRole("button", { name: "应用" })).toHaveProperty("disabled", true);
    expect(session.getState().scheme).toBe(scheme);
  });

  test("after Apply, what-if names the number with the same words as the form", () => {
    const { session } = setup();
    type(within(form()).getByRole("textbox", { name: RATE_LABEL }), "50");
    apply();
    const tunable = whatIfFor(session).options().find((o) => o.id === RATE_ID)!;
    expect(tunable).toMatchObject({ label: RATE_LABEL, value: 50 });
    // the what-if list offers it under that label, and the form's cell of that label holds 50
    const whatIf = screen.getByRole("region", { name: "假设分析" });
    expect(within(whatIf).getByRole("option", { name: `${RATE_LABEL} = 50` })).toBeTruthy();
    expect((within(form()).getByRole("textbox", { name: tunable.label }) as HTMLInputElement).value).toBe("50");
    // every number of the form is labelled as what-if labels it
    const labels = whatIfFor(session).options().map((o) => o.label);
    for (const label of labels) expect(within(form()).getAllByLabelText(label).length).toBeGreaterThan(0);
  });

  test("one scheme in the workbook: the rules sheet written before Apply is said to be out of date, as after what-if 采用", async () => {
    const port = new FakePort(sheet());
    const session = new PaneSession(port, "zh-CN");
    const rules = attachRules(session, new ExcelRules({ run: simRun(new SimBook("明细")), settings: new SimSettings() }), { download() {}, async copy() {} });
    renderSession(session);
    act(() => session.chooseScheme("preset:mobile-retention"));
    await act(() => rules.editRules());
    expect(rules.getState().outOfDate).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "查看和修改费率与档位…" }));
    type(within(form()).getByRole("textbox", { name: RATE_LABEL }), "50");
    apply();
    expect(rules.getState().outOfDate).toEqual({ sheet: "规则" });
    expect(screen.getByTestId("rules-out-of-date")).toBeTruthy();
    await act(() => session.fill());
    expect(session.getState().summary?.total).toBe(270);
    // the workbook holds one scheme: the one applied in the form
    const again = new PaneSession(port, "zh-CN");
    expect(again.getState().scheme).toEqual(session.getState().scheme);
  });

  test("another scheme chosen: the form shows it", () => {
    const { session } = setup();
    type(within(form()).getByRole("textbox", { name: RATE_LABEL }), "50");
    act(() => session.chooseScheme("preset:new-customer-dev"));
    expect(within(form()).queryByRole("textbox", { name: RATE_LABEL })).toBeNull();
    expect(ratesFormFor(session).getState().scheme).toBe(session.getState().scheme);
    expect(session.getState().scheme).not.toEqual(getPreset("mobile-retention"));
  });
});
