/** @jest-environment jsdom */
// Person totals across a scheme's parts are made by the pane's engine: in the worker (beside the evaluation it kept,
// only the other sheets sent), or on the pane's thread where no worker runs — the same totals either way. Structure
// only, never timing. Hand values for new-customer-dev (docs/presets/new-customer-dev.md, as test/cli/personTotal):
//   王: customer 甲 qualifies in months 1–3 (Example 1): 1000 + 2000 = 3000; direct sales 90,000, below the 100,000
//       threshold: 0; task not completed and 359,999 < 60 % × 600,000 (Example 8): fined 500. 3000 + 0 − 500 = 2500.
//   赵: no customers: 0; 120,000 at 16 % and 130,000 at 17 % (Example 9): 3000; task completed: no fine. 3000.
import { deserialize, serialize } from "v8";
import type { PersonTotalRun } from "../../../src/engine";
import * as runParts from "../../../src/engine/report/personTotal/runParts";
import { PaneError } from "../../../src/excel/errors";
import { locateTable } from "../../../src/taskpane/controller/locate";
import { schemeById } from "../../../src/taskpane/controller/schemes";
import type { PaneEngine } from "../../../src/taskpane/worker/engine";
import { EngineJobError } from "../../../src/taskpane/worker/errors";
import { InlineEngine } from "../../../src/taskpane/worker/inlineEngine";
import { sheetsForWorker } from "../../../src/taskpane/worker/personTotalJob";
import { PieceAssembler } from "../../../src/taskpane/worker/pieces";
import { usePaneEngine, WorkerThenInline } from "../../../src/taskpane/worker/paneEngine";
import type { ToWorker } from "../../../src/taskpane/worker/protocol";
import { WorkerEngine, WorkerLike } from "../../../src/taskpane/worker/workerEngine";
import type { WorkerHost } from "../../../src/taskpane/worker/workerHost";
import { CUSTOMERS, DIRECT, PARAMS, PENALTY } from "../../support/newCustomerDevSheets";
import { FakePort } from "../fakePort";
import { channelWorker, closeChannels, HostFactory } from "./channel";
import { campaignSession } from "../campaignSession";


/** The worker's side loaded apart (jest.isolateModules), as a worker has its own modules: its engine is not this thread's. */
const workerSide: HostFactory = (post) => {
  let Host: typeof WorkerHost | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Host = (require("../../../src/taskpane/worker/workerHost") as typeof import("../../../src/taskpane/worker/workerHost")).WorkerHost;
  });
  return new Host!(post);
};

/** the campaign's workbook: the customers part filled, the other two parts on sheets of their own */
function campaignPort(withPenalty = true): FakePort {
  const port = new FakePort(CUSTOMERS, "客户进货");
  port.others = [{ name: "直营部", cells: DIRECT }, ...(withPenalty ? [{ name: "考核", cells: PENALTY }] : [])];
  return port;
}

/** fills the campaign with `engine` as the pane's engine: the totals, the summary and the fill request */
async function fillWith(engine: PaneEngine, port = campaignPort()) {
  usePaneEngine(engine);
  const session = campaignSession(port);
  await session.fill();
  const st = session.getState();
  expect(st.error).toBeNull();
  return { totals: st.summary?.personTotal?.run ?? null, summary: st.summary, request: port.fills[0]?.request };
}

/** the hand values of the three parts, as a person-total run holds them */
function expectHandTotals(run: PersonTotalRun | null) {
  expect(run?.sheets).toEqual([
    { part: "customers", sheet: "客户进货" },
    { part: "direct", sheet: "直营部" },
    { part: "penalty", sheet: "考核" },
  ]);
  expect(run?.leftOut).toEqual([]);
  const by = Object.fromEntries((run?.totals.rows ?? []).map((r) => [r.person, r]));
  expect(by["王"]).toMatchObject({ amounts: [3000, 0, -500], total: 2500, complete: true });
  expect(by["赵"]).toMatchObject({ amounts: [0, 3000, 0], states: ["none", "ok", "ok"], total: 3000, complete: true });
}

