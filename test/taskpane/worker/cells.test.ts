// The worker's side of REWARD and CHECK (protocol kind "cells"): a job's request arrives in pieces of its own, is
// answered with the column of cells in pieces, and is dropped once answered; a cell job leaves the pane's table alone.
import { tableColumn } from "../../../src/functions/tableCompute";
import { checkJob, rewardJob } from "../../../src/functions/tableJob";
import { cutIntoPieces, PieceAssembler } from "../../../src/taskpane/worker/pieces";
import type { FromWorker, ToWorker } from "../../../src/taskpane/worker/protocol";
import { WorkerEngine } from "../../../src/taskpane/worker/workerEngine";
import { WorkerHost } from "../../../src/taskpane/worker/workerHost";
import { channelWorker, closeChannels } from "./channel";
import { handTable } from "./data";

afterEach(closeChannels);

const HEADERS = ["揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];
/** 王丽, 营业员, eight due households in January 2016: 5×20 + 3×40 = 220 (docs/presets/mobile-retention.md) */
const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => ["王丽", "营业员", `2016-01-0${d}`, "到期目标客户", "否", "否", "是", "否"]);

/** a WorkerHost and what it posted, with the outcome of each job put together */
function host() {
  const posted: FromWorker[] = [];
  const h = new WorkerHost((m) => posted.push(m));
  const outcome = (jobId: number) => {
    const a = new PieceAssembler();
    for (const m of posted) if (m.type === "piece" && m.jobId === jobId) a.add(m.piece);
    return a.value;
  };
  const send = async (jobId: number, request: unknown) => {
    for (const piece of cutIntoPieces(request)) await h.receive({ type: "cells", jobId, piece });
  };
  return { h, posted, outcome, send };
}

describe("a cell job in the worker", () => {
  test("REWARD: the request in pieces, then runCells; the answer is the column of cells, then done", async () => {
    const { h, posted, outcome, send } = host();
    await send(7, rewardJob("mobile-retention", "bonus", eight, [HEADERS]));
    expect(posted).toHaveLength(0);
    await h.receive({ type: "runCells", jobId: 7 });
    expect(posted[posted.length - 1]).toEqual({ type: "done", jobId: 7 });
    expect(outcome(7)).toEqual(Array(8).fill([220]));
  });

  test("CHECK and a call that cannot run (a bad parameter) answer with cells, not a failed job", async () => {
    const { h, posted, outcome, send } = host();
    await send(1, checkJob("mobile-retention", eight, [HEADERS]));
    await h.receive({ type: "runCells", jobId: 1 });
    expect(outcome(1)).toEqual(Array(8).fill([""]));
    const bad = rewardJob("car-launch-ladder", "ladderPrize", [["A", "03-05 09:01", "03-11"]], [["销售顾问", "订车时间", "交车时间"]], undefined, [["launchDate", "soon"]]);
    await send(2, bad);
    await h.receive({ type: "runCells", jobId: 2 });
    expect(outcome(2)).toEqual(tableColumn(bad));
    expect((outcome(2) as { code: string }[][])[0][0].code).toBe("#VALUE!");
    expect(posted.some((m) => m.type === "failed")).toBe(false);
  });

  test("two jobs' pieces interleaved are kept apart; a request is dropped once answered", async () => {
    const { h, posted, outcome } = host();
    const a = [...cutIntoPieces(rewardJob("mobile-retention", "rowBonus", eight, [HEADERS]), 50)];
    const b = [...cutIntoPieces(checkJob("mobile-retention", eight.slice(0, 2), [HEADERS]), 50)];
    expect(a.length).toBeGreaterThan(2);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]) await h.receive({ type: "cells", jobId: 1, piece: a[i] });
      if (b[i]) await h.receive({ type: "cells", jobId: 2, piece: b[i] });
    }
    await h.receive({ type: "runCells", jobId: 2 });
    await h.receive({ type: "runCells", jobId: 1 });
    expect(outcome(1)).toEqual([[20], [20], [20], [20], [20], [40], [40], [40]]);
    expect(outcome(2)).toEqual([[""], [""]]);
    // asked again: the request is gone
    await h.receive({ type: "runCells", jobId: 1 });
    expect(posted[posted.length - 1]).toMatchObject({ type: "failed", jobId: 1, error: { kind: "other", message: "cell job 1 was not sent to the worker" } });
  });

  test("a cell job between the pane's table and its run does not drop the table", async () => {
    const { scheme, table } = handTable();
    const worker = channelWorker();
    const engine = new WorkerEngine(async () => worker);
    const first = await engine.evaluate(table, { scheme, lang: "zh-CN", params: {}, columns: {} });
    expect(first.run.plan.stats.total).toBe(240);
    // a cell job on the same worker, then the pane's next job reuses the table already sent
    const cells: ToWorker[] = [...cutIntoPieces(rewardJob("mobile-retention", "bonus", eight, [HEADERS]))].map((piece) => ({ type: "cells", jobId: 999, piece }));
    for (const m of cells) worker.postMessage(m);
    worker.postMessage({ type: "runCells", jobId: 999 });
    const tablesBefore = worker.toWorker.filter((m) => m.type === "table").length;
    const again = await engine.evaluate(table, { scheme, lang: "zh-CN", params: {}, columns: {} });
    expect(again.run.plan.stats.total).toBe(240);
    expect(worker.toWorker.filter((m) => m.type === "table").length).toBe(tablesBefore);
  });
});
