import { OfficeMockObject } from "./officeMock";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { CELLS_PER_BLOCK } from "../../src/excel/read";
import { bigSheet, HEADERS, order } from "./data";
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
