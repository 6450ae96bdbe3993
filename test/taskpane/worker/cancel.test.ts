/** @jest-environment jsdom */
// Cancel stops a job at every stage: the worker is ended while the engine runs in it, the fallback stops at its
// next turn, and the pane's Fill and Statements end as cancelled with nothing written.
import type { StatementSheet } from "../../../src/engine";
import type { StatementsOutcome, StatementsPort } from "../../../src/excel/statements";
import { PaneSession } from "../../../src/taskpane/controller/session";
import { attachStatements } from "../../../src/taskpane/controller/statements";
import { EngineJobError } from "../../../src/taskpane/worker/errors";
import { InlineEngine } from "../../../src/taskpane/worker/inlineEngine";
import { usePaneEngine } from "../../../src/taskpane/worker/paneEngine";
import { WorkerEngine, WorkerLike } from "../../../src/taskpane/worker/workerEngine";
import { FakePort } from "../fakePort";
import { channelWorker, closeChannels, silentWorker } from "./channel";
import { handSheet, handTable } from "./data";

const options = { params: {}, columns: {}, assume: {} };

/** resolves once `ready()` holds, looking at every turn of the event loop */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((r) => setTimeout(r, 5));
}

afterEach(() => {
  closeChannels();
  usePaneEngine(null);
});

describe("cancel in the worker", () => {
  test("ends the worker while the engine runs, and the next job starts a new one", async () => {
    const { scheme, table } = handTable();
    const spawned: WorkerLike[] = [];
    const silent = silentWorker();
    const engine = new WorkerEngine(async () => {
      const w = spawned.length === 0 ? silent : channelWorker();
      spawned.push(w);
      return w;
    });
    const token = { cancelled: false };
    const job = engine.evaluate(table, { scheme, lang: "zh-CN", ...options }, { cancel: token });
    await until(() => silent.runs === 1);
    token.cancelled = true;
    const failure = await job.catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EngineJobError);
    expect((failure as EngineJobError).code).toBe("CANCELLED");
    expect(silent.terminated).toBe(true);
    // the next job: a new worker, which answers
    const { run } = await engine.evaluate(table, { scheme, lang: "zh-CN", ...options });
    expect(spawned).toHaveLength(2);
    expect(run.plan.stats.total).toBe(240);
  });

  test("a cancel while the table is being sent stops before the run is asked for", async () => {
    const { scheme, table } = handTable();
    const big = { ...table, rows: Array.from({ length: 50_000 }, (_, i) => table.rows[i % 8]), rowNumbers: Array.from({ length: 50_000 }, (_, i) => i + 4) };
    const silent = silentWorker();
    const engine = new WorkerEngine(async () => silent);
    const token = { cancelled: false };
    let pieces = 0;
    const post = silent.postMessage.bind(silent);
    silent.postMessage = (m) => {
      if (m.type === "table" && ++pieces === 3) token.cancelled = true;
      post(m);
    };
    const failure = await engine.evaluate(big, { scheme, lang: "zh-CN", ...options }, { cancel: token }).catch((e: unknown) => e);
    expect((failure as EngineJobError).code).toBe("CANCELLED");
    expect(pieces).toBe(3);
    expect(silent.runs).toBe(0);
  });
});

describe("cancel in the fallback", () => {
  test("stops at the next turn: the statements are not laid out", async () => {
    const { scheme, table } = handTable();
    const engine = new InlineEngine(undefined, 0);
    const token = { cancelled: false };
    const seen: string[] = [];
    const onProgress = (done: number, total: number) => {
      seen.push(`${done}/${total}`);
      if (done === 2) token.cancelled = true;
    };
    const failure = await engine.statements(table, { scheme, lang: "zh-CN", ...options, total: 240 }, { cancel: token, onProgress }).catch((e: unknown) => e);
    expect((failure as EngineJobError).code).toBe("CANCELLED");
    expect(seen).toEqual(["1/5", "2/5"]);
  });
});

class FakeStatements implements StatementsPort {
  written: StatementSheet[] = [];
  async writeStatements(sheets: readonly StatementSheet[]): Promise<StatementsOutcome> {
    this.written.push(...sheets);
    return { status: "done", sheet: sheets[0].name, sheets: sheets.map((s) => s.name), renamed: false, printSettings: true, stats: { syncs: 1, chunks: 1, largestRequest: 1 } };
  }
}

describe("the pane's Cancel while computing", () => {
  test.each([
    ["the worker", () => new WorkerEngine(async () => silentWorker())],
    ["the fallback", () => new InlineEngine(undefined, 0)],
  ])("Fill in %s: cancelled, no row written", async (_name, make) => {
    usePaneEngine(make());
    const port = new FakePort(handSheet());
    const session = new PaneSession(port, "zh-CN");
    session.chooseScheme("preset:mobile-retention");
    const seen: string[] = [];
    session.subscribe(() => {
      const p = session.getState().progress;
      if (p?.phase === "compute") {
        seen.push(`${p.done}/${p.total}`);
        session.cancel();
      }
    });
    await session.fill();
    const st = session.getState();
    expect(st.cancelledAt).toBe(0);
    expect(st.busy).toBeNull();
    expect(st.summary).toBeNull();
    expect(port.fills).toHaveLength(0);
    expect(seen[0]).toBe("1/4");
  });

  test("Statements in the fallback: cancelled while the statements are made, nothing written", async () => {
    usePaneEngine(new InlineEngine(undefined, 0));
    const port = new FakePort(handSheet());
    const session = new PaneSession(port, "zh-CN");
    const statements = new FakeStatements();
    const action = attachStatements(session, statements);
    session.chooseScheme("preset:mobile-retention");
    await session.fill();
    expect(session.getState().summary?.total).toBe(240);
    action.subscribe(() => {
      if (action.getState().computing) action.cancel();
    });
    await action.run();
    expect(action.getState()).toMatchObject({ busy: false, cancelledAt: 0, computing: null, error: null, done: null });
    expect(statements.written).toHaveLength(0);
  });
});
