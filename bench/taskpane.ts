// Task-pane fill of 100 000 rows through the src/excel adapter on the simulated host (src/preview/excelSim, as the tests use it: every
// request is measured by the fake itself — sync count and JSON bytes). Same orders as the CLI bench, dates as serials.
// Run alone: npx ts-node --transpile-only bench/taskpane.ts [rows]
import { MAX_REQUEST_BYTES } from "../src/excel/payload";
import { ExcelWorkbook } from "../src/excel";
import { SimBook, SimContext, simRun } from "../src/preview/excelSim";
import { SimSettings } from "../src/preview/settings";
import { fillRequestFor } from "../test/excel/flow";
import { timedSyncs } from "./simHost";
import { MOBILE_HEADERS, mobileRows } from "./data";
import { emit, fmt, median, peakRssMb } from "./measure";

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.env.JILI_BENCH_PANE_RUNS ?? 3);

/** Excel serial (1900 system) of an ISO date text */
const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);

async function main(): Promise<void> {
  const grid = [MOBILE_HEADERS, ...mobileRows(ROWS).map((r) => r.map((c, i) => (i === 3 ? serial(c) : c)))];
  const times: number[] = [];
  const hostTimes: number[] = [];
  let syncs = 0;
  let largest = 0;
  let chunks = 0;
  for (let k = 0; k < RUNS; k++) {
    const book = new SimBook("明细");
    book.active.put(grid);
    const contexts: SimContext[] = [];
    const host = { ms: 0 };
    const apis = new Set(["1.10", "1.18"]);
    const port = new ExcelWorkbook({ run: simRun(book, (c) => contexts.push(timedSyncs(c, host))), settings: new SimSettings(), isSetSupported: (name, v) => name === "ExcelApi" && apis.has(v) });
    const t = process.hrtime.bigint();
    const { request } = await fillRequestFor(port, "mobile-retention");
    const outcome = await port.fill(request, { overwrite: false });
    // the pane's code: the whole call less the simulated host's own work on each request (Excel's, in Office)
    times.push(Number(process.hrtime.bigint() - t) / 1e6 - host.ms);
    hostTimes.push(host.ms);
    if (outcome.status !== "done") throw new Error(`fill ended ${outcome.status}`);
    // every Excel.run gets its own context: count them all (read, fill, summary)
    syncs = contexts.reduce((n, c) => n + c.syncs, 0);
    largest = Math.max(...contexts.map((c) => c.largestRequest));
    chunks = outcome.stats.chunks;
  }
  const limit = ROWS / 5000 + 5;
  emit([
    { section: "task pane", what: `fill of ${fmt(ROWS)} rows on the simulated host: context.sync() calls`, value: String(syncs), note: `target < ${limit}; ${chunks} write chunks; read, evaluate and fill included` },
    { section: "task pane", what: `fill of ${fmt(ROWS)} rows: largest request`, value: `${(largest / 1e6).toFixed(2)} MB`, note: `target ≤ ${MAX_REQUEST_BYTES / 1e6} MB (JSON bytes as measured by the fake host)` },
    {
      section: "task pane",
      what: `fill of ${fmt(ROWS)} rows: time in the pane's code`,
      value: `${(median(times) / 1000).toFixed(2)} s`,
      note: `median of ${RUNS}; the simulated host's own work on the requests (${(median(hostTimes) / 1000).toFixed(1)} s, Excel's in Office) not counted`,
    },
    {
      section: "task pane",
      what: `fill of ${fmt(ROWS)} rows: peak RSS of the process`,
      value: `${peakRssMb().toFixed(0)} MB`,
      note: "the simulated workbook's cells and every request's JSON included (in Excel they are the host's); request limit used: 5 MB per request in Excel on the web (Microsoft, Resource limits and performance optimization for Office Add-ins), Jili's budget 4 MB",
    },
  ]);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