const runsOf = (w: { toWorker: ToWorker[] }) => w.toWorker.flatMap((m) => (m.type === "run" ? [m] : []));

let spy: jest.SpyInstance;
beforeEach(() => {
  // this thread's engine: never asked for person totals while the worker makes them
  spy = jest.spyOn(runParts, "runPersonTotals");
});

afterEach(() => {
  spy.mockRestore();
  closeChannels();
  usePaneEngine(null);
});

describe("person totals in the worker", () => {
  test("the job is posted and answered by the worker, beside the evaluation it kept; this thread's engine is not called", async () => {
    const worker = channelWorker(workerSide);
    const { totals } = await fillWith(new WorkerEngine(async () => worker));
    expectHandTotals(totals);
    expect(spy).not.toHaveBeenCalled();

    const [evaluate, person] = runsOf(worker);
    expect(evaluate.request.kind).toBe("evaluate");
    expect(person.request).toMatchObject({ kind: "personTotals", evaluation: evaluate.jobId });
    expect(person.tableId).toBe(evaluate.tableId);
    // the table went once (the person totals use the worker's copy), the other sheets in pieces of the job's own
    const tableIds = new Set(worker.toWorker.flatMap((m) => (m.type === "table" ? [m.tableId] : [])));
    expect([...tableIds]).toEqual([evaluate.tableId]);
    const sheets = new PieceAssembler();
    for (const m of worker.toWorker) if (m.type === "sheets" && m.jobId === person.jobId) sheets.add(m.piece);
    const sent = sheets.value as { name: string; cells: unknown[][] }[];
    expect(sent.map((s) => s.name)).toEqual(["客户进货", "直营部", "考核"]);
    // neither direct nor penalty joins tables: the main sheet's cells stay on this side
    expect(sent[0].cells).toEqual([]);
    expect(sent[1].cells.length).toBe(DIRECT.length);
    expect(worker.fromWorker.some((m) => m.type === "done" && m.jobId === person.jobId)).toBe(true);
  });

  test("the same totals, summary and fill request as on the pane's thread", async () => {
    const inline = await fillWith(new InlineEngine());
    // the spy is live: the fallback calls this thread's engine
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    const worker = await fillWith(new WorkerEngine(async () => channelWorker(workerSide)));
    expect(spy).not.toHaveBeenCalled();
    expect(worker.totals).toEqual(inline.totals);
    expect(worker.summary).toEqual(inline.summary);
    expect(worker.request).toEqual(inline.request);
    expect(worker.request?.personTotal).toBeDefined();
  });

  test("a part whose sheet is missing is left out, as on the pane's thread", async () => {
    const worker = await fillWith(new WorkerEngine(async () => channelWorker(workerSide)), campaignPort(false));
    expect(worker.totals?.leftOut.map((l) => l.part)).toEqual(["penalty"]);
    // 王 without the penalty part: 3000 + 0, not complete
    expect(worker.totals?.totals.rows.find((r) => r.person === "王")).toMatchObject({ total: 3000, complete: false });
    const inline = await fillWith(new InlineEngine(), campaignPort(false));
    expect(worker.totals).toEqual(inline.totals);
  });

  test("a worker that no longer holds the evaluation runs the table again: the same totals", async () => {
    const scheme = schemeById("new-customer-dev");
    const port = campaignPort();
    const [main, direct, penalty] = await port.readSheets(["客户进货", "直营部", "考核"]);
    const table = locateTable(scheme, main, "customers");
    const request = { scheme, lang: "zh-CN" as const, params: PARAMS, columns: {} };
    const sheets = [main, direct, penalty].map((s) => ({ name: s.sheet, cells: s.cells }));
    const { run } = await new InlineEngine().evaluate(table, request);
    const expected = await new InlineEngine().personTotals({ table, result: run.result, sheets }, request);
    expectHandTotals(expected);
    spy.mockClear();
    const worker = channelWorker(workerSide);
    // the result was not made by this worker: it is asked for with no evaluation, and the table is sent
    const totals = await new WorkerEngine(async () => worker).personTotals({ table, result: run.result, sheets }, request);
    expect(runsOf(worker)[0].request).toMatchObject({ kind: "personTotals", evaluation: null });
    expect(totals).toEqual(expected);
    expect(spy).not.toHaveBeenCalled();
  });

  test("a refusal comes back as the pane's error, as on the pane's thread, and is not run again inline", async () => {
    const scheme = schemeById("new-customer-dev");
    const port = campaignPort();
    const [main, direct] = await port.readSheets(["客户进货", "直营部"]);
    const table = locateTable(scheme, main, "customers");
    const good = { scheme, lang: "zh-CN" as const, params: PARAMS, columns: {} };
    // a parameter typed as JSON that is not: read when the other parts are run
    const bad = { ...good, params: { ...PARAMS, extra: "{not json" } };
    const sheets = [main, direct].map((s) => ({ name: s.sheet, cells: s.cells }));
    const inline = new InlineEngine();
    const inlineRun = (await inline.evaluate(table, good)).run;
    const inlineError = await inline.personTotals({ table, result: inlineRun.result, sheets }, bad).catch((e: unknown) => e);
    expect(inlineError).toBeInstanceOf(PaneError);
    expect((inlineError as PaneError).code).toBe("BAD_PARAM_JSON");

    let inlineJobs = 0;
    const counting: PaneEngine = { mode: "inline", evaluate: inline.evaluate.bind(inline), statements: inline.statements.bind(inline), personTotals: (...a) => ((inlineJobs += 1), inline.personTotals(...a)) };
    const engine = new WorkerThenInline(new WorkerEngine(async () => channelWorker(workerSide)), counting);
    const { run } = await engine.evaluate(table, good);
    const failure = await engine.personTotals({ table, result: run.result, sheets }, bad).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PaneError);
    expect(failure).toMatchObject({ code: (inlineError as PaneError).code, text: (inlineError as PaneError).text });
    expect(inlineJobs).toBe(0);
    expect(engine.mode).toBe("worker");
  });
});

