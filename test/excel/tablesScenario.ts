/**
 * Workbooks that keep a part's table on more than one sheet, as clerks keep them, for the pane over either host:
 *
 * - car-launch-advance (docs/presets/car-launch-advance.md): the launch orders on 订单 and each consultant's own
 *   target (自定指标) on a sheet of its own, joined by 销售顾问;
 * - postal-client-maintenance (docs/presets/postal-client-maintenance.md): one column per week on 收集 (read as one
 *   row per week), the month's contribution rate on 贡献率, joined by 姓名 and 月份.
 *
 * The values expected are worked out by hand below, by the rules of those pages.
 */
import { SimBook, type SimSheet } from "../../src/preview/excelSim";
import { bookSnapshot } from "./bookSnapshot";
import { PaneSession } from "../../src/taskpane/controller/session";
import type { WorkbookPort } from "../../src/excel/port";
import type { Cell } from "./types";

/** Launch day 2016-03-05 and c = 800 yuan per car, the page's test configuration. */
export const LAUNCH_PARAMS = { launchDate: "2016-03-05", commissionPerCar: "800" };

/** Launch orders placed at 03-05 10:00; 王's third car is delivered on day 11 (03-16), every other one within 10 days. */
export const ORDERS: (Cell | null)[][] = [
  ["销售顾问", "订单号", "订车时间", "交车时间"],
  ["王", "A1", "03-05 10:00", "03-06 15:00"],
  ["王", "A2", "03-05 10:00", "03-08 15:00"],
  ["王", "A3", "03-05 10:00", "03-16 15:00"],
  ["李", "B1", "03-05 10:00", "03-07 15:00"],
  ["李", "B2", "03-05 10:00", "03-09 15:00"],
  ["李", "B3", "03-05 10:00", "03-10 15:00"],
  ["李", "B4", "03-05 10:00", "03-11 15:00"],
];

/** Targets set at the evening meeting; 张 set one and sold nothing at the launch (a row only on this sheet, row 4). */
export const TARGETS: (Cell | null)[][] = [
  ["销售顾问", "自定指标"],
  ["王", 3],
  ["李", 2],
  ["张", 2],
];

/**
 * By hand, c = 800:
 * - 王: target 3, q = 2 (days 1 and 3; day 11 does not count) → advance 2400, clawback 800 × (3 − 2) = 800, kept 1600;
 * - 李: target 2, q = 4 → advance 1600, clawback 0, kept 1600 (2 cars beyond the target, not paid here);
 * - 张: target 2, q = 0 → advance 1600, clawback 1600, kept 0.
 */
export const CAR_EXPECTED = {
  王: { qualifiedCars: 2, advance: 2400, clawback: 800, kept: 1600 },
  李: { qualifiedCars: 4, advance: 1600, clawback: 0, kept: 1600 },
  张: { qualifiedCars: 0, advance: 1600, clawback: 1600, kept: 0 },
};

/** The qualified-car column on 订单's rows 2–8 (1 for a launch order delivered within 10 days). */
export const QUALIFIED_ON_ORDERS = [1, 1, 0, 1, 1, 1, 1];

/** 订单 (active), 自定指标 and a sheet of notes that holds no table of the scheme. */
export function carLaunchBook(): SimBook {
  const book = new SimBook("订单");
  book.active.put(ORDERS);
  book.addSheet("自定指标").put(TARGETS);
  book.addSheet("说明").put([["三月上市会"], ["夕会现场下发预发提成"]]);
  return book;
}

/** Weeks of 收集客户信息户数 as a clerk lays them out: one column per week. */
export const WEEKS: (Cell | null)[][] = [
  ["姓名", "月份", "第1周", "第2周", "第3周", "第4周"],
  ["张敏", "2012-08", 12, 9, 15, 14],
  ["李华", "2012-08", 10, 10, 10, 20],
];

export const RATES: (Cell | null)[][] = [
  ["姓名", "月份", "贡献率"],
  ["张敏", "2012-08", "63%"],
  ["李华", "2012-08", "77%"],
];

