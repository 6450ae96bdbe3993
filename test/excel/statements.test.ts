import { buildFillPlan, buildStatements, evaluate, layoutStatements, StatementSheet } from "../../src/engine";
import { MAX_REQUEST_BYTES } from "../../src/excel/payload";
import { ExcelStatements, STATEMENTS_SETTING, StatementsOutcome } from "../../src/excel/statements";
import { ApiNotImplemented, SimBook, SimContext, SimSheet, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";
import { PaneSession } from "../../src/taskpane/controller/session";
import { attachStatements } from "../../src/taskpane/controller/statements";
import { getPreset } from "../../src/schemes";
import { bigSheet, HEADERS, order } from "./data";
import { adapterFor } from "./harness";
import { checkSeveralSheets, severalSheets } from "./severalSheets";
import { recordedStatements } from "../../src/excel/statementsRecord";
import type { Cell } from "./types";

// The task pane's statements adapter (src/excel/statements.ts) on the simulated host (src/preview/excelSim/), which
// rejects any Office.js member it does not implement.


/** 王丽 (营业员): 6 due + 2 other households and a 副卡 in January → 5×20 + 3×40 = 220; 李强 (网格经理) 1 due → 20 */
function sheetCells(): Cell[][] {
  const rows: Cell[][] = [HEADERS];
  for (let d = 1; d <= 6; d++) rows.push(order("王丽", "营业员", d, true));
  rows.push(order("王丽", "营业员", 7, false), order("王丽", "营业员", 8, false), order("王丽", "营业员", 9, true, { 是否副卡: "是" }));
  rows.push(order("李强", "网格经理", 10, true));
  return rows;
}

function layoutOf(cells: Cell[][], lang: "zh-CN" | "en-US" = "zh-CN"): StatementSheet {
  const scheme = getPreset("mobile-retention")!;
  const table = { headers: cells[0], rows: cells.slice(1), rowNumbers: cells.slice(1).map((_, i) => i + 2) };
  const result = evaluate(scheme, table);
  const plan = buildFillPlan(result, lang);
  return layoutStatements(buildStatements(result, table, lang, { plan, source: "明细" }));
}

function adapter(book: SimBook, options: { settings?: SimSettings; apis?: string[] } = {}) {
  const settings = options.settings ?? new SimSettings();
  const apis = new Set(options.apis ?? ["1.9", "1.10", "1.18"]);
  const contexts: SimContext[] = [];
  const port = new ExcelStatements({ run: simRun(book, (c) => contexts.push(c)), settings, isSetSupported: (name, v) => name === "ExcelApi" && apis.has(v) });
  return { port, settings, contexts };
}

/** the sheet's values as the layout would have them: rows × width, empty cells null */
function gridOf(sheet: SimSheet, rows: number, width: number): (Cell | null)[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => sheet.get(c, r + 1) ?? null));
}

function expectedGrid(layout: StatementSheet): (Cell | null)[][] {
  return layout.rows.map((line) => line.map((c) => (c === null || c.value === null || c.value === "" ? null : (c.value as Cell))));
}

