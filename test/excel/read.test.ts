import { OfficeMockObject } from "./officeMock";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { CELLS_PER_BLOCK } from "../../src/excel/read";
import { bigSheet, HEADERS, order, serial } from "./data";
import { SimBook } from "../../src/preview/excelSim";
import { adapterFor, SimSettings } from "./harness";

describe("reading the active sheet", () => {
  test("with office-addin-mock: one sync, empty cells become null", async () => {
    // office-addin-mock has no collections and no ranges by address, so the seed names each object the reader asks for
    const mock = new OfficeMockObject({
      workbook: {
        // DATE(1904,1,1) in the 1900 date system
        epoch1904: { value: 1462 },
        worksheets: {
          active: {
            name: "明细",
            used: { rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 3, rowHidden: false },
            data: { rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 3 },
            first: {
              values: [["揽装人", "岗位", "备注"], ["王丽", "营业员", ""], ["", "", 5]],
              numberFormat: [["General", "General", "General"], ["General", "General", "General"], ["General", "General", "General"]],
              rowIndex: 0,
              columnIndex: 0,
              rowCount: 3,
              columnCount: 3,
            },
          },
        },
      },
    }) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const active = mock.workbook.worksheets.active;
    mock.workbook.worksheets.getActiveWorksheet = () => active;
    active.getUsedRange = (valuesOnly: boolean) => (valuesOnly ? active.data : active.used);
    active.getRange = () => ({});
    active.data.getIntersectionOrNullObject = () => active.first;
    active.first.isNullObject = false;
    mock.workbook.getActiveCell = () => ({ getTables: () => ({ getCount: () => ({ value: 0 }) }) });
    mock.workbook.functions = { date: () => mock.workbook.epoch1904 };
    let syncs = 0;
    const sync = mock.sync.bind(mock);
    mock.sync = async () => {
      syncs++;
      await sync();
    };
    const port = new ExcelWorkbook({ run: (batch) => batch(mock as unknown as Excel.RequestContext), settings: new SimSettings(), isSetSupported: () => true });
    const snap = await port.readActiveSheet();
    expect(syncs).toBe(1);
    expect(snap.sheet).toBe("明细");
    expect(snap.cells).toEqual([
      ["揽装人", "岗位", "备注"],
      ["王丽", "营业员", null],
      [null, null, 5],
    ]);
    expect(snap).toMatchObject({ lastRow: 3, lastColumn: 2, table: null, someRowsHidden: false });
  });

  test("titles above the header, cells from A1, formats widen the used range, hidden rows flagged", async () => {
    const book = new SimBook("明细");
    const s = book.active;
    s.put([["2016年1月购机送费明细"], [], HEADERS, order("王丽", "营业员", 3, true)], 1, 1);
    s.fills.set("12:2", "#FFFF00"); // a coloured cell at M2
    s.hiddenRows.add(4);
    const { port, contexts } = adapterFor(book);
    const snap = await port.readActiveSheet();
    expect(contexts[0].syncs).toBe(1);
    expect(snap.cells[0]).toEqual([null, "2016年1月购机送费明细", ...Array(HEADERS.length - 1).fill(null)]);
    expect(snap.cells[2].slice(1)).toEqual(HEADERS);
    expect(snap.cells[3][1]).toBe("王丽");
    expect(snap.lastColumn).toBe(12);
    expect(snap.lastRow).toBe(4);
    expect(snap.someRowsHidden).toBe(true);
  });

  test("formats out to the last column or far down do not move where Jili writes", async () => {
    const book = new SimBook("明细");
    book.active.put([HEADERS, order("王丽", "营业员", 3, true)]);
    book.active.fills.set("16383:1", "#DDDDDD"); // a header row formatted to XFD
    book.active.fills.set("2:500000", "#DDDDDD");
    const snap = await adapterFor(book).port.readActiveSheet();
    expect(snap.lastColumn).toBe(HEADERS.length - 1);
    expect(snap.lastRow).toBe(2);
  });

  test("the table holding the active cell is reported", async () => {
    const book = new SimBook("明细");
    book.active.put([["标题"], [], HEADERS, order("王丽", "营业员", 3, true)]);
    book.active.tables.push({ name: "订单", rect: { top: 3, bottom: 4, left: 0, right: 7 } });
    book.activeCell = { col: 2, row: 4 };
    const { port, contexts } = adapterFor(book);
    const snap = await port.readActiveSheet();
    expect(snap.table).toEqual({ name: "订单", top: 3, bottom: 4, left: 0, right: 7 });
    expect(contexts[0].syncs).toBe(2);
  });

  test("100 000 rows are read in blocks: syncs grow with rows / block, every response under 5 MB", async () => {
    const book = new SimBook("明细");
    const rows = bigSheet(100_000);
    book.active.put(rows);
    const { port, contexts } = adapterFor(book);
    const progress: number[] = [];
    const snap = await port.readActiveSheet((p) => progress.push(p.done));
    expect(snap.cells.length).toBe(100_001);
    expect(snap.cells[100_000][0]).toBe(rows[100_000][0]);
    const cells = 100_001 * HEADERS.length;
    expect(contexts[0].syncs).toBeLessThanOrEqual(Math.ceil(cells / CELLS_PER_BLOCK) + 2);
    expect(contexts[0].responseBytes).toBeLessThan(5_000_000);
    expect(progress[progress.length - 1]).toBe(100_001);
  });
});

