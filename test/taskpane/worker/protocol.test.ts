// The worker's protocol: what a run made in the worker gives the pane — after the table went over in pieces and the
// outcome came back in pieces through a real MessageChannel (structured clone, as a browser does for a Worker) —
// equals the synchronous engine's run, and the hand values of docs/presets/mobile-retention.md.
import { buildStatements, layoutStatements } from "../../../src/engine";
import { PaneError } from "../../../src/excel/errors";
import { runEvaluation } from "../../../src/taskpane/controller/evaluate";
import { validationView } from "../../../src/taskpane/controller/issues";
import { runSummary } from "../../../src/taskpane/controller/resultView";
import { summaryOf, validationOf } from "../../../src/taskpane/worker/views";
import { statementSheets } from "../../../src/taskpane/worker/jobs";
import { WorkerEngine } from "../../../src/taskpane/worker/workerEngine";
import { channelWorker, closeChannels } from "./channel";
import { handTable } from "./data";
import { locateTable } from "../../../src/taskpane/controller/locate";
import { HEADERS, order } from "../../excel/data";

const stamp = { at: "2026-12-06 10:00", hashData: true };
const options = { params: {}, columns: {}, assume: {}, stamp };

afterEach(closeChannels);

function engineOverChannel() {
  const worker = channelWorker();
  const engine = new WorkerEngine(async () => worker);
  return { worker, engine };
}