describe("writing the statements sheet", () => {
  test("values, text formats, styles, merges, page layout and page breaks as the layout says, in 3 syncs", async () => {
    const book = new SimBook("明细");
    book.active.put(sheetCells());
    const layout = layoutOf(sheetCells());
    const { port, settings, contexts } = adapter(book);
    const outcome = await port.writeStatements([layout]);
    expect(outcome).toMatchObject({ status: "done", sheet: "Jili·个人明细", renamed: false, printSettings: true });
    // one sync to read the sheets, one to add the statements sheet (its id recorded before any cell), one per chunk
    expect(contexts).toHaveLength(1);
    expect(contexts[0].syncs).toBe(3);
    const ws = book.sheet("Jili·个人明细")!;
    expect(settings.get(STATEMENTS_SETTING)).toBe(ws.id);
    const W = layout.columnWidths.length;
    expect(gridOf(ws, layout.rows.length, W)).toEqual(expectedGrid(layout));
    expect(ws.bounds(true)!.bottom).toBe(layout.rows.length);
    // text stays text: dates and phone numbers formatted "@" before the value is written
    const wangRow = layout.rows.findIndex((l) => l[0]?.value === 2) + 1;
    expect(ws.get(1, wangRow)).toBe("2016-01-01");
    expect(ws.numberFormats.get(SimSheet.key(1, wangRow))).toBe("@");
    expect(ws.numberFormats.get(SimSheet.key(W - 2, layout.blocks[0].totalRow!))).toBe("#,##0.00");
    expect(ws.get(W - 2, layout.blocks[0].totalRow!)).toBe(220);
    expect(ws.get(W - 2, layout.blocks[1].totalRow!)).toBe(20);
    // styles
    expect(ws.bold.has(SimSheet.key(0, 1))).toBe(true);
    expect(ws.fontSizes.get(SimSheet.key(0, 1))).toBe(14);
    expect(ws.hAlign.get(SimSheet.key(0, 1))).toBe("Center");
    const headerRow = layout.rows.findIndex((l) => l[0]?.style === "header") + 1;
    for (let c = 0; c < W; c++) {
      expect(ws.borders.get(SimSheet.key(c, headerRow))).toEqual(new Set(["top", "bottom", "left", "right"]));
      expect(ws.fills.get(SimSheet.key(c, headerRow))).toBe("#D9E1F2");
    }
    expect(ws.wrapped.has(SimSheet.key(W - 1, wangRow))).toBe(true);
    expect(ws.vAlign.get(SimSheet.key(W - 1, wangRow))).toBe("Top");
    expect(ws.italic.size).toBe(0);
    expect(ws.merges).toEqual(layout.merges.map((m) => ({ top: m.row, bottom: m.row, left: m.left, right: m.right })));
    expect([...ws.widths.keys()].sort((a, b) => a - b)).toEqual(layout.columnWidths.map((_, c) => c));
    expect(ws.autofitRows).toEqual([`Jili·个人明细!A1:${String.fromCharCode(64 + W)}${layout.rows.length}`]);
    // print: A4, fitted to one page wide, a page break before 李强's statement
    expect(ws.pageLayout).toEqual({
      paperSize: "A4",
      orientation: layout.print.orientation === "portrait" ? "Portrait" : "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      margins: { unit: "Inches", options: layout.print.margins },
      centerFooter: "第 &P 页，共 &N 页",
    });
    expect(ws.pageBreaks).toEqual([layout.blocks[1].top]);
    expect(layout.pageBreaks).toEqual([layout.blocks[1].top]);
    // the data sheet is as it was
    expect(book.sheet("明细")!.grid()).toEqual(sheetCells().map((l) => l.map((v) => (v === "" ? null : v))));
  });

  test("a re-run replaces Jili's own sheet and gives the same result", async () => {
    const book = new SimBook("明细");
    book.active.put(sheetCells());
    const layout = layoutOf(sheetCells());
    const { port, settings } = adapter(book);
    await port.writeStatements([layout]);
    const first = book.sheet("Jili·个人明细")!;
    const snapshot = { grid: gridOf(first, layout.rows.length, 12), merges: first.merges, breaks: first.pageBreaks, layout: first.pageLayout, borders: [...first.borders] };
    await port.writeStatements([layout]);
    expect(book.sheets.map((s) => s.name)).toEqual(["明细", "Jili·个人明细"]);
    const second = book.sheet("Jili·个人明细")!;
    expect(second.id).not.toBe(first.id);
    expect(settings.get(STATEMENTS_SETTING)).toBe(second.id);
    expect({ grid: gridOf(second, layout.rows.length, 12), merges: second.merges, breaks: second.pageBreaks, layout: second.pageLayout, borders: [...second.borders] }).toEqual(snapshot);
  });

  test("a sheet of the user's with the statements' name is never touched: the statements take the next free name", async () => {
    const book = new SimBook("明细");
    book.active.put(sheetCells());
    const mine = book.addSheet("Jili·个人明细");
    mine.put([["my notes", 1]]);
    const { port } = adapter(book);
    const first = await port.writeStatements([layoutOf(sheetCells())]);
    expect(first).toMatchObject({ status: "done", sheet: "Jili·个人明细 (2)", renamed: true });
    const again = await port.writeStatements([layoutOf(sheetCells())]);
    expect(again).toMatchObject({ sheet: "Jili·个人明细 (2)" });
    expect(book.sheets.map((s) => s.name)).toEqual(["明细", "Jili·个人明细", "Jili·个人明细 (2)"]);
    expect(book.sheet("Jili·个人明细")!.grid()).toEqual([["my notes", 1]]);
  });

  test("without ExcelApi 1.9 the sheet is written and the pane says the print settings are left to the user", async () => {
    const book = new SimBook("明细");
    const layout = layoutOf(sheetCells());
    const { port } = adapter(book, { apis: ["1.8"] });
    const outcome = await port.writeStatements([layout]);
    expect(outcome).toMatchObject({ status: "done", printSettings: false });
    const ws = book.sheet("Jili·个人明细")!;
    expect(ws.pageLayout).toEqual({});
    expect(ws.pageBreaks).toEqual([]);
    expect(gridOf(ws, layout.rows.length, layout.columnWidths.length)).toEqual(expectedGrid(layout));
  });

  test("6 000 rows of 997 people: chunks under the request limit, one sync each (+2), progress per chunk; cancel stops between chunks", async () => {
    const cells = bigSheet(6_000);
    const layout = layoutOf(cells);
    expect(layout.blocks).toHaveLength(997);
    const book = new SimBook("明细");
    const { port, contexts } = adapter(book);
    const progress: number[] = [];
    const outcome = (await port.writeStatements([layout], { onProgress: (p) => progress.push(p.done) })) as Extract<StatementsOutcome, { status: "done" }>;
    expect(outcome.status).toBe("done");
    expect(outcome.stats.chunks).toBeGreaterThan(1);
    expect(outcome.stats.syncs).toBe(outcome.stats.chunks + 2);
    const ctx = contexts[0];
    expect(ctx.syncs).toBe(outcome.stats.syncs);
    expect(ctx.largestRequest).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(progress[progress.length - 1]).toBe(layout.rows.length);
    const ws = book.sheet("Jili·个人明细")!;
    expect(ws.pageBreaks).toEqual(layout.pageBreaks);
    expect(ws.get(layout.columnWidths.length - 2, layout.blocks[5].totalRow!)).toBe(layout.blocks[5].total);

    // cancelled after the first chunk: the part written is Jili's (recorded), and the next run replaces it
    const book2 = new SimBook("明细");
    const a = adapter(book2);
    const token = { cancelled: false };
    const cancelled = await a.port.writeStatements([layout], { cancel: token, onProgress: () => (token.cancelled = true) });
    expect(cancelled).toMatchObject({ status: "cancelled", sheet: "Jili·个人明细" });
    const partial = book2.sheet("Jili·个人明细")!;
    expect(a.settings.get(STATEMENTS_SETTING)).toBe(partial.id);
    await a.port.writeStatements([layout]);
    expect(book2.sheets.map((s) => s.name)).toEqual(["明细", "Jili·个人明细"]);
    expect(book2.sheet("Jili·个人明细")!.get(0, layout.rows.length)).toBe(layout.rows[layout.rows.length - 1][0]!.value);
  });
});

