/** @jest-environment jsdom */
import "./textEncoder";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { schemeToRulesBook } from "../../src/engine";
import { beyondFifthRow } from "../support/rulesRows";
import { ExcelRules } from "../../src/excel/rulesSheet";
import { SimBook, SimSheet, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";
import { attachRules, ExportDeps, RulesController } from "../../src/taskpane/controller/rules";
import { PaneSession } from "../../src/taskpane/controller/session";
import { getPreset } from "../../src/schemes";
import { HEADERS, order } from "../excel/data";
import { FakePort } from "./fakePort";
import { renderPane } from "./render";

// The pane's rules actions over the real rules adapter on a simulated workbook; the data sheet is the fake port's.
// 王丽 (营业员) has 8 counted households in 2016-01: 5 × 20 + 3 × 40 = 220 yuan; at 50 beyond the fifth, 5 × 20 + 3 × 50 = 250.

const eight = () => [HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true))];

class FakeExport implements ExportDeps {
  files: { fileName: string; text: string }[] = [];
  copied: string[] = [];
  download(fileName: string, text: string) {
    this.files.push({ fileName, text });
  }
  async copy(text: string) {
    this.copied.push(text);
  }
}

function setup(port = new FakePort(eight())) {
  const book = new SimBook("明细");
  const settings = new SimSettings();
  const exporter = new FakeExport();
  const session = new PaneSession(port, "zh-CN");
  const rules = attachRules(session, new ExcelRules({ run: simRun(book), settings }), exporter);
  return { port, book, settings, exporter, session, rules };
}

async function fillTotal(session: PaneSession): Promise<number | undefined> {
  await session.fill();
  return session.getState().summary?.total;
}

describe("rules sheet in the pane (controller)", () => {
  test("Edit rules writes the active scheme; Use rules sheet with no change gives the same results, saved as a document", async () => {
    const { session, rules, book, port } = setup();
    session.chooseScheme("preset:mobile-retention");
    await rules.editRules();
    expect(rules.getState().written).toEqual({ sheet: "规则", renamed: false, rows: schemeToRulesBook(getPreset("mobile-retention")!, "zh-CN").view.rows.length });
    expect(book.active.name).toBe("规则");
    await rules.useRulesSheet();
    expect(rules.getState().applied?.sheet).toBe("规则");
    expect(rules.getState().problems).toBeNull();
    expect(session.getState().schemeKey).toBe("file");
    expect(session.getState().scheme).toEqual(getPreset("mobile-retention"));
    expect(await fillTotal(session)).toBe(220);
    // the scheme travels with the workbook, as a document
    expect(port.saved?.scheme).toHaveProperty("document");
  });

  test("the clerk changes the rate beyond the fifth household 40 → 50: the fill pays 王丽 250, also after reopening", async () => {
    const { session, rules, book, port } = setup();
    session.chooseScheme("preset:mobile-retention");
    expect(await fillTotal(session)).toBe(220);
    await rules.editRules();
    const row = beyondFifthRow(book);
    book.sheet("规则")!.cells.set(SimSheet.key(3, row), 50);
    await rules.useRulesSheet();
    expect(rules.getState().applied).not.toBeNull();
    expect(await fillTotal(session)).toBe(250);
    // reopened: the saved run holds the edited scheme
    const again = new PaneSession(port, "zh-CN");
    expect(again.getState().schemeKey).toBe("saved");
    expect(await fillTotal(again)).toBe(250);
  });

  test("an edited sheet with errors: every problem with its cell, nothing applied; a click selects the cell", async () => {
    const { session, rules, book } = setup();
    session.chooseScheme("preset:mobile-retention");
    const before = session.getState().scheme;
    await rules.editRules();
    const row = beyondFifthRow(book);
    const ws = book.sheet("规则")!;
    ws.cells.set(SimSheet.key(3, row), "四十");
    ws.cells.set(SimSheet.key(2, row + 1), "两户");
    await rules.useRulesSheet();
    const problems = rules.getState().problems!;
    expect(problems.sheet).toBe("规则");
    // both cells are named: the reader goes on after the first problem
    expect(problems.list.map((p) => p.address).sort()).toEqual([`C${row + 1}`, `D${row}`]);
    for (const p of problems.list) {
      expect(p.message["zh-CN"]).toBeTruthy();
      expect(p.message["en-US"]).toBeTruthy();
    }
    expect(rules.getState().applied).toBeNull();
    expect(session.getState().scheme).toBe(before);
    expect(session.getState().schemeKey).toBe("preset:mobile-retention");
    book.activate(book.sheet("明细")!);
    await rules.selectProblem(`D${row}`);
    expect(book.active.name).toBe("规则");
    expect(book.activeCell).toEqual({ col: 3, row });
  });

  test("no rules sheet: a clear bilingual error; a user's own 规则 sheet is left alone and the rules go to 规则 (2)", async () => {
    const { session, rules, book } = setup();
    session.chooseScheme("preset:mobile-retention");
    await rules.useRulesSheet();
    expect(rules.getState().error?.code).toBe("NO_DATA");
    expect(rules.getState().error?.text["zh-CN"]).toContain("编辑规则");
    expect(rules.getState().error?.text["en-US"]).toContain("Edit rules");
    const mine = book.addSheet("规则");
    mine.put([["部门制度"]]);
    await rules.editRules();
    expect(rules.getState().error).toBeNull();
    expect(rules.getState().written).toMatchObject({ sheet: "规则 (2)", renamed: true });
    expect(mine.grid()).toEqual([["部门制度"]]);
    await rules.useRulesSheet();
    expect(rules.getState().applied?.sheet).toBe("规则 (2)");
  });

  test("Export gives the active scheme's document as .json, and Import loads it back", async () => {
    const { session, rules, exporter } = setup();
    session.chooseScheme("preset:mobile-retention");
    rules.exportJson();
    expect(exporter.files).toHaveLength(1);
    const { fileName, text } = exporter.files[0];
    expect(fileName).toBe("mobile-retention.json");
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(getPreset("mobile-retention"))));
    expect(rules.getState().exported).toEqual({ how: "download", fileName });
    await rules.copyJson();
    expect(exporter.copied).toEqual([text]);
    expect(rules.getState().exported?.how).toBe("copy");
    // Import (a .json scheme file) takes the exported file back
    session.loadSchemeText(text);
    expect(session.getState().error).toBeNull();
    expect(session.getState().schemeKey).toBe("file");
    expect(session.getState().scheme).toEqual(getPreset("mobile-retention"));
    expect(await fillTotal(session)).toBe(220);
  });

  test("outside Excel (no adapter) the sheet actions refuse with a typed error", async () => {
    const session = new PaneSession(new FakePort(eight()), "en-US");
    const rules = new RulesController(session, null, new FakeExport());
    session.chooseScheme("preset:mobile-retention");
    expect(rules.available).toBe(false);
    await rules.editRules();
    expect(rules.getState().error?.code).toBe("EXCEL_API");
  });
});