describe("reading the other sheets a part's joined tables need", () => {
  /** 订单 (active), 自定指标 with a date shown as a date, and Jili's very hidden settings sheet */
  function book3(): SimBook {
    const book = new SimBook("订单");
    book.active.put([["销售顾问", "订单号"], ["王", "A1"]]);
    const targets = book.addSheet("自定指标");
    targets.put([["销售顾问", "自定指标", "设定日"], ["王", 3, serial(3, 1)], ["李", "", ""]]);
    targets.numberFormats.set("2:2", "yyyy-mm-dd");
    book.addSheet("Jili·settings").veryHidden = true;
    return book;
  }

  test("the sheet list: tab order, very hidden sheets left out, the active one named; one sync", async () => {
    const { port, contexts } = adapterFor(book3());
    expect(await port.listSheets()).toEqual({ sheets: ["订单", "自定指标"], active: "订单" });
    expect(contexts[0].syncs).toBe(1);
  });

  test("named sheets are read as the active one is (from A1, blanks null, a date cell a Date); a name no sheet has is left out; nothing is activated", async () => {
    const book = book3();
    const { port, contexts } = adapterFor(book);
    const progress: (string | undefined)[] = [];
    const snaps = await port.readSheets(["自定指标", "不存在"], (p) => progress.push(p.sheet));
    expect(snaps.map((s) => s.sheet)).toEqual(["自定指标"]);
    expect(snaps[0].cells).toEqual([
      ["销售顾问", "自定指标", "设定日"],
      ["王", 3, new Date(Date.UTC(2016, 2, 1))],
      ["李", null, null],
    ]);
    expect(snaps[0]).toMatchObject({ lastRow: 3, lastColumn: 2, table: null });
    expect(progress.every((s) => s === "自定指标")).toBe(true);
    expect(book.active.name).toBe("订单");
    // one sync finds the sheets, one reads a sheet under the first block
    expect(contexts[0].syncs).toBe(2);
  });

  test("a large joined sheet is read in blocks: syncs grow with cells / block, every response under 5 MB", async () => {
    const book = new SimBook("订单");
    book.active.put([HEADERS]);
    const rows = bigSheet(60_000);
    book.addSheet("明细二").put(rows);
    const { port, contexts } = adapterFor(book);
    const [snap] = await port.readSheets(["明细二"]);
    expect(snap.cells.length).toBe(60_001);
    expect(snap.cells[60_000][0]).toBe(rows[60_000][0]);
    expect(contexts[0].syncs).toBeLessThanOrEqual(1 + Math.ceil((60_001 * HEADERS.length) / CELLS_PER_BLOCK) + 2);
    expect(contexts[0].responseBytes).toBeLessThan(5_000_000);
  });

  test("with office-addin-mock: the list and a sheet read by name, one sync each for a small sheet", async () => {
    const sheetSeed = (name: string, values: unknown[][]) => ({
      name,
      used: { rowIndex: 0, columnIndex: 0, rowCount: values.length, columnCount: values[0].length, rowHidden: false },
      data: { rowIndex: 0, columnIndex: 0, rowCount: values.length, columnCount: values[0].length },
      first: { values, numberFormat: values.map((l) => l.map(() => "General")), rowIndex: 0, columnIndex: 0, rowCount: values.length, columnCount: values[0].length },
    });
    const mock = new OfficeMockObject({
      workbook: {
        epoch1904: { value: 1462 },
        worksheets: {
          list: { names: ["订单", "自定指标", "Jili·settings"], visibility: ["Visible", "Hidden", "VeryHidden"] },
          active: { name: "订单" },
          targets: sheetSeed("自定指标", [["销售顾问", "自定指标"], ["王", 3], ["", 2]]),
          missing: { name: "" },
        },
      },
    }) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const ws = mock.workbook.worksheets;
    // office-addin-mock has no collections: `items` is made from the seed after the load
    ws.load = (props: string) => {
      expect(props).toBe("items/name,items/visibility");
      ws.list.load("names,visibility");
    };
    Object.defineProperty(ws, "items", { get: () => (ws.list.names as string[]).map((name, i) => ({ name, visibility: ws.list.visibility[i] })) });
    ws.getActiveWorksheet = () => ws.active;
    ws.getItemOrNullObject = (name: string) => (name === "自定指标" ? ws.targets : ws.missing);
    ws.targets.isNullObject = false;
    ws.missing.isNullObject = true;
    const t = ws.targets;
    t.getUsedRange = (valuesOnly: boolean) => (valuesOnly ? t.data : t.used);
    t.getRange = () => ({});
    t.data.getIntersectionOrNullObject = () => t.first;
    t.first.isNullObject = false;
    mock.workbook.getActiveCell = () => {
      throw new Error("a sheet read by name has no active table");
    };
    mock.workbook.functions = { date: () => mock.workbook.epoch1904 };
    let syncs = 0;
    const sync = mock.sync.bind(mock);
    mock.sync = async () => {
      syncs++;
      await sync();
    };
    const port = new ExcelWorkbook({ run: (batch) => batch(mock as unknown as Excel.RequestContext), settings: new SimSettings(), isSetSupported: () => true });
    expect(await port.listSheets()).toEqual({ sheets: ["订单", "自定指标"], active: "订单" });
    expect(syncs).toBe(1);
    const snaps = await port.readSheets(["自定指标", "不存在"]);
    expect(syncs).toBe(3);
    expect(snaps).toEqual([
      {
        sheet: "自定指标",
        cells: [
          ["销售顾问", "自定指标"],
          ["王", 3],
          [null, 2],
        ],
        lastRow: 3,
        lastColumn: 1,
        table: null,
        someRowsHidden: false,
      },
    ]);
  });
});
