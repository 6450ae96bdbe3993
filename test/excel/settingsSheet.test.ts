// Jili's settings in the workbook's very hidden sheet `Jili·settings`, read and written by the Excel face the same
// way the WPS face does, so that a file carries its saved run from one to the other (docs/taskpane.md, docs/wps.md).
import type { SavedRun } from "../../src/excel";
import { MARK_FILLS_SETTING } from "../../src/excel/markRecord";
import { RULES_SETTING } from "../../src/excel/rulesSheet";
import { cutPieces, SETTING_KEYS, SETTINGS_CHUNK, SETTINGS_FORMAT, SETTINGS_SHEET, settingsFromRows } from "../../src/excel/settings";
import { STATEMENTS_SETTING } from "../../src/excel/statements";
import { STATEMENTS_MORE_SETTING } from "../../src/excel/statementsRecord";
import { isJiliSheet, locateInWorkbook } from "../../src/engine";
import { ApiNotImplemented, SimBook, simRun } from "../../src/preview/excelSim";
import { getPreset } from "../../src/schemes";
import { PaneSession } from "../../src/taskpane/controller/session";
import { wpsAdapterFor } from "../wps/harness";
import { sheetAdapterFor, SimSettings } from "./harness";

// every column mobile-retention's rules read, so that no run stops for a missing one
const ROWS = [
  ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", "是否补贴未到期中途取消后重办", "是否副卡", "是否无月租用户"],
  ["王丽", "营业员", "2016-01-04", "到期目标客户", "是", "否", "否", "否"],
  ["李强", "网格经理", "2016-01-05", "非到期目标客户", "是", "否", "否", "否"],
];
const bookOf = () => {
  const book = new SimBook("订单");
  book.active.put(ROWS);
  return book;
};

// a run as the pane saves it: a preset, its part, a parameter typed in the pane and a column chosen by hand
const RUN: SavedRun = { version: 1, scheme: { preset: "mobile-retention" }, part: "orders", params: { effectiveFrom: "2016-01-02" }, columns: { recruiter: "揽装人" }, lang: "zh-CN" };

/** The state a pane opened on the workbook starts with: the saved scheme chosen, with its part, parameters and columns. */
function openedWith(port: ConstructorParameters<typeof PaneSession>[0]) {
  const s = new PaneSession(port, "en-US").getState();
  return { schemeKey: s.schemeKey, partId: s.partId, params: s.params, overrides: s.overrides, lang: s.lang };
}
const EXPECTED = { schemeKey: "saved", partId: "orders", params: { effectiveFrom: "2016-01-02" }, overrides: { recruiter: "揽装人" }, lang: "zh-CN" };

/** The settings sheet's cells as the WPS face and the command line see them. */
const sheetRows = (book: SimBook) => book.sheet(SETTINGS_SHEET)!.grid();

describe("a workbook moves between Excel and WPS with its saved run", () => {
  test("saved by the Excel face, read by the WPS face: the same scheme, part, parameters and columns", async () => {
    const book = bookOf();
    const excel = await sheetAdapterFor(book);
    await excel.port.saveRun(RUN);
    const sheet = book.sheet(SETTINGS_SHEET)!;
    expect(sheet.veryHidden).toBe(true);
    expect(sheet.get(0, 1)).toBe(SETTINGS_FORMAT);
    // nothing went to Office's document settings, which WPS cannot read
    expect(excel.documentSettings.values.size).toBe(0);
    const wps = wpsAdapterFor(book);
    expect(wps.port.loadRun()).toEqual(RUN);
    expect(openedWith(wps.port)).toEqual(EXPECTED);
  });

  test("saved by the WPS face, read by the Excel face (with no document settings at all)", async () => {
    const book = bookOf();
    const wps = wpsAdapterFor(book);
    await wps.port.saveRun(RUN);
    const excel = await sheetAdapterFor(book);
    expect(excel.port.loadRun()).toEqual(RUN);
    expect(openedWith(excel.port)).toEqual(EXPECTED);
    // and back: Excel's next save keeps what WPS wrote, in the same sheet
    await excel.port.saveRun({ ...RUN, params: { effectiveFrom: "2016-02-01" } });
    expect(book.sheets.filter((s) => s.name === SETTINGS_SHEET)).toHaveLength(1);
    expect(wpsAdapterFor(book).port.loadRun()?.params).toEqual({ effectiveFrom: "2016-02-01" });
  });

  test("a pane's validation in Excel saves the run that the WPS pane then opens with", async () => {
    const book = bookOf();
    const excel = await sheetAdapterFor(book);
    const pane = new PaneSession(excel.port, "zh-CN");
    pane.chooseScheme("preset:mobile-retention");
    await pane.validate();
    expect(pane.getState().error).toBeNull();
    expect(wpsAdapterFor(book).port.loadRun()?.scheme).toEqual({ preset: "mobile-retention" });
  });

  test("a value longer than one piece (a scheme document of 70 000 characters) round-trips both ways", async () => {
    const document = { ...getPreset("mobile-retention")!, description: { "zh-CN": "说明".repeat(35_000), "en-US": "x" } };
    const big: SavedRun = { ...RUN, scheme: { document } };
    const book = bookOf();
    await (await sheetAdapterFor(book)).port.saveRun(big);
    const line = sheetRows(book).find((r) => r[0] === "jili.run")!;
    expect(line.length).toBeGreaterThan(3);
    expect(line.slice(1).every((p) => typeof p === "string" && p.length <= SETTINGS_CHUNK)).toBe(true);
    // every cell Jili wrote is formatted as text, so that no piece is read as a number or a date
    expect(book.sheet(SETTINGS_SHEET)!.numberFormats.get("3:2")).toBe("@");
    expect(wpsAdapterFor(book).port.loadRun()).toEqual(big);
    expect((await sheetAdapterFor(book)).port.loadRun()).toEqual(big);
    // the same from WPS to Excel
    const other = bookOf();
    await wpsAdapterFor(other).port.saveRun(big);
    expect((await sheetAdapterFor(other)).port.loadRun()).toEqual(big);
  });

  test("a shorter save blanks what the longer one left, and the settings read back exactly", async () => {
    const book = bookOf();
    const excel = await sheetAdapterFor(book);
    await excel.port.saveRun({ ...RUN, params: { note: "长".repeat(65_000) } });
    await excel.port.saveRun(RUN);
    expect(sheetRows(book).find((r) => r[0] === "jili.run")!.filter((v) => v !== null)).toHaveLength(2);
    expect((await sheetAdapterFor(book)).port.loadRun()).toEqual(RUN);
  });
});

