// The pane's 个人明细 / Statements at a size: the statements job (the engine's run, statements, layout and the cut into
// sheets, as the pane's worker makes them) and the Excel adapter writing every sheet on the simulated host
// (src/preview/excelSim: each request measured by the fake — syncs and JSON bytes). Same orders as the CLI bench.
// Run alone: npx ts-node --transpile-only bench/paneStatements.ts [rows]
import { MAX_REQUEST_BYTES } from "../src/excel/payload";
import { ExcelStatements, StatementsOutcome } from "../src/excel/statements";
import { SimBook, SimContext, simRun } from "../src/preview/excelSim";
import { SimSettings } from "../src/preview/settings";
import { schemeById } from "../src/taskpane/controller/schemes";
import { statementsJob } from "../src/taskpane/worker/jobs";
import { fillRequestFor } from "../test/excel/flow";
import { adapterFor } from "../test/excel/harness";
import { MOBILE_HEADERS, mobileRows } from "./data";
import { emit, fmt, peakRssMb } from "./measure";
import { timedSyncs } from "./simHost";

const ROWS = Number(process.argv[2] ?? 100_000);

/** Excel serial (1900 system) of an ISO date text */
const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);

async function main(): Promise<void> {
  const book = new SimBook("明细");
  book.active.put([MOBILE_HEADERS, ...mobileRows(ROWS).map((r) => r.map((c, i) => (i === 3 ? serial(c) : c)))]);
  const settings = new SimSettings();
  // the fill's inputs, read as the pane reads them (its summary total is what the statements are checked against)
  const { table, plan } = await fillRequestFor(adapterFor(book, { settings }).port, "mobile-retention");
  const scheme = schemeById("mobile-retention");
  const request = { kind: "statements" as const, scheme, lang: "zh-CN" as const, params: {}, columns: {}, assume: {}, stamp: { at: "2016-02-01 09:30", hashData: true }, total: plan.stats.total };
  const heapBefore = heapAfterCollection();
  const t0 = process.hrtime.bigint();
  const made = await statementsJob(request, table, async () => undefined);
  const t1 = process.hrtime.bigint();
  // what the pane holds of the statements once made (the layout of every sheet): the worker's, and the pane thread's copy
  const held = heapAfterCollection() - heapBefore;
  const contexts: SimContext[] = [];
  const host = { ms: 0 };
  const port = new ExcelStatements({ run: simRun(book, (c) => contexts.push(timedSyncs(c, host))), settings, isSetSupported: () => true });
  let reported = 0;
  const outcome = (await port.writeStatements(made.sheets, { onProgress: () => reported++ })) as Extract<StatementsOutcome, { status: "done" }>;
  const t2 = process.hrtime.bigint();
  if (outcome.status !== "done") throw new Error(`statements ended ${outcome.status}`);
  const rows = made.sheets.reduce((n, s) => n + s.rows.length, 0);
  const what = `statements of ${fmt(ROWS)} rows, ${fmt(made.count)} people (${fmt(rows)} statement rows on ${made.sheets.length} sheet${made.sheets.length > 1 ? "s" : ""})`;
  emit([
    {
      section: "task pane",
      what: `${what}: made (engine run, statements, layout, cut into sheets)`,
      value: `${(Number(t1 - t0) / 1e9).toFixed(2)} s`,
      note: `the pane's worker job, here in-process; the statements made hold ${Number.isNaN(held) ? "? (run with --expose-gc)" : `${fmt(held / 1e6)} MB`} of JS heap (the worker's, and again the pane thread's copy)`,
    },
    {
      section: "task pane",
      what: `${what}: written — time in the pane's code`,
      value: `${((Number(t2 - t1) / 1e6 - host.ms) / 1000).toFixed(2)} s`,
      note: `${outcome.stats.syncs} context.sync() calls, ${outcome.stats.chunks} chunks, progress reported ${reported} times; the simulated host's own work on the requests (${(host.ms / 1000).toFixed(1)} s, Excel's in Office) not counted`,
    },
    { section: "task pane", what: `${what}: largest request`, value: `${(Math.max(...contexts.map((c) => c.largestRequest)) / 1e6).toFixed(2)} MB`, note: `target ≤ ${MAX_REQUEST_BYTES / 1e6} MB (JSON bytes as measured by the fake host)` },
    { section: "task pane", what: `${what}: peak RSS of the process`, value: `${peakRssMb().toFixed(0)} MB`, note: "the simulated workbook's cells (data and statements) and every request's JSON included: in Excel they are the host's" },
  ]);
}

/** Heap in use after a full collection (node --expose-gc), or NaN without the flag. */
function heapAfterCollection(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  return process.memoryUsage().heapUsed;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