describe("rules panel (rendered)", () => {
  test("Edit rules, a broken sheet listed with clickable cells, then a fixed sheet applied; English via the switch", async () => {
    const port = new FakePort(eight());
    const book = new SimBook("明细");
    const { session } = renderPane(port);
    attachRules(session, new ExcelRules({ run: simRun(book), settings: new SimSettings() }), new FakeExport());
    act(() => session.chooseScheme("preset:mobile-retention"));
    const panel = () => screen.getByRole("region", { name: "方案规则" });
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("button", { name: "编辑规则" }));
    });
    await waitFor(() => expect(screen.getByTestId("rules-written").textContent).toContain("「规则」"));
    const row = beyondFifthRow(book);
    book.sheet("规则")!.cells.set(SimSheet.key(3, row), "四十");
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("button", { name: "使用规则表" }));
    });
    expect(screen.getByTestId("rules-problems").textContent).toContain("方案未改变");
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("button", { name: `选中 D${row}` }));
    });
    expect(book.activeCell).toEqual({ col: 3, row });
    book.sheet("规则")!.cells.set(SimSheet.key(3, row), 50);
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("button", { name: "使用规则表" }));
    });
    expect(screen.queryByTestId("rules-problems")).toBeNull();
    expect(screen.getByTestId("rules-applied").textContent).toContain("已采用「规则」中的方案");
    act(() => session.setLang("en-US"));
    expect(screen.getByTestId("rules-applied").textContent).toContain("Now using the scheme in 规则");
    expect(within(screen.getByRole("region", { name: "Scheme rules" })).getByRole("button", { name: "Export scheme JSON" })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Calculate and fill" }));
    });
    expect(screen.getByTestId("total").textContent).toBe("250.00");
  });
});
