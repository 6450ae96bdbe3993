import * as fs from "fs";
import * as path from "path";
import { SETTINGS_FORMAT, SETTINGS_SHEET, settingsFromRows, settingsToRows, SheetSettings } from "../../src/excel/settings";
import { SimBook } from "../../src/preview/excelSim";
import { etHost, EtNotImplemented } from "../../src/preview/etSim";
import { SimSettings } from "../../src/preview/settings";
import { PaneSession } from "../../src/taskpane/controller/session";
import { serial } from "../excel/data";
import { wpsAdapterFor } from "./harness";

// every column mobile-retention's rules read, so that no run stops for a missing one (COLUMNS_NEEDED)
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

describe("settings kept in the workbook (the Jili·settings sheet, very hidden)", () => {
  test("a saved run is written to the very hidden sheet and read back by the next pane on the same workbook", async () => {
    const book = bookOf();
    const first = new PaneSession(wpsAdapterFor(book).port, "zh-CN");
    first.chooseScheme("preset:mobile-retention");
    await first.validate();
    const sheet = book.sheet(SETTINGS_SHEET)!;
    expect(sheet.veryHidden).toBe(true);
    expect(sheet.get(0, 1)).toBe(SETTINGS_FORMAT);
    expect(book.active.name).toBe("订单");
    const again = wpsAdapterFor(book).port.loadRun();
    expect(again?.scheme).toEqual({ preset: "mobile-retention" });
  });

  test("a long value is cut into pieces under a cell's 32 767 characters and joined again", () => {
    const long = "规".repeat(70_000);
    const rows = settingsToRows(new Map<string, unknown>([["jili.run", { long }]]));
    expect(rows[1].length).toBe(4); // key + 3 pieces of at most 30 000 characters of JSON
    expect(rows[1].slice(1).every((p) => p.length <= 30_000)).toBe(true);
    expect(settingsFromRows(rows)?.get("jili.run")).toEqual({ long });
  });

  test("a sheet that is not Jili's settings is not read; a damaged value is a typed error in both languages", () => {
    expect(settingsFromRows([["something else"]])).toBeNull();
    expect(() => settingsFromRows([[SETTINGS_FORMAT], ["jili.run", "{broken"]])).toThrow(expect.objectContaining({ code: "SAVED_RUN_INVALID" }));
  });

  test("Office's document settings stay readable as the fallback of a workbook saved before the settings sheet", () => {
    const office = new SimSettings();
    office.set("jili.run", { version: 1, scheme: { preset: "car-referral" }, params: {}, columns: {} });
    const settings = new SheetSettings(new Map(), async () => undefined, office);
    expect(settings.get("jili.run")).toEqual({ version: 1, scheme: { preset: "car-referral" }, params: {}, columns: {} });
    settings.set("jili.run", { version: 1, scheme: { preset: "mobile-retention" }, params: {}, columns: {} });
    expect((settings.get("jili.run") as { scheme: unknown }).scheme).toEqual({ preset: "mobile-retention" });
  });
});

describe("the simulated ET host", () => {
  test("rejects any member it does not implement, by name", () => {
    const app = etHost(bookOf()) as unknown as Record<string, unknown>;
    expect(() => app.Workbooks).toThrow(EtNotImplemented);
    expect(() => app.Workbooks).toThrow("Application.Workbooks");
  });

  test("1-based Item, Value2 as rows for several cells and a scalar for one, empty cells undefined", () => {
    const ws = etHost(bookOf()).ActiveWorkbook.Sheets.Item(1);
    expect(ws.Name).toBe("订单");
    expect(ws.Range("A1:B2").Value2).toEqual([
      ["揽装人", "岗位"],
      ["王丽", "营业员"],
    ]);
    expect(ws.Range("A2").Value2).toBe("王丽");
    expect(ws.Range("F9").Value2).toBeUndefined();
    expect(ws.Cells.Item(2, 1).Value2).toBe("王丽");
  });

  test("a protected sheet refuses a write with COM's error; deleting a sheet with alerts on is refused", () => {
    const book = bookOf();
    book.active.protected = true;
    const app = etHost(book);
    const ws = app.ActiveWorkbook.ActiveSheet;
    expect(() => (ws.Range("J1").Value2 = "x")).toThrow(expect.objectContaining({ number: 0x800a03ec | 0 }));
    expect(book.active.get(9, 1)).toBeUndefined();
    expect(() => ws.Delete()).toThrow("DisplayAlerts");
  });
});

