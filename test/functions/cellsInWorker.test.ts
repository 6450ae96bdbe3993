// REWARD and CHECK in Excel compute in the engine worker: the main thread chooses the scheme and checks the
// arguments, the worker's side (a WorkerHost over a real MessageChannel, loaded as a module graph of its own, as a
// worker has) evaluates the range. Structure only, never timing. Hand values: docs/presets/mobile-retention.md.
import { JILI_CALLS } from "../../src/functions/calls";
import { CellEngine, cellEngine, CellsWorkerThenInline, inlineCells, useCellEngine } from "../../src/functions/cellEngine";
import { ExcelErrorLike } from "../../src/functions/excelError";
import { checkFn, rewardFn } from "../../src/functions/functions";
import * as tableCompute from "../../src/functions/tableCompute";
import type { TableJob } from "../../src/functions/tableJob";
import { publishWorkbookScheme, resetWorkbookScheme } from "../../src/functions/workbookScheme";
import { getPreset } from "../../src/schemes";
import type { FromWorker, ToWorker } from "../../src/taskpane/worker/protocol";
import { WorkerCells } from "../../src/taskpane/worker/workerCells";
import type { WorkerHost } from "../../src/taskpane/worker/workerHost";
import { channelWorker, closeChannels, HostFactory } from "../taskpane/worker/channel";

const flat = (rows: unknown[][]) => rows.map((r) => r[0]);

/** The worker's side loaded apart (jest.isolateModules): its engine and tableCompute are not this thread's modules. */
const workerSide: HostFactory = (post) => {
  let Host: typeof WorkerHost | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Host = (require("../../src/taskpane/worker/workerHost") as typeof import("../../src/taskpane/worker/workerHost")).WorkerHost;
  });
  return new Host!(post);
};

/** The inline engine, counting its jobs: the fallback must not be used while the worker works. */
function countingInline(): CellEngine & { jobs: TableJob[] } {
  const jobs: TableJob[] = [];
  return { mode: "inline", jobs, table: (job) => (jobs.push(job), inlineCells.table(job)) };
}

/** Cell functions whose engine is a worker over a channel (and the counting fallback). */
function overChannel() {
  const worker = channelWorker(workerSide);
  const inline = countingInline();
  let spawned = 0;
  useCellEngine(new CellsWorkerThenInline(new WorkerCells(async () => (spawned++, worker)), inline));
  return { worker, inline, spawned: () => spawned };
}

const HEADERS = [["揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"]];
const order = (day: number, due: boolean) => ["王丽", "营业员", `2016-01-0${day}`, due ? "到期目标客户" : "非到期目标客户", "否", "否", "是", "否"];
/** Example 1 of the page: seven households, three due: rows 1–5 at 20, 6–7 at 40; 5×20 + 2×40 = 180 */
const example1 = [1, 2, 3, 4, 5, 6, 7].map((d) => order(d, d <= 3));
/** eight households as 营业员: 20 for the first five, 40 after: 5×20 + 3×40 = 220 */
const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => order(d, true));

const jobsPosted = (w: { toWorker: ToWorker[] }) => w.toWorker.filter((m) => m.type === "runCells").length;
const answered = (w: { fromWorker: FromWorker[] }) => w.fromWorker.filter((m) => m.type === "done").length;

let spies: jest.SpyInstance[] = [];
beforeEach(() => {
  // this thread's compute: never called while the worker computes
  spies = [jest.spyOn(tableCompute, "computeTable"), jest.spyOn(tableCompute, "tableColumn")];
});

afterEach(() => {
  for (const s of spies) s.mockRestore();
  useCellEngine(null);
  resetWorkbookScheme();
  closeChannels();
});