/** a worker over the channel that takes the person-total job and never answers it (a long engine call) */
function stuckOnPersonTotals(): WorkerLike & { terminated: boolean; stuck: number } {
  const w = channelWorker(workerSide);
  const stuck = Object.assign(w, { stuck: 0 });
  const post = w.postMessage.bind(w);
  stuck.postMessage = (m: ToWorker) => {
    if (m.type === "run" && m.request.kind === "personTotals") stuck.stuck++;
    else post(m);
  };
  return stuck;
}

test("the main sheet's cells go to the worker only when another part of the total joins tables", () => {
  const scheme = schemeById("new-customer-dev");
  const sheets = [
    { name: "客户进货", cells: CUSTOMERS },
    { name: "直营部", cells: DIRECT },
  ];
  const filled = (part: string, sheet: string) => ({ part: scheme.parts.find((p) => p.id === part)!, sheet }) as unknown as Parameters<typeof sheetsForWorker>[1];
  // customers filled: direct and penalty join no table, so the engine never looks at the main sheet's cells
  expect(sheetsForWorker(scheme, filled("customers", "客户进货"), sheets).map((s) => s.cells.length)).toEqual([0, DIRECT.length]);
  // direct filled: customers joins a table, whose search may look at the sheet direct was read from
  expect(sheetsForWorker(scheme, filled("direct", "直营部"), sheets).map((s) => s.cells.length)).toEqual([CUSTOMERS.length, DIRECT.length]);
});

