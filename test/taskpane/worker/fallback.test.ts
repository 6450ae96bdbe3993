// The fallback where no worker runs: the same jobs on the pane's thread, a turn of the event loop between stages,
// and the same outcome as the synchronous run; a worker that cannot start or dies hands its job to it.
import { runEvaluation } from "../../../src/taskpane/controller/evaluate";
import { validationView } from "../../../src/taskpane/controller/issues";
import { EngineJobError } from "../../../src/taskpane/worker/errors";
import { InlineEngine, SMALL_TABLE_ROWS } from "../../../src/taskpane/worker/inlineEngine";
import { paneEngine, usePaneEngine, WorkerThenInline } from "../../../src/taskpane/worker/paneEngine";
import { WorkerEngine } from "../../../src/taskpane/worker/workerEngine";
import { yieldToLoop } from "../../../src/taskpane/worker/yieldToLoop";
import { closeChannels, silentWorker } from "./channel";
import { handTable } from "./data";

const options = { params: {}, columns: {}, assume: {}, stamp: { at: "2026-12-06 10:00", hashData: true } };

afterEach(() => {
  closeChannels();
  usePaneEngine(null);
});

describe("the fallback yields", () => {
  test("a turn of the event loop between every two stages of an evaluation, each after its progress", async () => {
    const { scheme, table } = handTable();
    const order: string[] = [];
    const engine = new InlineEngine(async () => {
      order.push("turn");
      await new Promise((r) => setTimeout(r, 0));
    }, 0);
    await engine.evaluate(table, { scheme, lang: "zh-CN", ...options }, { onProgress: (d, t) => order.push(`${d}/${t}`) });
    expect(order).toEqual(["1/4", "turn", "2/4", "turn", "3/4", "turn", "4/4"]);
  });

  test("statements: the run, the statements and their layout each in a task of its own", async () => {
    const { scheme, table } = handTable();
    const order: string[] = [];
    const engine = new InlineEngine(async () => {
      order.push("turn");
      await new Promise((r) => setTimeout(r, 0));
    }, 0);
    await engine.statements(table, { scheme, lang: "zh-CN", ...options, total: 240 }, { onProgress: (d, t) => order.push(`${d}/${t}`) });
    expect(order).toEqual(["1/5", "turn", "2/5", "turn", "3/5", "turn", "4/5", "turn", "5/5"]);
  });

  test("a small table (fewer than SMALL_TABLE_ROWS rows) gets no turns; a large one does", async () => {
    const { scheme, table } = handTable();
    let turns = 0;
    const engine = new InlineEngine(async () => void (turns += 1));
    await engine.evaluate(table, { scheme, lang: "zh-CN", ...options });
    expect(turns).toBe(0);
    const big = { ...table, rows: Array.from({ length: SMALL_TABLE_ROWS }, (_, i) => table.rows[i % 8]), rowNumbers: Array.from({ length: SMALL_TABLE_ROWS }, (_, i) => i + 4) };
    await engine.evaluate(big, { scheme, lang: "zh-CN", ...options });
    expect(turns).toBe(3);
  });

  test("a turn is a new task: every microtask queued before it runs first", async () => {
    let microtasks = 0;
    const chain = (n: number): Promise<void> => (n === 0 ? Promise.resolve() : Promise.resolve().then(() => ((microtasks += 1), chain(n - 1))));
    void chain(1000);
    await yieldToLoop();
    expect(microtasks).toBe(1000);
  });

  test("the same rows, plan and issues as the synchronous run", async () => {
    const { scheme, table } = handTable();
    const { run, views } = await new InlineEngine().evaluate(table, { scheme, lang: "en-US", ...options });
    const sync = runEvaluation(scheme, table, options, "en-US");
    expect(run.result.rows(false)).toEqual(sync.result.rows(false));
    expect(run.plan).toEqual(sync.plan);
    expect(run.stamp).toEqual(sync.stamp);
    expect(views.validation["en-US"]).toEqual(validationView(sync.result, "en-US", table));
    expect(views.summary.totalText).toBe("240.00");
  });

  test("without Worker (jsdom, Node, an old host) the pane's engine is the fallback", () => {
    usePaneEngine(null);
    expect(typeof Worker).toBe("undefined");
    expect(paneEngine().mode).toBe("inline");
  });
});

describe("a worker that fails hands its job to the fallback", () => {
  test("it cannot start (a page a worker cannot be started from): the job runs inline, and later ones too", async () => {
    const { scheme, table } = handTable();
    let spawns = 0;
    const engine = new WorkerThenInline(
      new WorkerEngine(async () => {
        spawns++;
        throw new Error("SecurityError: a worker cannot be started from file://");
      }),
      new InlineEngine(),
    );
    const { run } = await engine.evaluate(table, { scheme, lang: "zh-CN", ...options });
    expect(run.plan.stats.total).toBe(240);
    expect(engine.mode).toBe("inline");
    await engine.evaluate(table, { scheme, lang: "zh-CN", ...options });
    expect(spawns).toBe(1);
  });

  test("it dies while running (an error event): the job is run again inline", async () => {
    const { scheme, table } = handTable();
    const silent = silentWorker();
    const engine = new WorkerThenInline(new WorkerEngine(async () => silent), new InlineEngine());
    const job = engine.evaluate(table, { scheme, lang: "zh-CN", ...options });
    while (silent.runs === 0) await new Promise((r) => setTimeout(r, 5));
    silent.onerror?.(new Error("out of memory"));
    const { run } = await job;
    expect(run.result.rows(false)).toEqual(runEvaluation(scheme, table, options, "zh-CN").result.rows(false));
    expect(silent.terminated).toBe(true);
  });

  test("an engine refusal is no worker failure: it is the clerk's error, not run again", async () => {
    const { scheme, table } = handTable();
    let inlineRuns = 0;
    const inline = new InlineEngine();
    const counting = { mode: "inline" as const, evaluate: (...a: Parameters<InlineEngine["evaluate"]>) => ((inlineRuns += 1), inline.evaluate(...a)), statements: inline.statements.bind(inline), personTotals: inline.personTotals.bind(inline) };
    const worker = new WorkerEngine(async () => (await import("./channel")).channelWorker());
    const engine = new WorkerThenInline(worker, counting);
    const failure = await engine.evaluate(table, { scheme, lang: "zh-CN", ...options, params: { nope: 1 } }).catch((e: unknown) => e);
    expect(failure).not.toBeInstanceOf(EngineJobError);
    expect((failure as { code: string }).code).toBe("UNKNOWN_PARAMETER");
    expect(inlineRuns).toBe(0);
    expect(engine.mode).toBe("worker");
  });
});