describe("REWARD and CHECK compute in the worker", () => {
  test("REWARD: the job goes to the worker, which answers; this thread's compute and the fallback are not called", async () => {
    const { worker, inline } = overChannel();
    expect(flat(await rewardFn("mobile-retention", "rowBonus", example1, HEADERS))).toEqual([20, 20, 20, 20, 20, 40, 40]);
    expect(flat(await rewardFn("mobile-retention", "bonus", example1, HEADERS))).toEqual(Array(7).fill(180));
    expect(flat(await rewardFn("mobile-retention", "揽装奖励合计(元)", eight, HEADERS))).toEqual(Array(8).fill(220));
    expect(jobsPosted(worker)).toBe(3);
    expect(answered(worker)).toBe(3);
    expect(inline.jobs).toHaveLength(0);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });

  test("what crosses is the main thread's choice: the scheme, part, parameters and output decided, the rows as given", async () => {
    const { worker } = overChannel();
    await rewardFn("mobile-retention", "揽装奖励合计(元)", eight, HEADERS);
    const pieces = worker.toWorker.filter((m): m is Extract<ToWorker, { type: "cells" }> => m.type === "cells");
    const whole = pieces.find((m) => m.piece.path.length === 0)!.piece.value as TableJob;
    expect(whole).toMatchObject({ fn: "REWARD", part: "orders", params: {}, output: { scope: "person", name: "bonus" }, rows: eight, headers: HEADERS[0] });
    expect(whole.scheme.id).toBe("mobile-retention");
  });

  test("CHECK: empty for a fine row, the reasons for an excluded one, from the worker", async () => {
    const { worker, inline } = overChannel();
    const rows = [order(1, true), ["李强", "营业员", "2016-01-02", "到期目标客户", "是", "否", "是", "否"]];
    expect(flat(await checkFn("mobile-retention", rows, HEADERS))).toEqual(["", "excluded: SECONDARY_CARD 副卡不纳入奖励（M1） / Secondary cards are excluded (M1)"]);
    expect(jobsPosted(worker)).toBe(1);
    expect(inline.jobs).toHaveLength(0);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });

  test("the workbook's scheme is read on this thread and its rates reach the worker (50 beyond the fifth: 250)", async () => {
    const { worker } = overChannel();
    const doc = JSON.parse(JSON.stringify(getPreset("mobile-retention")));
    doc.parts[0].steps.find((s: { name: string }) => s.name === "bonus").tiersBy.tables["营业员"] = [{ upTo: 5, rate: 20 }, { rate: 50 }];
    publishWorkbookScheme({ scheme: doc, part: null, params: {} });
    expect(flat(await rewardFn("workbook", "bonus", eight, HEADERS))).toEqual(Array(8).fill(250));
    expect(jobsPosted(worker)).toBe(1);
  });

  test("a long range goes in several pieces; two cells calculating at once each get their own rows back", async () => {
    const { worker } = overChannel();
    // 3 000 rows of 8 cells: more than one piece (PIECE_WEIGHT); all 王丽's in January: five households at 20
    // (the earliest), every other at 40
    const long = Array.from({ length: 3000 }, (_, i) => order((i % 9) + 1, true));
    const [a, b] = await Promise.all([rewardFn("mobile-retention", "rowBonus", long, HEADERS), rewardFn("mobile-retention", "rowBonus", eight, HEADERS)]);
    expect(flat(a).filter((v) => v === 20)).toHaveLength(5);
    expect(flat(a).filter((v) => v === 40)).toHaveLength(2995);
    for (const s of spies) s.mockRestore();
    expect(a).toEqual(JILI_CALLS.REWARD("mobile-retention", "rowBonus", long, HEADERS));
    expect(flat(b)).toEqual([20, 20, 20, 20, 20, 40, 40, 40]);
    const jobIds = new Set(worker.toWorker.flatMap((m) => (m.type === "cells" ? [m.jobId] : [])));
    expect(jobIds.size).toBe(2);
    expect(worker.toWorker.filter((m) => m.type === "cells").length).toBeGreaterThan(3);
  });

  test("the same cells as the inline path and the synchronous call (WPS's)", async () => {
    const rows = [...eight, ["李强", "营业员", "2016-01-02", "到期目标客户", "是", "否", "是", "否"], ["", "营业员", "2016-01-02", "到期目标客户", "否", "否", "是", "否"]];
    overChannel();
    const inWorker = [await rewardFn("mobile-retention", "rowBonus", rows, HEADERS), await rewardFn("mobile-retention", "bonus", rows, HEADERS), await checkFn("mobile-retention", rows, HEADERS)];
    for (const s of spies) expect(s).not.toHaveBeenCalled();
    useCellEngine(inlineCells);
    const inline = [await rewardFn("mobile-retention", "rowBonus", rows, HEADERS), await rewardFn("mobile-retention", "bonus", rows, HEADERS), await checkFn("mobile-retention", rows, HEADERS)];
    const sync = [JILI_CALLS.REWARD("mobile-retention", "rowBonus", rows, HEADERS), JILI_CALLS.REWARD("mobile-retention", "bonus", rows, HEADERS), JILI_CALLS.CHECK("mobile-retention", rows, HEADERS)];
    expect(inWorker).toEqual(inline);
    expect(inWorker).toEqual(sync);
    expect(flat(inWorker[0]).slice(0, 9)).toEqual([20, 20, 20, 20, 20, 40, 40, 40, 0]);
    expect((inWorker[0][9][0] as ExcelErrorLike).code).toBe("#VALUE!");
  });
});