describe("person totals where no worker runs", () => {
  test("the fallback (no Worker in jsdom) gives the hand totals on the pane's thread", async () => {
    usePaneEngine(null);
    const port = campaignPort();
    const session = campaignSession(port);
    await session.fill();
    const run = session.getState().summary?.personTotal?.run ?? null;
    expectHandTotals(run);
    expect(spy).toHaveBeenCalledTimes(1);
    // plain data: a structured clone (v8's serializer is the one a message uses) is equal
    expect(deserialize(serialize(run))).toEqual(run);
  });

  test("the fallback gives the turn before the engine's call, each stage after its progress", async () => {
    const order: string[] = [];
    const engine = new InlineEngine(async () => void order.push("turn"), 0);
    const scheme = schemeById("new-customer-dev");
    const [main, direct, penalty] = await campaignPort().readSheets(["客户进货", "直营部", "考核"]);
    const table = locateTable(scheme, main, "customers");
    const request = { scheme, lang: "zh-CN" as const, params: PARAMS, columns: {} };
    const { run } = await engine.evaluate(table, request);
    order.length = 0;
    const sheets = [main, direct, penalty].map((s) => ({ name: s.sheet, cells: s.cells }));
    expectHandTotals(await engine.personTotals({ table, result: run.result, sheets }, request, { onProgress: (d, t) => order.push(`${d}/${t}`) }));
    expect(order).toEqual(["1/3", "turn", "2/3", "turn", "3/3"]);
  });

  test("a worker that dies during the job hands it to the fallback: the same totals, from the rebuilt result", async () => {
    const w = channelWorker(workerSide);
    const post = w.postMessage.bind(w);
    w.postMessage = (m: ToWorker) => {
      if (m.type === "sheets") w.onerror?.(new Error("out of memory"));
      else post(m);
    };
    const engine = new WorkerThenInline(new WorkerEngine(async () => w), new InlineEngine());
    const { totals } = await fillWith(engine);
    expectHandTotals(totals);
    expect(engine.mode).toBe("inline");
    expect(w.terminated).toBe(true);
  });
});

describe("Cancel during the person totals", () => {
  test("in the worker: the job ends with the worker, nothing is written, the next fill starts a new worker", async () => {
    const spawned: WorkerLike[] = [];
    const first = stuckOnPersonTotals();
    usePaneEngine(new WorkerEngine(async () => (spawned.push(spawned.length ? channelWorker(workerSide) : first), spawned[spawned.length - 1])));
    const port = campaignPort();
    const session = campaignSession(port);
    const unsubscribe = session.subscribe(() => {
      const p = session.getState().progress;
      if (p?.phase === "compute" && p.total === 3) session.cancel();
    });
    await session.fill();
    unsubscribe();
    expect(first.stuck).toBe(1);
    expect(first.terminated).toBe(true);
    expect(session.getState()).toMatchObject({ busy: null, cancelledAt: 0, summary: null, error: null });
    expect(port.fills).toHaveLength(0);
    await session.fill();
    expect(spawned).toHaveLength(2);
    expectHandTotals(session.getState().summary?.personTotal?.run ?? null);
  });

  test("in the fallback: stopped at its turn before the engine's call", async () => {
    usePaneEngine(new InlineEngine(undefined, 0));
    const port = campaignPort();
    const session = campaignSession(port);
    session.subscribe(() => {
      const p = session.getState().progress;
      if (p?.phase === "compute" && p.total === 3) session.cancel();
    });
    await session.fill();
    expect(spy).not.toHaveBeenCalled();
    expect(session.getState()).toMatchObject({ busy: null, cancelledAt: 0, summary: null, error: null });
    expect(port.fills).toHaveLength(0);
  });

  test("a job cancelled while the worker runs it ends CANCELLED, the worker ended", async () => {
    const scheme = schemeById("new-customer-dev");
    const [main] = await campaignPort().readSheets(["客户进货"]);
    const table = locateTable(scheme, main, "customers");
    const request = { scheme, lang: "zh-CN" as const, params: PARAMS, columns: {} };
    const worker = stuckOnPersonTotals();
    const engine = new WorkerEngine(async () => worker);
    const { run } = await engine.evaluate(table, request);
    const token = { cancelled: false };
    const job = engine.personTotals({ table, result: run.result, sheets: [{ name: main.sheet, cells: main.cells }] }, request, { cancel: token, onProgress: (d) => void (d === 1 && (token.cancelled = true)) });
    const failure = await job.catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EngineJobError);
    expect((failure as EngineJobError).code).toBe("CANCELLED");
    expect(worker.stuck).toBe(1);
    expect(worker.terminated).toBe(true);
  });
});
