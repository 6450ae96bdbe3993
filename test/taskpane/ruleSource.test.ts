/** @jest-environment jsdom */
import "./textEncoder";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { ExcelRules } from "../../src/excel/rulesSheet";
import { SimBook, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";
import { attachRules } from "../../src/taskpane/controller/rules";
import { schemeSourceText } from "../../src/taskpane/controller/ruleSource";
import { PaneSession } from "../../src/taskpane/controller/session";
import { whatIfFor } from "../../src/taskpane/controller/whatIf";
import { getPreset } from "../../src/schemes";
import { HEADERS, order } from "../excel/data";
import { FakePort } from "./fakePort";
import { beyondFifthCells } from "../support/rulesRows";
import { renderSession } from "./render";

// Issue 19, item 2: one source of truth for the rules. 王丽 (营业员) has 8 counted households in 2016-01:
// 5 × 20 + 3 × 40 = 220 yuan; with the rate beyond the fifth at 50, 5 × 20 + 3 × 50 = 250.

const eight = () => [HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true))];
const RATE = JSON.stringify(["parts", 0, "steps", 12, "tiersBy", "tables", "营业员", 1, "rate"]);

function setup() {
  const port = new FakePort(eight());
  const book = new SimBook("明细");
  const session = new PaneSession(port, "zh-CN");
  const rules = attachRules(session, new ExcelRules({ run: simRun(book), settings: new SimSettings() }), { download() {}, async copy() {} });
  return { port, book, session, rules, whatIf: whatIfFor(session) };
}

/** every value of the rules sheet's row of the 营业员 rate beyond the fifth household, as written */
const rateCells = (book: SimBook) => beyondFifthCells(book);

describe("one source of truth for the rules (controller, simulated Excel)", () => {
  test("the pane names the source in force: preset, rules sheet, what-if; never 「文件」 without a file", async () => {
    const { session, rules, whatIf } = setup();
    session.chooseScheme("preset:mobile-retention");
    expect(schemeSourceText(session.getState(), "zh-CN")).toBe("使用中的规则：预设方案「移动老客户维系考核」");
    await rules.editRules();
    await rules.useRulesSheet();
    expect(session.getState().schemeOrigin).toEqual({ kind: "rulesSheet", sheet: "规则" });
    expect(schemeSourceText(session.getState(), "zh-CN")).toBe("使用中的规则：规则表「规则」");
    expect(schemeSourceText(session.getState(), "en-US")).toBe("Rules in force: the rules sheet 规则");
    whatIf.choose(RATE);
    whatIf.setValue("50");
    await whatIf.compare();
    whatIf.apply();
    expect(session.getState().schemeOrigin?.kind).toBe("whatIf");
    expect(schemeSourceText(session.getState(), "zh-CN")).toMatch(/^使用中的规则：假设分析采用的值（.*＝50）$/);
    session.loadSchemeText(JSON.stringify(getPreset("mobile-retention")));
    expect(schemeSourceText(session.getState(), "zh-CN")).toBe("使用中的规则：文件中的方案「移动老客户维系考核」");
  });

  test("what-if 采用 after the rules sheet was used: the sheet is said to be out of date, and 重写 writes 50 into it", async () => {
    const { session, rules, whatIf, book } = setup();
    session.chooseScheme("preset:mobile-retention");
    await rules.editRules();
    await rules.useRulesSheet();
    expect(rules.getState().outOfDate).toBeNull();
    whatIf.choose(RATE);
    whatIf.setValue("50");
    await whatIf.compare();
    whatIf.apply();
    expect(rules.getState().outOfDate).toEqual({ sheet: "规则" });
    // the sheet still holds 40 until it is rewritten
    expect(rateCells(book)).toContain(40);
    await rules.rewriteRulesSheet();
    expect(rules.getState().outOfDate).toBeNull();
    expect(rateCells(book)).toContain(50);
    expect(rateCells(book)).not.toContain(40);
    // the rewritten sheet is the source in force, and it pays 250
    expect(session.getState().schemeOrigin).toEqual({ kind: "rulesSheet", sheet: "规则" });
    await session.fill();
    expect(session.getState().summary?.total).toBe(250);
    // reading it back gives the same: 250
    await rules.useRulesSheet();
    await session.fill();
    expect(session.getState().summary?.total).toBe(250);
  });

  test("a rules sheet written in an earlier session is compared too: reopened, a what-if value applied says it is out of date", async () => {
    const first = setup();
    first.session.chooseScheme("preset:mobile-retention");
    await first.rules.editRules();
    // the workbook reopened: a new pane over the same book and settings, which knows the sheet only from the workbook
    const settings = new SimSettings();
    const session = new PaneSession(first.port, "zh-CN");
    const rules = attachRules(session, new ExcelRules({ run: simRun(first.book), settings }), { download() {}, async copy() {} });
    session.chooseScheme("preset:mobile-retention");
    await new Promise((r) => setTimeout(r, 0));
    // the sheet holds the preset in force: nothing to say
    expect(rules.getState().outOfDate).toBeNull();
    const whatIf = whatIfFor(session);
    whatIf.choose(RATE);
    whatIf.setValue("50");
    await whatIf.compare();
    whatIf.apply();
    expect(rules.getState().outOfDate).toEqual({ sheet: "规则" });
  });

  test("another preset after the rules sheet was written: out of date too; coming back to the sheet's rules clears it", async () => {
    const { session, rules } = setup();
    session.chooseScheme("preset:mobile-retention");
    await rules.editRules();
    expect(rules.getState().outOfDate).toBeNull();
    session.chooseScheme("preset:car-referral");
    expect(rules.getState().outOfDate).toEqual({ sheet: "规则" });
    await rules.useRulesSheet();
    expect(rules.getState().outOfDate).toBeNull();
    expect(session.getState().scheme?.id).toBe("mobile-retention");
  });

  test("the pane: the picker's option and the source line, the out-of-date warning and its button, in both languages", async () => {
    const { session, rules, whatIf, book } = setup();
    renderSession(session);
    act(() => session.chooseScheme("preset:mobile-retention"));
    expect(screen.getByTestId("scheme-source").textContent).toBe("使用中的规则：预设方案「移动老客户维系考核」");
    await act(() => rules.editRules());
    await act(() => rules.useRulesSheet());
    expect(screen.getByTestId("scheme-source").textContent).toBe("使用中的规则：规则表「规则」");
    const options = [...screen.getByRole("combobox", { name: "方案" }).querySelectorAll("option")].map((o) => o.textContent);
    expect(options).toContain("规则表「规则」：移动老客户维系考核");
    expect(options.some((o) => o?.startsWith("文件："))).toBe(false);
    act(() => {
      whatIf.choose(RATE);
      whatIf.setValue("50");
    });
    await act(() => whatIf.compare());
    act(() => whatIf.apply());
    expect(screen.getByTestId("rules-out-of-date").textContent).toBe("规则表「规则」已不是使用中的规则（仍是旧值）。「重写规则表」按使用中的规则重写它；「使用规则表」则换回表中的规则。");
    expect(screen.queryByTestId("rules-applied")).toBeNull();
    act(() => session.setLang("en-US"));
    expect(screen.getByTestId("rules-out-of-date").textContent).toMatch(/^The rules sheet 规则 no longer holds the rules in force/);
    fireEvent.click(screen.getByRole("button", { name: "Rewrite rules sheet" }));
    await waitFor(() => expect(screen.queryByTestId("rules-out-of-date")).toBeNull());
    expect(screen.getByTestId("scheme-source").textContent).toBe("Rules in force: the rules sheet 规则");
    expect(rateCells(book)).toContain(50);
  });
});