describe("errors come back as the same error cells", () => {
  const bilingualError = (v: unknown, code: string, zh: string, en: string) => {
    expect((v as ExcelErrorLike).code).toBe(code);
    expect((v as ExcelErrorLike).message).toContain(zh);
    expect((v as ExcelErrorLike).message).toContain(en);
  };

  test("an unknown output is refused on this thread: no job is posted", async () => {
    const { worker } = overChannel();
    const [[v]] = await rewardFn("mobile-retention", "nope", eight, HEADERS);
    bilingualError(v, "#VALUE!", "没有输出「nope」", 'has no output "nope"; available: units, overageUnits, rowBonus');
    expect(worker.toWorker).toHaveLength(0);
    expect(v).toEqual(JILI_CALLS.REWARD("mobile-retention", "nope", eight, HEADERS)[0][0]);
  });

  test("an unknown scheme, part or parameter: refused on this thread, in both languages", async () => {
    const { worker } = overChannel();
    bilingualError((await checkFn("no-such", eight, HEADERS))[0][0], "#VALUE!", "未知方案「no-such」", 'Unknown scheme "no-such"');
    bilingualError((await rewardFn("capacity-drive", "targetMet", eight, HEADERS, "nope"))[0][0], "#VALUE!", "没有部分「nope」", 'has no part "nope"');
    bilingualError((await rewardFn("car-launch-ladder", "ladderPrize", eight, HEADERS, undefined, [["launch", "2016-03-05"]]))[0][0], "#VALUE!", "没有参数「launch」", 'has no parameter "launch"');
    expect(worker.toWorker).toHaveLength(0);
  });

  test("a parameter the engine cannot read (launchDate 'soon') stops the call in the worker: the same cell as inline", async () => {
    const { worker } = overChannel();
    const rows = [["A", "03-05 09:01", "03-11"]];
    const headers = [["销售顾问", "订车时间", "交车时间"]];
    const params = [["launchDate", "soon"]];
    const [[v]] = await rewardFn("car-launch-ladder", "ladderPrize", rows, headers, undefined, params);
    expect(jobsPosted(worker)).toBe(1);
    bilingualError(v, "#VALUE!", "参数 launchDate：", "Parameter launchDate: ");
    for (const s of spies) s.mockRestore();
    expect(v).toEqual(JILI_CALLS.REWARD("car-launch-ladder", "ladderPrize", rows, headers, undefined, params)[0][0]);
  });

  test("the workbook's scheme not loaded yet: #N/A at once, no job", async () => {
    const { worker } = overChannel();
    const [[v]] = await rewardFn("workbook", "bonus", eight, HEADERS);
    bilingualError(v, "#N/A", "请打开 Jili 窗格", "open the Jili pane");
    expect(worker.toWorker).toHaveLength(0);
  });
});

describe("the fallback", () => {
  test("without Worker (Node, jsdom) the cell functions compute inline, with the same values", async () => {
    useCellEngine(null);
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe("undefined");
    expect(cellEngine()).toBe(inlineCells);
    expect(flat(await rewardFn("mobile-retention", "bonus", example1, HEADERS))).toEqual(Array(7).fill(180));
    expect(spies[1]).toHaveBeenCalledTimes(1);
  });

  test("a worker that cannot start: the call is computed inline, and later calls do not try the worker again", async () => {
    const inline = countingInline();
    let attempts = 0;
    const engine = new CellsWorkerThenInline(
      new WorkerCells(async () => {
        attempts++;
        throw new Error("no worker from file://");
      }),
      inline,
    );
    useCellEngine(engine);
    expect(engine.mode).toBe("worker");
    expect(flat(await rewardFn("mobile-retention", "rowBonus", example1, HEADERS))).toEqual([20, 20, 20, 20, 20, 40, 40]);
    expect(flat(await checkFn("mobile-retention", example1, HEADERS))).toEqual(Array(7).fill(""));
    expect(engine.mode).toBe("inline");
    expect(attempts).toBe(1);
    expect(inline.jobs.map((j) => j.fn)).toEqual(["REWARD", "CHECK"]);
  });

  test("a worker that dies during a job: that job is computed inline", async () => {
    const worker = channelWorker(workerSide);
    const post = worker.postMessage.bind(worker);
    // the worker fails as the job is asked for
    worker.postMessage = (m) => (m.type === "runCells" ? worker.onerror?.(new Error("worker crashed")) : post(m));
    const inline = countingInline();
    useCellEngine(new CellsWorkerThenInline(new WorkerCells(async () => worker), inline));
    expect(flat(await rewardFn("mobile-retention", "bonus", eight, HEADERS))).toEqual(Array(8).fill(220));
    expect(inline.jobs).toHaveLength(1);
    expect(worker.terminated).toBe(true);
  });
});
