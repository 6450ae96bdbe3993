// The worker's protocol: what a run made in the worker gives the pane — after the table went over in pieces and the
// outcome came back in pieces through a real MessageChannel (structured clone, as a browser does for a Worker) —
// equals the synchronous engine's run, and the hand values of docs/presets/mobile-retention.md.
import { buildStatements, layoutStatements } from "../../../src/engine";
import { PaneError } from "../../../src/excel/errors";
import { runEvaluation } from "../../../src/taskpane/controller/evaluate";
import { validationView } from "../../../src/taskpane/controller/issues";
import { runSummary } from "../../../src/taskpane/controller/resultView";
import { summaryOf, validationOf } from "../../../src/taskpane/worker/views";
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
    expect(views.summary).toEqual(runSummary(sync.result, sync.plan, table, "zh-CN"));
    // and the pane is given them for the rebuilt result
    expect(validationOf(run.result, "en-US", table)).toBe(views.validation["en-US"]);
    expect(summaryOf(run.result, run.plan, table, "zh-CN")).toBe(views.summary);
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
    expect(made.sheet).toEqual(layoutStatements(set));
    expect(made.sheet.blocks.map((b) => [b.subject, b.total])).toEqual([
      ["王丽", 220],
      ["李强", 20],
      ["张敏", 0],
    ]);
    expect(made).toMatchObject({ count: 3, grandTotal: 240, scale: 2 });
    expect(made.stamp).toEqual(sync.stamp);
  });

  test("statements one sheet cannot hold (1 025 people: 1 024 page breaks, Excel keeps 1 023) are refused before anything is written", async () => {
    const { scheme } = handTable();
    const tableOf = (people: number) => {
      const cells = [HEADERS, ...Array.from({ length: people }, (_, k) => order(`员工${k + 1}`, "营业员", 1 + (k % 28), true))];
      const snapshot = { sheet: "明细", cells, lastRow: cells.length, lastColumn: HEADERS.length - 1, table: null, someRowsHidden: false };
      return locateTable(scheme, snapshot);
    };
    const { engine } = engineOverChannel();
    // one due household each: 20 yuan a person
    const fits = tableOf(1024);
    const made = await engine.statements(fits, { scheme, lang: "zh-CN", ...options, total: 1024 * 20 });
    expect(made.count).toBe(1024);
    const over = tableOf(1025);
    await expect(engine.statements(over, { scheme, lang: "zh-CN", ...options, total: 1025 * 20 })).rejects.toMatchObject({
      name: "PaneError",
      code: "STATEMENTS_TOO_MANY",
    });
    await expect(engine.statements(over, { scheme, lang: "en-US", ...options, total: 1025 * 20 })).rejects.toThrow(/1025.*jili statements/);
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
