import { ExcelRules } from "../../src/excel/rulesSheet";
import { SETTING } from "../../src/excel/settings";
import { ExcelStatements } from "../../src/excel/statements";
import { MARK_FILLS_SETTING } from "../../src/excel/markRecord";
import { MARK_COLOR } from "../../src/excel/marks";
import { SimBook, SimSheet, simRun } from "../../src/preview/excelSim";
import { removalFor } from "../../src/taskpane/controller/removal";
import { bookSnapshot } from "./bookSnapshot";
import { adapterFor } from "./harness";
import { removeAll, userBook, writeEverything } from "./removeScenario";

// "Remove Jili output" on the simulated Office.js host: every cell of every sheet as before Jili's first write.

function excelPorts(book: SimBook) {
  const { port, settings } = adapterFor(book, { apis: ["1.7", "1.9", "1.10", "1.18"] });
  const deps = { run: simRun(book), settings, isSetSupported: () => true };
  return { port, settings, statements: new ExcelStatements(deps), rules: new ExcelRules(deps) };
}

describe("Remove Jili output (Excel)", () => {
  test("fill, marks, statements and rules sheet removed: the workbook equals its snapshot before Jili, the user's note and fill back", async () => {
    const book = userBook();
    const before = bookSnapshot(book);
    const ports = excelPorts(book);
    const session = await writeEverything(ports);
    const data = book.sheet("订单")!;
    expect(data.fills.get(SimSheet.key(3, 4))).toBe(MARK_COLOR);
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Jili汇总", "Jili·个人明细", "规则"]));
    expect(bookSnapshot(book)).not.toEqual(before);

    const { asked, state } = await removeAll(session);
    expect(state.error).toBeNull();
    expect(asked?.columns).toBeGreaterThanOrEqual(3);
    expect(asked?.sheets).toEqual(["Jili汇总", "Jili·个人明细", "规则"]);
    expect(asked?.marks).toBe(1);
    expect(state.done).toContain("已清除");
    expect(bookSnapshot(book)).toEqual(before);
    expect(data.notes).toContainEqual({ address: "D4", content: "待核对的日期" });
    expect(data.fills.get(SimSheet.key(3, 4))).toBe("#FFFF00");
    for (const key of [SETTING.summarySheet, SETTING.marks, MARK_FILLS_SETTING, "jili.statementsSheetId", "jili.rulesSheetId"]) expect(ports.settings.get(key) ?? null).toBeNull();
    expect(ports.port.loadRun()?.scheme).toEqual({ preset: "mobile-retention" }); // the saved scheme is the clerk's choice: kept

    // twice is harmless: nothing left, nothing asked, nothing changed
    const again = await removeAll(session);
    expect(again.asked).toBeNull();
    expect(again.state.done).toBe("没有需要清除的 Jili 结果。");
    expect(bookSnapshot(book)).toEqual(before);
  });

  test("a protected data sheet: nothing is removed, and the pane says so in both languages", async () => {
    const book = userBook();
    const ports = excelPorts(book);
    const session = await writeEverything(ports);
    book.sheet("订单")!.protected = true;
    const during = bookSnapshot(book);
    const { state } = await removeAll(session);
    expect(state.error?.code).toBe("OUTPUT_PROTECTED");
    expect(state.error?.text["zh-CN"]).toBe("工作表「订单」受保护：未清除任何 Jili 结果。请先取消保护。");
    expect(state.error?.text["en-US"]).toBe("Sheet 订单 is protected: no Jili output was removed. Unprotect it first.");
    expect(bookSnapshot(book)).toEqual(during);
  });

  test("validation marks cleared alone: fills and notes back, Jili's columns and sheets stay", async () => {
    const book = userBook();
    const ports = excelPorts(book);
    const session = await writeEverything(ports);
    const data = book.sheet("订单")!;
    await removalFor(session).clearMarks();
    expect(removalFor(session).getState().done).toBe("已清除 1 处校验标记。");
    expect(data.fills.get(SimSheet.key(3, 4))).toBe("#FFFF00");
    expect(data.notes.filter((n) => n.content.startsWith("Jili·"))).toEqual([]);
    expect(book.sheet("Jili汇总")).toBeDefined();
    expect([...data.cells.values()].some((v) => typeof v === "string" && v.startsWith("Jili·"))).toBe(true);
  });

  test("a re-validation gives back the fill of a cell no longer marked, not a cleared one", async () => {
    const book = new SimBook("明细");
    book.active.fills.set(SimSheet.key(3, 3), "#00B050");
    const { port } = adapterFor(book);
    await port.markCells("明细", [{ address: "D3", message: "日期无效" }]);
    await port.markCells("明细", [{ address: "E9", message: "客户类型无效" }]);
    expect(book.active.fills.get(SimSheet.key(3, 3))).toBe("#00B050");
  });
});