describe("the simulation checks the new calls as Office does", () => {
  test.each<[string, (ws: Excel.Worksheet) => void]>([
    ["orientation", (ws) => void (ws.pageLayout.orientation = "Sideways" as Excel.PageOrientation)],
    ["paperSize", (ws) => void (ws.pageLayout.paperSize = "A9" as Excel.PaperType)],
    ["zoom", (ws) => void (ws.pageLayout.zoom = { fit: 1 } as Excel.PageLayoutZoomOptions)],
    ["border", (ws) => void (ws.getRange("A1").format.borders.getItem("EdgeMiddle" as Excel.BorderIndex).style = "Continuous")],
    ["alignment", (ws) => void (ws.getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment)],
  ])("a bad %s is an InvalidArgument", async (_what, call) => {
    const book = new SimBook("明细");
    const e = await simRun(book)(async (c) => call(c.workbook.worksheets.getItem("明细"))).then(
      () => null,
      (x: Error) => x,
    );
    expect(e).toMatchObject({ code: "InvalidArgument" });
  });

  test("members it does not implement are still rejected (print area, row height, vertical page breaks)", async () => {
    for (const call of [
      (ws: Excel.Worksheet) => ws.pageLayout.setPrintArea("A1:B2"),
      (ws: Excel.Worksheet) => void (ws.getRange("A1").format.rowHeight = 20),
      (ws: Excel.Worksheet) => ws.verticalPageBreaks,
    ]) {
      const e = await simRun(new SimBook("明细"))(async (c) => call(c.workbook.worksheets.getItem("明细"))).then(
        () => null,
        (x: Error) => x,
      );
      expect(e).toBeInstanceOf(ApiNotImplemented);
    }
  });
});