describe("the other sheets a part's joined tables need, over ET", () => {
  /** 订单 (active), 自定指标 with a date shown as a date, and Jili's very hidden settings sheet */
  function book3(): SimBook {
    const book = new SimBook("订单");
    book.active.put([["销售顾问", "订单号"], ["王", "A1"]]);
    const targets = book.addSheet("自定指标");
    targets.put([["销售顾问", "自定指标", "设定日"], ["王", 3, serial(3, 1)], ["李", "", ""]]);
    targets.numberFormats.set("2:2", "yyyy-mm-dd");
    book.addSheet(SETTINGS_SHEET).veryHidden = true;
    return book;
  }

  test("the sheet list leaves the very hidden settings sheet out and names the active one", async () => {
    expect(await wpsAdapterFor(book3()).port.listSheets()).toEqual({ sheets: ["订单", "自定指标"], active: "订单" });
  });

  test("named sheets are read as the Excel adapter reads them; a missing name is left out; nothing is activated", async () => {
    const book = book3();
    const progress: (string | undefined)[] = [];
    const snaps = await wpsAdapterFor(book).port.readSheets(["自定指标", "不存在"], (p) => progress.push(p.sheet));
    expect(snaps).toEqual([
      {
        sheet: "自定指标",
        cells: [
          ["销售顾问", "自定指标", "设定日"],
          ["王", 3, new Date(Date.UTC(2016, 2, 1))],
          ["李", null, null],
        ],
        lastRow: 3,
        lastColumn: 2,
        table: null,
        someRowsHidden: false,
      },
    ]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((s) => s === "自定指标")).toBe(true);
    expect(book.active.name).toBe("订单");
  });
});

describe("the pane over WPS: marks and conflicts", () => {
  test("validation colours the bad cell red (#FFC7CE as BGR) and adds a Jili· comment; the next validation replaces them", async () => {
    const book = new SimBook("订单");
    book.active.put([...ROWS, ["张伟", null, "2016-01-06", "到期目标客户", "是", "否", "否", "否"]]);
    const session = new PaneSession(wpsAdapterFor(book).port, "en-US");
    session.chooseScheme("preset:mobile-retention");
    await session.validate();
    expect(book.active.fills.get("1:4")).toBe("#FFC7CE");
    expect(book.active.notes.map((n) => n.address)).toEqual(["B4"]);
    expect(book.active.notes[0].content.startsWith("Jili·")).toBe(true);
    // Jili's comment is deleted before the new one is added (AddComment fails on a cell that has one)
    await session.validate();
    expect(session.getState().error).toBeNull();
    expect([...book.active.fills.keys()]).toEqual(["1:4"]);
    expect(book.active.notes.map((n) => n.address)).toEqual(["B4"]);
  });

  test("a formula in Jili's column is asked about before it is overwritten; a merged cell there stops the fill", async () => {
    const book = bookOf();
    book.active.put([["Jili·状态"]], 1, 8);
    book.active.cells.set("8:2", 1);
    book.active.formulas.add("8:2");
    const session = new PaneSession(wpsAdapterFor(book).port, "zh-CN");
    session.chooseScheme("preset:mobile-retention");
    await session.fill();
    expect(session.getState().conflicts?.map((c) => [c.kind, c.canOverwrite])).toContainEqual(["formula", true]);
    expect(book.sheet("Jili汇总")).toBeUndefined();
  });
});

describe("the add-in package's sources", () => {
  test("the ribbon has the Jili tab with its five buttons, each calling the entry page's OnAction", () => {
    const xml = fs.readFileSync(path.join(__dirname, "..", "..", "src", "wps", "addin", "ribbon.xml"), "utf8");
    const labels = [...xml.matchAll(/<button [^>]*label="([^"]+)"[^>]*onAction="ribbon\.OnAction"/g)].map((m) => m[1]);
    expect(labels).toEqual(["校验", "计算并填写", "个人明细", "规则", "打开任务窗格"]);
    expect(xml).toContain('onLoad="ribbon.OnAddinLoad"');
  });
});
