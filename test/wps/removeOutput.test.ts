import { MARK_FILLS_SETTING } from "../../src/excel/markRecord";
import { MARK_COLOR } from "../../src/excel/marks";
import { SETTING, SETTINGS_SHEET } from "../../src/excel/settings";
import { SimSheet } from "../../src/preview/excelSim";
import { removalFor } from "../../src/taskpane/controller/removal";
import { bookSnapshot } from "../excel/bookSnapshot";
import { removeAll, userBook, writeEverything } from "../excel/removeScenario";
import { wpsAdapterFor } from "./harness";

// "Remove Jili output" on the simulated ET host, through the same port and the same pane actions as in Excel.

describe("Remove Jili output (WPS)", () => {
  test("fill, marks, statements and rules sheet removed: every sheet as before Jili, the user's note and fill back", async () => {
    const book = userBook();
    const before = bookSnapshot(book);
    const ports = wpsAdapterFor(book);
    const session = await writeEverything(ports);
    const data = book.sheet("订单")!;
    expect(data.fills.get(SimSheet.key(3, 4))).toBe(MARK_COLOR);
    expect(bookSnapshot(book)).not.toEqual(before);

    const { asked, state } = await removeAll(session);
    expect(state.error).toBeNull();
    expect(asked?.sheets).toEqual(["Jili汇总", "Jili·个人明细", "规则"]);
    expect(asked?.marks).toBe(1);
    expect(bookSnapshot(book)).toEqual(before);
    expect(data.notes).toContainEqual({ address: "D4", content: "待核对的日期" });
    expect(data.fills.get(SimSheet.key(3, 4))).toBe("#FFFF00");
    for (const key of [SETTING.summarySheet, SETTING.marks, MARK_FILLS_SETTING, "jili.statementsSheetId", "jili.rulesSheetId"]) expect(ports.settings.get(key) ?? null).toBeNull();
    // the settings sheet stays, very hidden, with the saved scheme only
    expect(book.sheet(SETTINGS_SHEET)?.veryHidden).toBe(true);
    expect(ports.port.loadRun()?.scheme).toEqual({ preset: "mobile-retention" });

    const again = await removeAll(session);
    expect(again.asked).toBeNull();
    expect(bookSnapshot(book)).toEqual(before);
  });

  test("a protected data sheet: nothing is removed, said in both languages", async () => {
    const book = userBook();
    const ports = wpsAdapterFor(book);
    const session = await writeEverything(ports);
    book.sheet("订单")!.protected = true;
    const during = bookSnapshot(book);
    const { state } = await removeAll(session);
    expect(state.error?.code).toBe("OUTPUT_PROTECTED");
    expect(state.error?.text["en-US"]).toBe("Sheet 订单 is protected: no Jili output was removed. Unprotect it first.");
    expect(state.error?.text["zh-CN"]).toBe("工作表「订单」受保护：未清除任何 Jili 结果。请先取消保护。");
    expect(bookSnapshot(book)).toEqual(during);
  });

  test("validation marks cleared alone", async () => {
    const book = userBook();
    const ports = wpsAdapterFor(book);
    const session = await writeEverything(ports);
    await removalFor(session).clearMarks();
    expect(removalFor(session).getState().done).toBe("已清除 1 处校验标记。");
    expect(book.sheet("订单")!.fills.get(SimSheet.key(3, 4))).toBe("#FFFF00");
    expect(book.sheet("Jili汇总")).toBeDefined();
  });
});