describe("the pane: fill, then 个人明细 — the statements add up to the summary sheet in the workbook", () => {
  test("each statement's total equals that person's lines of Jili汇总, from the same run", async () => {
    const book = new SimBook("明细");
    const cells = bigSheet(600);
    book.active.put(cells);
    const settings = new SimSettings();
    const { port } = adapterFor(book, { settings });
    const session = new PaneSession(port, "zh-CN");
    session.chooseScheme("preset:mobile-retention");
    await session.readData();
    await session.fill();
    expect(session.getState().error).toBeNull();
    expect(session.getState().summary).not.toBeNull();
    const action = attachStatements(session, adapter(book, { settings }).port);
    await action.run();
    expect(action.getState().error).toBeNull();
    const done = action.getState().done!;
    expect(done.sheets).toEqual(["Jili·个人明细"]);

    // the summary sheet as written by the fill: person → Σ 揽装奖励合计(元)
    const summary = book.sheet("Jili汇总")!;
    const header = summary.grid()[0];
    const moneyCol = header.indexOf("揽装奖励合计(元)");
    const bySummary = new Map<string, number>();
    // the table ends at its first blank row (the notes and the run stamp are written under it)
    const grid0 = summary.grid();
    const end = grid0.findIndex((line, r) => r > 0 && line.every((c) => c === null || c === undefined || c === ""));
    for (const line of grid0.slice(1, end < 0 ? undefined : end)) bySummary.set(String(line[0]), Math.round(((bySummary.get(String(line[0])) ?? 0) + Number(line[moneyCol])) * 100) / 100);

    // the statements sheet: each title row starts a block; its second row names the person; the total row's value
    const ws = book.sheet("Jili·个人明细")!;
    const grid = ws.grid();
    const byStatement = new Map<string, number>();
    let who = "";
    grid.forEach((line, r) => {
      if (line[0] === "移动老客户维系考核 — 个人奖励明细") who = /^揽装人：(\S+?)(\u3000|$)/.exec(String(grid[r + 1][0]))![1];
      if (typeof line[0] === "string" && line[0].startsWith("合计：")) byStatement.set(who, line.find((v, c) => c > 0 && typeof v === "number") as number);
    });
    // 600 rows of people 员工000 … 员工599: one statement each
    expect(byStatement.size).toBe(600);
    expect(byStatement).toEqual(bySummary);
    expect(done.totalText).toBe(session.getState().summary!.totalText);
  });
});

describe("statements longer than one sheet (Excel)", () => {
  test("written on several sheets in order, recorded together, replaced together, removed together; the user's sheet untouched", async () => {
    await checkSeveralSheets(() => {
      const book = new SimBook("明细");
      book.addSheet("Jili·个人明细 (2)").put([["my notes", 1]]);
      const settings = new SimSettings();
      return { book, settings, statements: adapter(book, { settings }).port, port: adapterFor(book, { settings, apis: ["1.9", "1.10", "1.18"] }).port };
    }, false);
  });
});

describe("the statements' record in Excel (several sheets)", () => {
  test("a record written by WPS (a sheet's name, not its id) is found: the sheet is replaced, not taken for the user's", async () => {
    const book = new SimBook("明细");
    book.addSheet("Jili·个人明细").put([["an old statement", 1]]);
    const settings = new SimSettings();
    settings.set(STATEMENTS_SETTING, "Jili·个人明细");
    const { port } = adapter(book, { settings });
    const outcome = await port.writeStatements([layoutOf(sheetCells())]);
    expect(outcome).toMatchObject({ status: "done", sheets: ["Jili·个人明细"], renamed: false });
    expect(book.sheets.map((s) => s.name)).toEqual(["明细", "Jili·个人明细"]);
    expect(settings.get(STATEMENTS_SETTING)).toBe(book.sheet("Jili·个人明细")!.id);
  });

  test("a request failing anywhere leaves no sheet of Jili's unrecorded (it would be taken for the user's ever after)", async () => {
    const { parts } = severalSheets();
    // every sync of a complete run, then a run failing at each of them in turn
    const whole = new SimBook("明细");
    const all: SimContext[] = [];
    await new ExcelStatements({ run: simRun(whole, (c) => all.push(c)), settings: new SimSettings(), isSetSupported: () => true }).writeStatements(parts);
    const syncs = all[0].syncs;
    expect(syncs).toBeGreaterThan(parts.length + 2);
    for (let failing = 2; failing <= syncs; failing++) {
      const book = new SimBook("明细");
      book.addSheet("Jili·个人明细 (2)").put([["my notes", 1]]);
      const settings = new SimSettings();
      const run = simRun(book, (ctx) => {
        ctx.sync = async function (this: SimContext) {
          if (this.syncs + 1 === failing) throw Object.assign(new Error("a request refused"), { code: "GeneralException" });
          return SimContext.prototype.sync.call(this);
        };
      });
      const port = new ExcelStatements({ run, settings, isSetSupported: () => true });
      await expect(port.writeStatements(parts)).rejects.toMatchObject({ name: "PaneError" });
      const recorded = new Set(recordedStatements(settings));
      const jilis = book.sheets.filter((s) => s.name.startsWith("Jili·个人明细") && s.name !== "Jili·个人明细 (2)");
      expect(jilis.filter((s) => !recorded.has(s.id)).map((s) => s.name)).toEqual([]);
      expect(book.sheet("Jili·个人明细 (2)")!.grid()).toEqual([["my notes", 1]]);
    }
  });
});
