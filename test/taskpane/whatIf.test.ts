/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { getPreset } from "../../src/schemes";
import { PaneSession } from "../../src/taskpane/controller/session";
import { parseValue, whatIfFor } from "../../src/taskpane/controller/whatIf";
import { HEADERS, order } from "../excel/data";
import { FakePort } from "./fakePort";
import { renderPane } from "./render";

// What-if on mobile-retention, worked by hand: 王丽 (营业员) has 8 counted households in 2016-01, 5 × 20 + 3 × 40 = 220;
// 李强 (网格经理) has 1, 20. The 营业员 rate beyond the fifth household 40 → 50: 王丽 5 × 20 + 3 × 50 = 250 (Δ +30),
// 李强 unchanged (his role's own table), totals 240 → 270.

const sheet = () => [HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true)), order("李强", "网格经理", 10, true)];

/** the id of the 营业员 rate beyond the fifth household */
const RATE = JSON.stringify(["parts", 0, "steps", 12, "tiersBy", "tables", "营业员", 1, "rate"]);

function setup() {
  const port = new FakePort(sheet());
  const session = new PaneSession(port, "zh-CN");
  session.chooseScheme("preset:mobile-retention");
  return { port, session, whatIf: whatIfFor(session) };
}

describe("what-if (controller)", () => {
  test("the tunable numbers of the scheme, labelled, with their values", () => {
    const { whatIf } = setup();
    const rate = whatIf.options().find((t) => t.id === RATE);
    expect(rate).toMatchObject({ value: 40 });
    expect(rate?.label).toContain("营业员");
    expect(whatIf.options().map((t) => t.value)).toEqual([1, 0.5, 5, 20, 40, 2, 20, 40]);
  });

  test("Compare: each person's total before and after, exact, and nothing written to the workbook", async () => {
    const { port, session, whatIf } = setup();
    const scheme = session.getState().scheme;
    whatIf.choose(RATE);
    expect(whatIf.getState().valueText).toBe("40");
    whatIf.setValue("50");
    // no data read yet: Compare reads the active sheet first
    await whatIf.compare();
    const { view, error } = whatIf.getState();
    expect(error).toBeNull();
    expect(view).toMatchObject({ from: 40, to: 50, keyTitle: "揽装人 · 月份", totalBefore: "240.00", totalAfter: "270.00", totalDelta: "+30.00", changedCount: 1 });
    expect(view!.outputTitle).toContain("奖励");
    expect(view!.rows).toEqual([
      { key: "王丽 · 2016-01", before: "220.00", after: "250.00", delta: "+30.00", changed: true },
      { key: "李强 · 2016-01", before: "20.00", after: "20.00", delta: "0.00", changed: false },
    ]);
    // the workbook is untouched and the active scheme is the same
    expect(port.fills).toEqual([]);
    expect(port.marks).toEqual([]);
    expect(port.saved).toBeNull();
    expect(session.getState().scheme).toBe(scheme);
  });

  test("Apply: the changed scheme is the active scheme; the fill pays 王丽 250 and saves it in the workbook", async () => {
    const { port, session, whatIf } = setup();
    whatIf.choose(RATE);
    whatIf.setValue("50");
    await whatIf.compare();
    whatIf.apply();
    expect(whatIf.getState()).toMatchObject({ view: null, candidate: null, applied: { value: 50 } });
    expect(session.getState().schemeKey).toBe("file");
    expect(whatIf.options().find((t) => t.id === RATE)?.value).toBe(50);
    await session.fill();
    expect(session.getState().summary?.total).toBe(270);
    const wangLi = port.fills[0].request.summary!.rows.find((r) => r[0] === "王丽")!;
    expect(wangLi).toContain(250);
    expect(port.saved?.scheme).toHaveProperty("document");
    // the workbook reopened: the changed scheme came with it
    const again = new PaneSession(port, "zh-CN");
    await again.fill();
    expect(again.getState().summary?.total).toBe(270);
  });

  test("Discard: nothing changes", async () => {
    const { session, whatIf } = setup();
    const scheme = session.getState().scheme;
    whatIf.choose(RATE);
    whatIf.setValue("50");
    await whatIf.compare();
    whatIf.discard();
    expect(whatIf.getState().view).toBeNull();
    expect(whatIf.getState().candidate).toBeNull();
    expect(session.getState().scheme).toBe(scheme);
    await session.fill();
    expect(session.getState().summary?.total).toBe(240);
  });

  test("a value that is not a number, or one the scheme refuses, is an error and changes nothing", async () => {
    const { session, whatIf } = setup();
    whatIf.choose(RATE);
    whatIf.setValue("五十");
    await whatIf.compare();
    expect(whatIf.getState().error?.code).toBe("PARAM_PROBLEM");
    expect(whatIf.getState().view).toBeNull();
    whatIf.choose(JSON.stringify(["parts", 0, "steps", 12, "tiersBy", "tables", "营业员", 0, "upTo"]));
    whatIf.setValue("0");
    await whatIf.compare();
    const err = whatIf.getState().error!;
    expect(err.code).toBe("SCHEME_INVALID");
    expect(err.details.join("\n")).toContain("upTo");
    expect(err.text["en-US"]).toContain("does not accept 0");
    expect(session.getState().scheme).toEqual(getPreset("mobile-retention"));
  });

  test("another scheme clears the what-if", async () => {
    const { session, whatIf } = setup();
    whatIf.choose(RATE);
    whatIf.setValue("50");
    await whatIf.compare();
    session.chooseScheme("preset:new-customer-dev");
    expect(whatIf.getState()).toMatchObject({ tunableId: null, view: null, candidate: null });
  });

  test("typed numbers: full-width digits and thousands separators", () => {
    expect(parseValue("５０")).toBe(50);
    expect(parseValue(" 1,000.5 ")).toBe(1000.5);
    expect(parseValue("-0.5")).toBe(-0.5);
    expect(parseValue("")).toBeNull();
    expect(parseValue("1e3")).toBeNull();
    expect(parseValue("abc")).toBeNull();
  });
});

