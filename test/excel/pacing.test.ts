import { buildFillPlan, buildStatements, evaluate, layoutStatements, StatementSheet } from "../../src/engine";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { Pacer } from "../../src/excel/pace";
import { MAX_REQUEST_BYTES, planChunks, planChunksPaced } from "../../src/excel/payload";
import { ExcelStatements, StatementsOutcome } from "../../src/excel/statements";
import { SimBook, SimContext, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";
import { getPreset } from "../../src/schemes";
import { bookSnapshot } from "./bookSnapshot";
import { bigSheet } from "./data";
import { fillRequestFor } from "./flow";
import type { Cell } from "./types";

// The pane's work between two syncs is cut into slices with a turn of the event loop between them (src/excel/pace.ts).
// Time is never asserted: a fake clock advances one tick per look, so the slices fall in the same places every run,
// and each turn records how far the request had got (syncs so far, calls queued since the last sync).

interface Turn {
  syncs: number;
  pending: number;
}

/** a pacer whose clock ticks once per look and whose turns are counted (the state of the request at each) */
function countingPacer(contexts: SimContext[], turns: Turn[], budget = 5): Pacer {
  let t = 0;
  return new Pacer(
    budget,
    () => t++,
    async () => {
      const ctx = contexts[contexts.length - 1];
      turns.push({ syncs: ctx?.syncs ?? 0, pending: ctx?.pending ?? 0 });
    },
  );
}

/** a pacer that never gives a turn: the write as it was before pacing */
const unpaced = () => new Pacer(Infinity, () => 0, () => Promise.reject(new Error("no turn expected")));

function layoutOf(cells: Cell[][]): StatementSheet {
  const scheme = getPreset("mobile-retention")!;
  const table = { headers: cells[0], rows: cells.slice(1), rowNumbers: cells.slice(1).map((_, i) => i + 2) };
  const result = evaluate(scheme, table);
  return layoutStatements(buildStatements(result, table, "zh-CN", { plan: buildFillPlan(result, "zh-CN"), source: "明细" }));
}

async function writeStatements(layout: StatementSheet, pace: (contexts: SimContext[]) => Pacer) {
  const book = new SimBook("明细");
  const contexts: SimContext[] = [];
  const port = new ExcelStatements({ run: simRun(book, (c) => contexts.push(c)), settings: new SimSettings(), isSetSupported: () => true, pace: () => pace(contexts) });
  const outcome = (await port.writeStatements([layout])) as Extract<StatementsOutcome, { status: "done" }>;
  return { book, ctx: contexts[0], outcome };
}

/** the two workbooks hold the same cells, formats, merges and layout (compared as text: jest's deep equality is slow on 100 000 cells) */
const same = (a: SimBook, b: SimBook) => JSON.stringify(bookSnapshot(a)) === JSON.stringify(bookSnapshot(b));

/** turns taken while a request was being built (between two syncs, not right after one) */
const inside = (turns: Turn[]) => turns.filter((t, i) => i > 0 && t.syncs === turns[i - 1].syncs && t.pending > 0);

describe("the pacer", () => {
  test("due once its slice has had its budget; a turn starts a new slice", async () => {
    let now = 0;
    let turns = 0;
    const pace = new Pacer(10, () => now, async () => void turns++);
    now = 9;
    expect(pace.due).toBe(false);
    now = 10;
    expect(pace.due).toBe(true);
    await pace.check();
    expect(turns).toBe(1);
    expect(pace.turns).toBe(1);
    expect(pace.due).toBe(false);
    await pace.check();
    expect(turns).toBe(1);
  });

  test("planChunksPaced: the same chunks as planChunks, with turns while the rows are sized", async () => {
    const size = (i: number) => 1_000 + ((i * 7919) % 5_000);
    const turns: Turn[] = [];
    const paced = await planChunksPaced(10_000, size, countingPacer([], turns, 100));
    expect(paced).toEqual(planChunks(10_000, size));
    expect(turns.length).toBeGreaterThanOrEqual(99);
  });
});

describe("statements: each chunk is built in slices, a turn of the event loop between two", () => {
  const layout = layoutOf(bigSheet(4_000));

  test("the sheet is the one written without turns; syncs and request sizes are unchanged", async () => {
    const turns: Turn[] = [];
    const paced = await writeStatements(layout, (contexts) => countingPacer(contexts, turns));
    const plain = await writeStatements(layout, unpaced);
    expect(same(paced.book, plain.book)).toBe(true);
    expect(paced.outcome.stats).toEqual(plain.outcome.stats);
    // one sync to read the sheets, one to add the sheet (recorded before any cell), one per chunk
    expect(paced.ctx.syncs).toBe(paced.outcome.stats.chunks + 2);
    expect(paced.ctx.largestRequest).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(paced.ctx.requestBytes).toEqual(plain.ctx.requestBytes);
  });

  test("turns while the rows are sized (before the first write) and inside every chunk, each slice a few calls", async () => {
    const turns: Turn[] = [];
    const { ctx, outcome } = await writeStatements(layout, (contexts) => countingPacer(contexts, turns));
    expect(outcome.stats.chunks).toBeGreaterThan(1);
    // sizing: after the sync that reads the sheets, before the sheet is added (nothing queued)
    expect(turns.filter((t) => t.syncs === 1 && t.pending === 0).length).toBeGreaterThan(1);
    // every chunk (the requests after the one that adds the sheet) was built across several turns
    for (let s = 2; s <= outcome.stats.chunks + 1; s++) expect(turns.filter((t) => t.syncs === s && t.pending > 0).length).toBeGreaterThan(1);
    // a slice is five looks at the clock: at most five style rectangles (13 calls each) between two turns
    const within = inside(turns);
    expect(within.length).toBeGreaterThan(outcome.stats.chunks);
    for (let i = 1; i < turns.length; i++) {
      if (turns[i].syncs === turns[i - 1].syncs) expect(turns[i].pending - turns[i - 1].pending).toBeLessThanOrEqual(5 * 13 + 2);
    }
    expect(ctx.syncs).toBe(outcome.stats.syncs);
  });
});

describe("fill: Jili's columns are sized and built in slices, a turn of the event loop between two", () => {
  test("30 000 rows: the workbook is the one written without turns, in as many syncs; turns inside each chunk", async () => {
    const data = bigSheet(30_000);
    const run = async (pace: (contexts: SimContext[]) => Pacer) => {
      const book = new SimBook("明细");
      book.active.put(data);
      const contexts: SimContext[] = [];
      const port = new ExcelWorkbook({ run: simRun(book, (c) => contexts.push(c)), settings: new SimSettings(), isSetSupported: () => true, pace: () => pace(contexts) });
      const { request } = await fillRequestFor(port, "mobile-retention");
      const outcome = await port.fill(request, { overwrite: false });
      return { book, ctx: contexts[contexts.length - 1], outcome };
    };
    const turns: Turn[] = [];
    const paced = await run((contexts) => countingPacer(contexts, turns, 1));
    const plain = await run(unpaced);
    expect(paced.outcome).toEqual(plain.outcome);
    expect(paced.outcome.status).toBe("done");
    expect(same(paced.book, plain.book)).toBe(true);
    expect(paced.ctx.syncs).toBe(plain.ctx.syncs);
    expect(paced.ctx.largestRequest).toBeLessThan(MAX_REQUEST_BYTES);
    // sizing 30 000 rows: a turn after every row (a budget of one look) before the first chunk is queued
    expect(turns.filter((t) => t.pending === 0).length).toBeGreaterThanOrEqual(30_000);
    // each write chunk built across several turns (the first sync is the check for formulas and merges; the summary
    // sheet's chunks, written after, are not paced)
    const perChunk = new Map<number, number>();
    for (const t of turns) if (t.pending > 0) perChunk.set(t.syncs, (perChunk.get(t.syncs) ?? 0) + 1);
    expect(perChunk.size).toBeGreaterThan(1);
    for (const n of perChunk.values()) expect(n).toBeGreaterThan(1);
  });
});