describe("workbooks saved before the settings sheet (Office's document settings)", () => {
  const older = () => {
    const settings = new SimSettings();
    settings.set("jili.run", RUN);
    settings.set(STATEMENTS_SETTING, "{sheet-7}");
    settings.set(RULES_SETTING, "{sheet-8}");
    settings.set("jili.marks", { 订单: ["B2"] });
    return settings;
  };

  test("the run is read from the document settings; opening writes nothing", async () => {
    const book = bookOf();
    const excel = await sheetAdapterFor(book, { settings: older() });
    expect(excel.port.loadRun()).toEqual(RUN);
    expect(openedWith(excel.port)).toEqual(EXPECTED);
    expect(book.sheet(SETTINGS_SHEET)).toBeUndefined();
  });

  test("the next save writes every key into the sheet (migration), so WPS and a later Excel pane see them all", async () => {
    const book = bookOf();
    const settings = older();
    const excel = await sheetAdapterFor(book, { settings });
    await excel.port.markCells("订单", [{ address: "C2", message: "Jili·日期无效" }]);
    const stored = settingsFromRows(sheetRows(book))!;
    expect(stored.get("jili.run")).toEqual(RUN);
    expect(stored.get(STATEMENTS_SETTING)).toBe("{sheet-7}");
    expect(stored.get(RULES_SETTING)).toBe("{sheet-8}");
    expect(stored.get("jili.marks")).toEqual({ 订单: ["C2"] });
    // the document settings were left as they were (an older add-in still finds its run there)
    expect(settings.get("jili.run")).toEqual(RUN);
    expect(settings.saves).toBe(0);
    // from now on the sheet is the store: a pane with no document settings reads the same
    const later = await sheetAdapterFor(book);
    expect(later.port.loadRun()).toEqual(RUN);
    expect(later.settings.get(STATEMENTS_SETTING)).toBe("{sheet-7}");
    expect(wpsAdapterFor(book).port.loadRun()).toEqual(RUN);
  });

  test("where the sheet cannot be added (protected workbook structure) the run is saved in the document settings, as before", async () => {
    const book = bookOf();
    book.structureProtected = true;
    const settings = new SimSettings();
    const excel = await sheetAdapterFor(book, { settings });
    await expect(excel.port.saveRun(RUN)).resolves.toBeUndefined();
    expect(book.sheet(SETTINGS_SHEET)).toBeUndefined();
    expect(settings.get("jili.run")).toEqual(RUN);
    expect(settings.saves).toBe(1);
    expect((await sheetAdapterFor(book, { settings })).port.loadRun()).toEqual(RUN);
  });

  test("a host before ExcelApi 1.4 (no getItemOrNullObject) keeps the document settings and adds no sheet", async () => {
    const book = bookOf();
    const settings = older();
    const excel = await sheetAdapterFor(book, { settings, apis: ["1.1", "1.2", "1.3"] });
    expect(excel.settings).toBe(settings);
    await excel.port.saveRun({ ...RUN, part: undefined });
    expect(book.sheet(SETTINGS_SHEET)).toBeUndefined();
    expect(settings.saves).toBe(1);
  });

  test("a damaged settings sheet stops the start with a typed error in both languages, and is left as it is", async () => {
    const book = bookOf();
    await wpsAdapterFor(book).port.saveRun(RUN);
    const sheet = book.sheet(SETTINGS_SHEET)!;
    sheet.put([["{broken"]], 2, 1);
    await expect(sheetAdapterFor(book)).rejects.toMatchObject({ code: "SAVED_RUN_INVALID", text: { "zh-CN": expect.stringContaining("已损坏"), "en-US": expect.stringContaining("damaged") } });
    expect(sheet.get(1, 2)).toBe("{broken");
  });

  test("every key the adapters record is carried over", () => {
    expect(SETTING_KEYS).toEqual(expect.arrayContaining(["jili.run", "jili.summarySheetId", "jili.marks", MARK_FILLS_SETTING, STATEMENTS_SETTING, STATEMENTS_MORE_SETTING, RULES_SETTING]));
  });
});