/**
 * By hand (targets 50 households a month, 70 %): 张敏 N = 12 + 9 + 15 + 14 = 50 → 50 points, R = 63 % → 50 × 0.63 ÷ 0.70
 * = 45, total 95 (week 2, 9 < 10, is warned only); 李华 N = 10 + 10 + 10 + 20 = 50 → 50, R = 77 % → 55, total 105.
 */
export const POSTAL_EXPECTED = {
  张敏: { monthHouseholds: 50, infoScore: 50, contributionScore: 45, total: 95 },
  李华: { monthHouseholds: 50, infoScore: 50, contributionScore: 55, total: 105 },
};

/** 收集 (active) and 贡献率. */
export function postalBook(): SimBook {
  const book = new SimBook("收集");
  book.active.put(WEEKS);
  book.addSheet("贡献率").put(RATES);
  return book;
}

/** A session of the pane over `port` with car-launch-advance chosen and its parameters set. */
export function carLaunchSession(port: WorkbookPort, lang: "zh-CN" | "en-US" = "zh-CN"): PaneSession {
  const session = new PaneSession(port, lang);
  session.chooseScheme("preset:car-launch-advance");
  for (const [k, v] of Object.entries(LAUNCH_PARAMS)) session.setParam(k, v);
  return session;
}

/** The summary sheet's rows by their first cell, each as header → value. */
export function summaryByKey(sheet: SimSheet | undefined): Map<string, Record<string, unknown>> {
  const rows = sheet?.grid() ?? [];
  const head = (rows[0] ?? []).map(String);
  return new Map(rows.slice(1).map((r) => [String(r[0]), Object.fromEntries(head.map((h, i) => [h, r[i]]))]));
}

/** A sheet's cells in its first `width` columns (the user's), from the book or from a snapshot taken before. */
function userCells(book: SimBook | ReturnType<typeof bookSnapshot>, sheet: string, width: number) {
  const snap = book instanceof SimBook ? bookSnapshot(book) : book;
  return snap.sheets.find((s) => s.name === sheet)!.cells.filter(([k]) => Number(k.split(":")[0]) < width);
}

/** What the tables tests need of a host: the pane's workbook port over a simulated book. */
export type PortFor = (book: SimBook) => WorkbookPort;

/**
 * The pane's flow over a host's adapter with tables kept on their own sheets: the same tests for Excel
 * (test/excel/tables.test.ts) and WPS (test/wps/tables.test.ts).
 */
