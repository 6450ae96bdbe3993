import * as fs from "fs";
import * as path from "path";
import { fromOfficeError } from "../../src/excel/errors";
import { bookFromJson } from "../../src/preview/bookJson";
import { ApiNotImplemented, SimBook, simRun } from "../../src/preview/excelSim";
import { officeGlobals } from "../../src/preview/host";
import { xlsxToJson } from "../../src/preview/xlsxToJson";
import { fillRequestFor } from "./flow";
import { adapterFor } from "./harness";

/** A batch as the adapter would write it, run on the simulation; resolves to the error it threw, if any. */
async function attempt(batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<Error | null> {
  const book = new SimBook("明细");
  book.active.put([["a", 1]]);
  return simRun(book)(batch).then(
    () => null,
    (e: Error) => e,
  );
}

describe("the Excel simulation rejects what it does not implement", () => {
  test.each<[string, (c: Excel.RequestContext) => Promise<unknown>]>([
    ["Range.formulas", async (c) => c.workbook.worksheets.getActiveWorksheet().getRange("A1").formulas],
    ["Range.formulas (set)", async (c) => void (c.workbook.worksheets.getActiveWorksheet().getRange("A1").formulas = [["=1"]])],
    ['Range.load("formulas")', async (c) => c.workbook.worksheets.getActiveWorksheet().getRange("A1").load("formulas")],
    ["Range.address (set: read-only)", async (c) => void ((c.workbook.worksheets.getActiveWorksheet().getRange("A1") as { address: string }).address = "B2")],
    ["Workbook.tables", async (c) => c.workbook.tables],
    ["Worksheet.tabColor", async (c) => c.workbook.worksheets.getActiveWorksheet().tabColor],
    ["RangeFormat.rowHeight (set)", async (c) => void (c.workbook.worksheets.getActiveWorksheet().getRange("A1").format.rowHeight = 20)],
    ["RangeFill.pattern", async (c) => c.workbook.worksheets.getActiveWorksheet().getRange("A1").format.fill.pattern],
    ['Range.getSpecialCellsOrNullObject("Constants")', async (c) => c.workbook.worksheets.getActiveWorksheet().getRange("A1").getSpecialCellsOrNullObject("Constants")],
    ["RequestContext.trackedObjects", async (c) => c.trackedObjects],
  ])("%s", async (api, batch) => {
    const e = await attempt(batch);
    expect(e).toBeInstanceOf(ApiNotImplemented);
    expect((e as ApiNotImplemented).api).toBe(api);
    // the pane shows it as an Excel failure naming the API
    expect(fromOfficeError(e).text["en-US"]).toContain(`ApiNotFound: The Excel simulation does not implement ${api}`);
  });

  test("properties are readable only after load + sync, as in Office", async () => {
    const e = await attempt(async (c) => c.workbook.worksheets.getActiveWorksheet().getRange("A1").values);
    expect(e).toMatchObject({ code: "PropertyNotLoaded" });
    expect(
      await attempt(async (c) => {
        const r = c.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
        r.load("values");
        await c.sync();
        expect(r.values).toEqual([["a", 1]]);
      }),
    ).toBeNull();
  });

  test("writes land at the sync Excel.run makes after the batch", async () => {
    const book = new SimBook("明细");
    await simRun(book)(async (c) => {
      c.workbook.worksheets.getItem("明细").getRange("B2").values = [[5]];
    });
    expect(book.active.get(1, 2)).toBe(5);
  });

  test("the Office global: the members the pane reads, nothing else", async () => {
    const { Office } = officeGlobals(() => new SimBook(), { displayLanguage: "en-US", apis: ["1.10"] });
    expect(Office.context.displayLanguage).toBe("en-US");
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    await expect(Office.onReady()).resolves.toMatchObject({ host: "Excel" });
    expect(() => (Office.context as unknown as { mailbox: unknown }).mailbox).toThrow("does not implement Office.context.mailbox");
    expect(() => (Office.context.document as unknown as { getFileAsync: unknown }).getFileAsync).toThrow("Office.context.document.getFileAsync");
  });
});

describe("the preview's workbook: an example converted to JSON and back", () => {
  test("mobile-retention.xlsx fills as hand-computed: 王丽 2016-01 gets 220", async () => {
    const file = path.join(__dirname, "..", "..", "examples", "mobile-retention.xlsx");
    const json = await xlsxToJson(fs.readFileSync(file), "mobile-retention.xlsx");
    const book = bookFromJson(JSON.parse(JSON.stringify(json)));
    expect(book.active.name).toBe("购机送费明细");
    expect(book.active.get(0, 1)).toBe("揽装人");
    expect(book.active.fills.get("0:1")).toBe("#DDEBF7");
    expect(book.active.bold.has("0:1")).toBe(true);
    const { port } = adapterFor(book);
    const { result, request } = await fillRequestFor(port, "mobile-retention");
    expect(result.statusCounts()).toMatchObject({ ok: 59, excluded: 5, invalid: 0, pending: 0 });
    expect((await port.fill(request, { overwrite: false })).status).toBe("done");
    // Jili's bonus column L, 王丽's rows: 5 × 20 + 3 × 40, and 0 for the secondary card on row 40
    expect([2, 5, 7, 12, 16, 22, 26, 35, 40].map((r) => book.active.get(11, r))).toEqual([20, 20, 20, 20, 20, 40, 40, 40, 0]);
    // the header copied the format of the last user header
    expect(book.active.fills.get("11:1")).toBe("#DDEBF7");
    const summary = book.sheet("Jili汇总")!;
    const rows = summary.grid();
    const wangLi = rows.find((r) => r[0] === "王丽" && r[1] === "2016-01")!;
    expect(wangLi[rows[0].indexOf("揽装奖励合计(元)")]).toBe(220);
  });
});