describe("the settings sheet is very hidden and never data", () => {
  test("a fill leaves it very hidden, never active, and the engine refuses to read it as data", async () => {
    const book = bookOf();
    const excel = await sheetAdapterFor(book);
    const pane = new PaneSession(excel.port, "zh-CN");
    pane.chooseScheme("preset:mobile-retention");
    await pane.validate();
    await pane.fill();
    expect(pane.getState().error).toBeNull();
    const sheet = book.sheet(SETTINGS_SHEET)!;
    expect(sheet.veryHidden).toBe(true);
    expect(book.active.name).toBe("订单");
    // the summary sheet's id is recorded in the sheet, not in the document settings
    expect(settingsFromRows(sheet.grid())!.get("jili.summarySheetId")).toBe(book.sheet("Jili汇总")!.id);
    expect(excel.documentSettings.values.size).toBe(0);
    // a sheet Jili wrote: the engine (pane and command line alike) never takes it as the data table
    expect(isJiliSheet(SETTINGS_SHEET, sheet.grid())).toBe(true);
    const grids = book.sheets.map((s) => ({ name: s.name, cells: s.grid() }));
    expect(() => locateInWorkbook(getPreset("mobile-retention")!, grids, { sheet: SETTINGS_SHEET })).toThrow(expect.objectContaining({ code: "OWNED_SHEET" }));
    expect(locateInWorkbook(getPreset("mobile-retention")!, grids).sheet).toBe("订单");
  });
});

describe("pieces never start with a character a cell would take as something else", () => {
  test.each(["'", "=", "+", "-", "@"])("a cut before %s moves back", (c) => {
    const json = JSON.stringify({ s: "a".repeat(SETTINGS_CHUNK - 7) + c.repeat(10) + "b".repeat(40_000) });
    expect(json.charAt(SETTINGS_CHUNK)).toBe(c);
    const pieces = cutPieces(json);
    expect(pieces.join("")).toBe(json);
    expect(pieces.every((p) => p.length <= SETTINGS_CHUNK && !/^['=+\-@]/.test(p))).toBe(true);
  });
});

describe("the Excel simulation's Worksheet.visibility", () => {
  const attempt = (batch: (c: Excel.RequestContext) => Promise<unknown>) => {
    const book = bookOf();
    return simRun(book)(batch).then(
      () => null,
      (e: Error & { code?: string }) => e,
    );
  };
  test("is VeryHidden or Visible, read after load + sync; Hidden is not simulated", async () => {
    expect(await attempt(async (c) => c.workbook.worksheets.getActiveWorksheet().visibility)).toMatchObject({ code: "PropertyNotLoaded" });
    expect(await attempt(async (c) => void (c.workbook.worksheets.getActiveWorksheet().visibility = "Hidden"))).toBeInstanceOf(ApiNotImplemented);
    const book = bookOf();
    book.addSheet("其他").veryHidden = true;
    const seen = await simRun(book)(async (c) => {
      const ws = c.workbook.worksheets.getItem("其他");
      ws.load("visibility");
      await c.sync();
      return ws.visibility;
    });
    expect(seen).toBe("VeryHidden");
  });
  test("the last visible sheet cannot be hidden; a hidden active sheet hands the activation on", async () => {
    expect(await attempt(async (c) => void (c.workbook.worksheets.getActiveWorksheet().visibility = "VeryHidden"))).toMatchObject({ code: "InvalidOperation" });
    const book = bookOf();
    book.addSheet("其他");
    await simRun(book)(async (c) => void (c.workbook.worksheets.getActiveWorksheet().visibility = "VeryHidden"));
    expect(book.sheet("订单")!.veryHidden).toBe(true);
    expect(book.active.name).toBe("其他");
  });
});