export function describeTables(host: string, portFor: PortFor): void {
  describe(`${host}: a part's tables on their own sheets, through the pane`, () => {
    test("car-launch-advance, targets on their own sheet: validate and fill give the hand-computed values; only Jili's columns are written on 订单, nothing on 自定指标", async () => {
      const book = carLaunchBook();
      const before = bookSnapshot(book);
      const session = carLaunchSession(portFor(book));
      await session.validate();
      let st = session.getState();
      expect(st.error).toBeNull();
      // 7 orders and 张's target row, each counted; 张 is listed with the sheet holding his only row
      expect(st.validation?.counts).toMatchObject({ ok: 8, invalid: 0, excluded: 0, pending: 0 });
      const lone = st.validation?.groups.find((g) => g.code === "JOIN_NO_MAIN_ROW");
      expect(lone?.cells).toEqual([expect.objectContaining({ row: 4, sheet: "自定指标", address: "4:4" })]);
      // where the targets came from, and the sheets that could hold them
      expect(st.mapping?.tables.some((l) => l.includes("自定指标") && l.includes("销售顾问"))).toBe(true);
      expect(st.tables).toEqual([expect.objectContaining({ id: "targets", found: "自定指标", chosen: null, options: ["自定指标", "说明"] })]);

      await session.fill();
      st = session.getState();
      expect(st.error).toBeNull();
      const orders = book.sheet("订单")!;
      const head = orders.grid()[0];
      // the user's columns A–D as they were; every column after them is Jili's
      expect(userCells(book, "订单", ORDERS[0].length)).toEqual(userCells(before, "订单", ORDERS[0].length));
      expect(head.slice(ORDERS[0].length).every((h) => typeof h === "string" && h.startsWith("Jili·"))).toBe(true);
      const q = head.indexOf("Jili·合格台数");
      expect(q).toBe(ORDERS[0].length);
      expect([2, 3, 4, 5, 6, 7, 8].map((r) => orders.get(q, r))).toEqual(QUALIFIED_ON_ORDERS);
      // 王's third car (row 4) is explained by the page's note; 张, who has no order, appears nowhere on 订单 — his
      // only row is row 4 of 自定指标, which is not row 4 of 订单
      expect(String(orders.get(head.indexOf("Jili·计算说明"), 4))).toContain("NOT_DELIVERED_IN_10_DAYS");
      expect([...orders.cells.values()].filter((v) => String(v).includes("张"))).toEqual([]);
      // nothing is written under the orders
      expect(head.map((_, c) => orders.get(c, ORDERS.length + 1) ?? null).every((v) => v === null)).toBe(true);
      // the targets sheet and the notes are exactly as they were
      const after = bookSnapshot(book);
      for (const name of ["自定指标", "说明"]) expect(after.sheets.find((s) => s.name === name)).toEqual(before.sheets.find((s) => s.name === name));
      const summary = summaryByKey(book.sheet("Jili汇总"));
      for (const [who, e] of Object.entries(CAR_EXPECTED)) {
        expect(summary.get(who)).toMatchObject({ 合格台数: e.qualifiedCars, "预发提成(元)": e.advance, "月底退回(元)": e.clawback, "实得(元)": e.kept });
      }
    });

    test("Fill reads every sheet used again: a target corrected on 自定指标 after Validate is what is paid", async () => {
      const book = carLaunchBook();
      const session = carLaunchSession(portFor(book));
      await session.validate();
      // 王's target corrected from 3 to 2: q = 2 ≥ 2, so nothing goes back: advance 1600, clawback 0, kept 1600
      book.sheet("自定指标")!.put([[2]], 2, 1);
      await session.fill();
      expect(session.getState().error).toBeNull();
      expect(summaryByKey(book.sheet("Jili汇总")).get("王")).toMatchObject({ "预发提成(元)": 1600, "月底退回(元)": 0, "实得(元)": 1600 });
    });

    test("a bad row only on the targets sheet is listed there and selected there; no cell of 订单 is marked; Validate then reads 订单 again", async () => {
      const book = carLaunchBook();
      // 钱: an unreadable target on row 5; row 6: a target with no consultant (its 销售顾问 is column A of 自定指标, not of 订单)
      book.sheet("自定指标")!.put([["钱", "三"], [null, 2]], 5, 0);
      const session = carLaunchSession(portFor(book));
      await session.validate();
      const st = session.getState();
      expect(st.error).toBeNull();
      expect(st.validation?.counts).toMatchObject({ ok: 8, invalid: 2 });
      const cells = (code: string) => st.validation?.groups.filter((g) => g.code === code).flatMap((g) => g.cells);
      expect(cells("INVALID_NUMBER")).toEqual([expect.objectContaining({ sheet: "自定指标", row: 5, address: "B5" })]);
      expect(cells("MISSING_CONSULTANT")).toEqual([expect.objectContaining({ sheet: "自定指标", row: 6, address: "6:6" })]);
      // 订单's row 6 is 李's order, valid: neither it nor any cell of 订单 is coloured or annotated
      expect(book.sheet("订单")!.fills.size).toBe(0);
      expect(book.sheet("订单")!.notes).toEqual([]);
      await session.selectCell("B5", "自定指标");
      expect(book.active.name).toBe("自定指标");
      expect(book.activeCell).toEqual({ col: 1, row: 5 });
      // the clerk is on the targets sheet: Validate reads the orders of the last read as the main table, not 自定指标
      await session.validate();
      expect(session.getState().error).toBeNull();
      expect(session.getState().table?.sheet).toBe("订单");
      expect(session.getState().validation?.counts).toMatchObject({ ok: 8, invalid: 2 });
    });

    test("the targets' sheet chosen by hand is used, saved with the run, and read alone next time", async () => {
      const book = carLaunchBook();
      book.addSheet("上月指标").put([
        ["销售顾问", "自定指标"],
        ["王", 2],
        ["李", 4],
      ]);
      const port = portFor(book);
      const session = carLaunchSession(port);
      await session.readData();
      expect(session.getState().tables[0].options).toEqual(["自定指标", "说明", "上月指标"]);
      await session.chooseTableSheet("targets", "上月指标");
      expect(session.getState().tables[0]).toMatchObject({ found: "上月指标", chosen: "上月指标" });
      await session.fill();
      expect(session.getState().error).toBeNull();
      // by hand: 王 target 2, q = 2 → 1600, nothing back; 李 target 4, q = 4 → 4 × 800 = 3200, nothing back; 张 has no target there
      const summary = summaryByKey(book.sheet("Jili汇总"));
      expect(summary.get("王")).toMatchObject({ "预发提成(元)": 1600, "月底退回(元)": 0, "实得(元)": 1600 });
      expect(summary.get("李")).toMatchObject({ "预发提成(元)": 3200, "月底退回(元)": 0, "实得(元)": 3200 });
      expect(summary.has("张")).toBe(false);
      expect(port.loadRun()?.tables).toEqual({ targets: "上月指标" });
      // next month: the saved choice is applied, and only that sheet is read besides the orders
      const reads = jest.spyOn(port, "readSheets");
      const next = new PaneSession(port, "zh-CN");
      await next.validate();
      expect(next.getState().error).toBeNull();
      expect(reads.mock.calls.map((c) => c[0])).toEqual([["上月指标"]]);
    });

    test("postal-client-maintenance, weeks across and rates on their own sheet: the hand-computed scores; one row per person on 收集", async () => {
      const book = postalBook();
      const before = bookSnapshot(book);
      const session = new PaneSession(portFor(book), "zh-CN");
      session.chooseScheme("preset:postal-client-maintenance");
      await session.fill();
      const st = session.getState();
      expect(st.error).toBeNull();
      expect(st.mapping?.tables.some((l) => l.includes("第1周") && l.includes("收集"))).toBe(true);
      expect(st.mapping?.tables.some((l) => l.includes("贡献率") && l.includes("月度客户贡献率"))).toBe(true);
      // week 2 of 张敏 is under the weekly floor: listed on 收集's row 2, with no single cell (the weeks span C–F)
      const weekly = st.validation?.groups.find((g) => g.code === "WEEKLY_MIN_NOT_MET");
      expect(weekly?.cells).toEqual([expect.objectContaining({ row: 2, sheet: null, address: null })]);
      const summary = summaryByKey(book.sheet("Jili汇总"));
      for (const [who, e] of Object.entries(POSTAL_EXPECTED)) {
        expect(summary.get(who)).toMatchObject({ 本月收集户数: e.monthHouseholds, 信息量得分: e.infoScore, 贡献率得分: e.contributionScore, 考核总分: e.total });
      }
      const sheet = book.sheet("收集")!;
      const head = sheet.grid()[0];
      const width = WEEKS[0].length;
      expect(head.slice(width).every((h) => typeof h === "string" && h.startsWith("Jili·"))).toBe(true);
      // each person's weeks share the person's row: the households of every week, each by its week
      const count = head.indexOf("Jili·收集客户信息户数");
      const zhang = String(sheet.get(count, 2));
      [12, 9, 15, 14].forEach((n, w) => expect(zhang).toMatch(new RegExp(`第${w + 1}周\\D*${n}(\\D|$)`)));
      expect(String(sheet.get(count, 3))).toMatch(/第4周\D*20/);
      expect(sheet.get(count, 4)).toBeUndefined();
      expect(userCells(book, "收集", width)).toEqual(userCells(before, "收集", width));
      expect(bookSnapshot(book).sheets.find((s) => s.name === "贡献率")).toEqual(before.sheets.find((s) => s.name === "贡献率"));
    });
  });
}