describe("what-if panel (rendered)", () => {
  test("choose the rate, type 50, Compare: the table, then Apply; in English after the switch", async () => {
    const port = new FakePort(sheet());
    const { session } = renderPane(port);
    act(() => session.chooseScheme("preset:mobile-retention"));
    const panel = () => screen.getByRole("region", { name: "假设分析" });
    fireEvent.change(within(panel()).getByRole("combobox", { name: "要修改的数值" }), { target: { value: RATE } });
    fireEvent.change(within(panel()).getByRole("textbox", { name: "新数值" }), { target: { value: "50" } });
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("button", { name: "比较" }));
    });
    const rows = screen.getAllByTestId("whatif-row").map((r) => Array.from(r.querySelectorAll("td")).map((td) => td.textContent));
    expect(rows).toEqual([
      ["王丽 · 2016-01", "220.00", "250.00", "+30.00"],
      ["李强 · 2016-01", "20.00", "20.00", "0.00"],
    ]);
    expect(Array.from(screen.getByTestId("whatif-total").querySelectorAll("td")).map((td) => td.textContent)).toEqual(["合计", "240.00", "270.00", "+30.00"]);
    expect(port.fills).toEqual([]);
    act(() => session.setLang("en-US"));
    // the comparison was made in Chinese: the English pane asks for Compare again
    expect(screen.queryByTestId("whatif-table")).toBeNull();
    await act(async () => {
      fireEvent.click(within(screen.getByRole("region", { name: "What-if" })).getByRole("button", { name: "Compare" }));
    });
    expect(screen.getByTestId("whatif-table").querySelector("th")?.textContent).toBe("Recruiter · Month");
    act(() => {
      fireEvent.click(within(screen.getByRole("region", { name: "What-if" })).getByRole("button", { name: "Apply" }));
    });
    expect(screen.getByTestId("whatif-applied").textContent).toContain("= 50");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Calculate and fill" }));
    });
    expect(screen.getByTestId("total").textContent).toBe("270.00");
  });
});
