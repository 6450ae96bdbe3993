/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import type { StatementSheet } from "../../src/engine";
import type { StatementsOutcome, StatementsPort, StatementsProgress } from "../../src/excel/statements";
import { attachStatements } from "../../src/taskpane/controller/statements";
import { FakePort } from "../taskpane/fakePort";
import { renderPane } from "../taskpane/render";
import { HEADERS, order } from "./data";

// The result panel's 个人明细 / Statements button over a fake adapter: what it hands the adapter and what it says.

/** 王丽 (营业员) 8 counted households → 5×20 + 3×40 = 220; 李强 (网格经理) 1 → 20 */
const cells = () => [["2016年1月 购机送费明细"], [], HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true)), order("李强", "网格经理", 12, true)];

class FakeStatements implements StatementsPort {
  written: StatementSheet[] = [];
  outcome: Partial<Extract<StatementsOutcome, { status: "done" }>> = {};
  hold: Promise<void> | null = null;
  async writeStatements(sheets: readonly StatementSheet[], options: { onProgress?: (p: StatementsProgress) => void } = {}): Promise<StatementsOutcome> {
    this.written.push(...sheets);
    options.onProgress?.({ done: 10, total: sheets[0].rows.length });
    if (this.hold) await this.hold;
    return { status: "done", sheet: sheets[0].name, sheets: sheets.map((s) => s.name), renamed: false, printSettings: true, stats: { syncs: 2, chunks: 1, largestRequest: 100 }, ...this.outcome };
  }
}

async function fill() {
  fireEvent.change(screen.getByRole("combobox", { name: "方案" }), { target: { value: "preset:mobile-retention" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "计算并填写" }));
  });
  // the evaluation gives the event loop turns (worker/): the result comes after them
  await screen.findByTestId("total");
}

describe("the 个人明细 button", () => {
  test("after a fill: writes one statement per person, totals as the summary; says where and how much", async () => {
    const statements = new FakeStatements();
    const { session } = renderPane(new FakePort(cells()));
    attachStatements(session, statements);
    expect(screen.queryByRole("button", { name: "个人明细" })).toBeNull();
    await fill();
    expect(screen.getByTestId("total").textContent).toBe("240.00");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "个人明细" }));
    });
    await screen.findByTestId("statements-done");
    expect(statements.written).toHaveLength(1);
    const sheet = statements.written[0];
    expect(sheet.name).toBe("Jili·个人明细");
    expect(sheet.blocks.map((b) => [b.subject, b.total])).toEqual([
      ["王丽", 220],
      ["李强", 20],
    ]);
    expect(sheet.pageBreaks).toEqual([sheet.blocks[1].top]);
    expect(screen.getByTestId("statements-done").textContent).toBe("已生成工作表「Jili·个人明细」：2 份个人明细，合计 240.00 元，与汇总表一致。每人一页起，A4 横向打印。");
  });

  test("the statements use the fill's inputs, in the pane's language; a renamed sheet and missing print settings are said", async () => {
    const statements = new FakeStatements();
    statements.outcome = { sheet: "Jili·Statements (2)", sheets: ["Jili·Statements (2)"], renamed: true, printSettings: false };
    const { session } = renderPane(new FakePort(cells()));
    attachStatements(session, statements);
    await fill();
    // a parameter typed after the fill does not change the summary sheet already written, so not the statements either
    act(() => {
      session.setParam("effectiveFrom", "2016-01-05");
      session.setLang("en-US");
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Statements" }));
    });
    await screen.findByTestId("statements-done");
    const sheet = statements.written[0];
    expect(sheet.rows[0][0]!.value).toBe("Mobile old-customer retention — Reward statement");
    expect(sheet.blocks.map((b) => b.total)).toEqual([220, 20]);
    const text = screen.getByTestId("statements-done").textContent;
    expect(text).toContain("Sheet Jili·Statements (2) written: 2 statements, total 240.00 yuan, equal to the summary.");
    expect(text).toContain("(A sheet of yours had the name; it was left as it is.)");
    expect(text).toContain("ExcelApi 1.9 is needed");
  });

  test("a progress bar while writing; the button waits", async () => {
    const statements = new FakeStatements();
    let release: () => void = () => undefined;
    statements.hold = new Promise((r) => (release = r));
    const { session } = renderPane(new FakePort(cells()));
    attachStatements(session, statements);
    await fill();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "个人明细" }));
    });
    expect(await screen.findByText(/正在写入个人明细… 10\/\d+ 行/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "个人明细" })).toHaveProperty("disabled", true);
    await act(async () => release());
    expect(screen.getByTestId("statements-done")).toBeTruthy();
  });

  test("statements written on several sheets: the message says so and names each, in both languages", async () => {
    const statements = new FakeStatements();
    statements.outcome = { sheets: ["Jili·个人明细", "Jili·个人明细 (2)"] };
    const { session } = renderPane(new FakePort(cells()));
    attachStatements(session, statements);
    await fill();
    // jsdom has no scrollIntoView: the pane's message must be scrolled into view (the button is at the panel's foot)
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "个人明细" }));
      });
      await screen.findByTestId("statements-done");
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
    expect(scrolled).toContain(screen.getByTestId("statements-done"));
    expect(screen.getByTestId("statements-done").textContent).toBe(
      "个人明细一个工作表放不下，已按人分开写入 2 个工作表「Jili·个人明细」、「Jili·个人明细 (2)」：2 份个人明细，合计 240.00 元，与汇总表一致。每人一页起，A4 横向打印。",
    );
    act(() => session.setLang("en-US"));
    expect(screen.getByTestId("statements-done").textContent).toBe(
      "The statements do not fit on one sheet, so they were written on 2 sheets, cut between people: Jili·个人明细 and Jili·个人明细 (2). 2 statements, total 240.00 yuan, equal to the summary. Each person starts a new A4 page (landscape).",
    );
  });

  test("a run cancelled while writing says how many rows were written and that the next run replaces Jili's sheets", async () => {
    const statements = new FakeStatements();
    statements.writeStatements = async () => ({ status: "cancelled", sheet: "Jili·个人明细", rowsWritten: 1200, stats: { syncs: 3, chunks: 2, largestRequest: 100 } });
    const { session } = renderPane(new FakePort(cells()));
    attachStatements(session, statements);
    await fill();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "个人明细" }));
    });
    expect(await screen.findByText("已取消：已写入 1200 行。再次生成会替换 Jili 已写入的个人明细工作表。")).toBeTruthy();
    expect(screen.queryByTestId("statements-done")).toBeNull();
  });

  test("an adapter failure is shown, typed and bilingual", async () => {
    const statements = new FakeStatements();
    statements.writeStatements = async () => {
      throw Object.assign(new Error("boom"), { code: "GeneralException" });
    };
    const { session } = renderPane(new FakePort(cells()));
    attachStatements(session, statements);
    await fill();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "个人明细" }));
    });
    await screen.findAllByRole("alert");
    expect(screen.getAllByRole("alert").some((a) => a.textContent?.includes("Excel 操作失败：GeneralException"))).toBe(true);
  });

  test("outside Excel (no adapter) the button is disabled", async () => {
    const { session } = renderPane(new FakePort(cells()));
    attachStatements(session, null);
    await fill();
    expect(screen.getByRole("button", { name: "个人明细" })).toHaveProperty("disabled", true);
  });
});