describe("a run in the worker, rebuilt on the pane's thread", () => {
  test("rows, amounts, groups, plan, stamp and issues equal the synchronous run's", async () => {
    const { scheme, table } = handTable();
    const { engine, worker } = engineOverChannel();
    const { run, views } = await engine.evaluate(table, { scheme, lang: "zh-CN", ...options });
    const sync = runEvaluation(scheme, table, options, "zh-CN");

    expect(run.result.rowCount).toBe(11);
    expect(run.result.rows(false)).toEqual(sync.result.rows(false));
    expect(run.result.statusCounts()).toEqual({ ok: 9, excluded: 1, invalid: 1, pending: 0 });
    expect(run.result.groups("person")).toEqual(sync.result.groups("person"));
    expect(run.result.rowNumbers).toEqual(sync.result.rowNumbers);
    expect(run.plan).toEqual(sync.plan);
    expect(run.stamp).toEqual(sync.stamp);
    expect(run.columns).toEqual(sync.columns);
    // the views made in the worker are the ones the pane would have made, in both languages
    expect(views.validation["zh-CN"]).toEqual(validationView(sync.result, "zh-CN", table));
    expect(views.validation["en-US"]).toEqual(validationView(sync.result, "en-US", table));
    expect(views.summary).toEqual(runSummary(sync.result, sync.plan, table));
    // and the pane is given them for the rebuilt result
    expect(validationOf(run.result, "en-US", table)).toBe(views.validation["en-US"]);
    expect(summaryOf(run.result, run.plan, table)).toBe(views.summary);
    // the evaluation happened on the worker's side: one run message, the outcome in pieces back
    expect(worker.toWorker.filter((m) => m.type === "run")).toHaveLength(1);
    expect(worker.fromWorker.filter((m) => m.type === "piece").length).toBeGreaterThan(0);
  });

  test("the hand values: 王丽 220 yuan for 8 households and 6.5 units, 李强 20, 240 in all; the secondary card and the bad date", async () => {
    const { scheme, table } = handTable();
    const { engine } = engineOverChannel();
    const { run, views } = await engine.evaluate(table, { scheme, lang: "zh-CN", ...options });
    const people = run.result.groups("person").map((g) => [g.key.recruiter ?? Object.values(g.key)[0], g.outputs.households.value, g.outputs.kpiUnits.value, g.outputs.bonus.value]);
    expect(people).toEqual(
      expect.arrayContaining([
        ["王丽", 8, 6.5, 220],
        ["李强", 1, 1, 20],
      ]),
    );
    expect(run.plan.stats.total).toBe(240);
    expect(views.summary.totalText).toBe("240.00");
    // sheet rows: header on row 3, so the 9th order is row 12 and the bad date row 14
    const rows = run.result.rows(false);
    expect(rows[8]).toMatchObject({ row: 12, status: "excluded", reasons: [expect.objectContaining({ code: "SECONDARY_CARD" })] });
    expect(rows[10]).toMatchObject({ row: 14, status: "invalid" });
    expect(rows[10].reasons[0].columnLetter).toBe("D");
    // the first five households pay 20 each, the next three 40
    expect(rows.slice(0, 8).map((r) => r.outputs.rowBonus.value)).toEqual([20, 20, 20, 20, 20, 40, 40, 40]);
    expect(views.validation["zh-CN"].marks).toEqual([expect.objectContaining({ address: "D14" })]);
  });

  test("statements made in the worker equal the synchronous ones: 王丽 220, 李强 20, 张敏 (her only row invalid) 0", async () => {
    const { scheme, table } = handTable();
    const { engine } = engineOverChannel();
    const made = await engine.statements(table, { scheme, lang: "zh-CN", ...options, total: 240 });
    const sync = runEvaluation(scheme, table, options, "zh-CN");
    const set = buildStatements(sync.result, table, "zh-CN", { plan: sync.plan, source: table.sheet });
    expect(made.sheets).toEqual([layoutStatements(set)]);
    expect(made.sheets[0].blocks.map((b) => [b.subject, b.total])).toEqual([
      ["王丽", 220],
      ["李强", 20],
      ["张敏", 0],
    ]);
    expect(made).toMatchObject({ count: 3, grandTotal: 240, scale: 2 });
    expect(made.stamp).toEqual(sync.stamp);
  });

  test("statements one sheet cannot hold (1 025 people: 1 024 page breaks, Excel keeps 1 023) come as two sheets, cut between people", async () => {
    const { scheme } = handTable();
    const tableOf = (people: number) => {
      const cells = [HEADERS, ...Array.from({ length: people }, (_, k) => order(`员工${k + 1}`, "营业员", 1 + (k % 28), true))];
      const snapshot = { sheet: "明细", cells, lastRow: cells.length, lastColumn: HEADERS.length - 1, table: null, someRowsHidden: false };
      return locateTable(scheme, snapshot);
    };
    const { engine } = engineOverChannel();
    // one due household each: 20 yuan a person
    const fits = await engine.statements(tableOf(1024), { scheme, lang: "zh-CN", ...options, total: 1024 * 20 });
    expect(fits.count).toBe(1024);
    expect(fits.sheets).toHaveLength(1);
    expect(fits.sheets[0].pageBreaks).toHaveLength(1023);
    const over = await engine.statements(tableOf(1025), { scheme, lang: "zh-CN", ...options, total: 1025 * 20 });
    expect(over.count).toBe(1025);
    expect(over.sheets.map((s) => [s.name, s.blocks.length, s.pageBreaks.length])).toEqual([
      ["Jili·个人明细", 1024, 1023],
      ["Jili·个人明细 (2)", 1, 0],
    ]);
    // every person once, in order, 20 yuan each; the second sheet starts with the 1 025th person's statement
    const blocks = over.sheets.flatMap((s) => s.blocks);
    expect(blocks.map((b) => b.subject)).toEqual(Array.from({ length: 1025 }, (_, k) => `员工${k + 1}`));
    expect(blocks.every((b) => b.total === 20)).toBe(true);
    expect(over.sheets[1].blocks[0].top).toBe(1);
  });

  test("a statement longer than a sheet is refused before anything is written, in both languages", () => {
    const { scheme } = handTable();
    const cells = [HEADERS, ...Array.from({ length: 30 }, (_, k) => order("王丽", "营业员", 1 + (k % 28), true))];
    const table = locateTable(scheme, { sheet: "明细", cells, lastRow: cells.length, lastColumn: HEADERS.length - 1, table: null, someRowsHidden: false });
    const run = runEvaluation(scheme, table, options, "zh-CN");
    const sheet = layoutStatements(buildStatements(run.result, table, "zh-CN", { plan: run.plan, source: table.sheet }));
    // the same cut as a full sheet's, on sheets one row shorter than 王丽's statement (her 30 rows and its frame)
    expect(statementSheets(sheet, sheet.rows.length)).toEqual([sheet]);
    let failure: unknown = null;
    try {
      statementSheets(sheet, sheet.rows.length - 1);
    } catch (e) {
      failure = e;
    }
    expect(failure).toMatchObject({ name: "PaneError", code: "STATEMENTS_TOO_LONG" });
    const texts = (failure as PaneError).text;
    expect(texts["zh-CN"]).toContain(`「王丽」的个人明细有 ${sheet.rows.length} 行`);
    expect(texts["en-US"]).toContain(`The statement of 王丽 has ${sheet.rows.length} rows`);
  });

  test("the table crosses once, in pieces; the statements of the same table reuse it", async () => {
    const { scheme, table } = handTable();
    // a large table: many rows copied from the hand sheet's counted ones
    const big = { ...table, rows: Array.from({ length: 30_000 }, (_, i) => table.rows[i % 8]), rowNumbers: Array.from({ length: 30_000 }, (_, i) => i + 4) };
    const { engine, worker } = engineOverChannel();
    const { run } = await engine.evaluate(big, { scheme, lang: "zh-CN", ...options });
    const tablePieces = worker.toWorker.filter((m) => m.type === "table").length;
    expect(tablePieces).toBeGreaterThan(10);
    expect(run.result.rows(false)).toEqual(runEvaluation(scheme, big, options, "zh-CN").result.rows(false));
    await engine.statements(big, { scheme, lang: "zh-CN", ...options, total: run.plan.stats.total });
    expect(worker.toWorker.filter((m) => m.type === "table").length).toBe(tablePieces);
  });

  test("a refused run comes back as the same PaneError, code and both texts", async () => {
    const { scheme, table } = handTable();
    const { engine } = engineOverChannel();
    const request = { scheme, lang: "zh-CN" as const, ...options, params: { noSuchParam: "1" } };
    const failure = await engine.evaluate(table, request).catch((e: unknown) => e);
    let expected: unknown;
    try {
      runEvaluation(scheme, table, request, "zh-CN");
    } catch (e) {
      expected = e;
    }
    expect(failure).toBeInstanceOf(PaneError);
    expect(expected).toBeInstanceOf(PaneError);
    expect((failure as PaneError).code).toBe("UNKNOWN_PARAMETER");
    expect((failure as PaneError).text).toEqual((expected as PaneError).text);
  });

  test("progress moves through every stage, ending at the last", async () => {
    const { scheme, table } = handTable();
    const { engine } = engineOverChannel();
    const seen: string[] = [];
    await engine.evaluate(table, { scheme, lang: "zh-CN", ...options }, { onProgress: (d, t) => seen.push(`${d}/${t}`) });
    expect(seen).toEqual(["1/4", "2/4", "3/4", "4/4"]);
  });
});
