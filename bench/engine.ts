// Engine throughput: mobile-retention (read and check every cell, 7 rules, duplicate check, per person-month step
// bonus with attribution to rows, person-month results) and a grouped scheme (postal weekly rows → person-month scores).
// Run alone: npx ts-node --transpile-only bench/engine.ts mobile 100000 | grouped 25000
// Each size runs in its own process (bench/run.ts) so that the memory peak belongs to that size.
import { evaluate } from "../src/engine";
import { getPreset } from "../src/schemes";
import { MOBILE_HEADERS, mobileRows, POSTAL_HEADERS, postalRows } from "./data";
import { emit, fmt, peakRssMb, timedRuns } from "./measure";

const args = process.argv.slice(2);
// `engine.ts 100000` (the older form) means mobile-retention at that size
if (args.length === 1 && /^\d+$/.test(args[0])) args.unshift("mobile");
const [kind = "mobile", sizeArg = "100000"] = args;
const size = Number(sizeArg);
// runs spread over a few seconds: this shared machine's speed changes from one second to the next, and a median
// over a short window reports the window
const runs = size >= 1_000_000 ? 7 : size >= 100_000 ? 31 : 101;
// steady state: the first calls also compile the engine (V8 tiers its code up over a few runs); the first call's
// time is reported beside the median
const WARMUP = 3;

/** the first (cold) call's time, then the median and fastest of `runs` calls after the warm-up */
function coldAndMedian(fn: () => unknown): { cold: number; ms: number; fastest: number } {
  const t = process.hrtime.bigint();
  fn();
  const cold = Number(process.hrtime.bigint() - t) / 1e6;
  const { median, fastest } = timedRuns(fn, runs, WARMUP - 1);
  return { cold, ms: median, fastest };
}

if (kind === "mobile") {
  const rows = mobileRows(size);
  const scheme = getPreset("mobile-retention")!;
  const { cold, ms, fastest } = coldAndMedian(() => evaluate(scheme, { headers: MOBILE_HEADERS, rows }).groups("person"));
  emit([
    {
      section: "engine",
      what: `mobile-retention, ${fmt(size)} rows`,
      value: `${fmt(size / (ms / 1000))} rows/s`,
      note: `${ms.toFixed(1)} ms, median of ${runs} after ${WARMUP} warm-up runs (fastest ${fastest.toFixed(1)} ms, first run ${cold.toFixed(1)} ms); peak RSS ${fmt(peakRssMb())} MB`,
    },
  ]);
} else {
  const rows = postalRows(size);
  const scheme = getPreset("postal-client-maintenance")!;
  const { cold, ms, fastest } = coldAndMedian(() => evaluate(scheme, { headers: POSTAL_HEADERS, rows }).groups("person"));
  emit([
    {
      section: "engine",
      what: `postal-client-maintenance, ${fmt(size)} person-months (${fmt(rows.length)} rows)`,
      value: `${fmt(size / (ms / 1000))} person-months/s`,
      note: `${ms.toFixed(1)} ms, median of ${runs} after ${WARMUP} warm-up runs (fastest ${fastest.toFixed(1)} ms, first run ${cold.toFixed(1)} ms); peak RSS ${fmt(peakRssMb())} MB`,
    },
  ]);
}
