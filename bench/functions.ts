// One custom-function call over a 100 000-row column, as Excel makes it (a 2-D array, text and numbers).
// Run alone: npx ts-node --transpile-only bench/functions.ts
import { kpiPointsFn, referralBonusFn } from "../src/functions/functions";
import { rng } from "./data";
import { emit, medianMs } from "./measure";

const ROWS = 100_000;
const RUNS = 9;

function column<T>(make: (i: number) => T): T[][] {
  return Array.from({ length: ROWS }, (_, i) => [make(i)]);
}

const rnd = rng(1);
const roles = ["营业员", "网格经理", "中心经理", "装维经理"];
const households = column(() => Math.floor(rnd() * 12));
const role = column(() => roles[Math.floor(rnd() * roles.length)]);
const status = column(() => (rnd() < 0.5 ? "到期目标客户" : "非到期目标客户"));

const bonus = medianMs(() => referralBonusFn(households, role), RUNS);
const kpi = medianMs(() => kpiPointsFn(status), RUNS);
emit([
  { section: "function", what: `REFERRAL_BONUS, one call over ${ROWS.toLocaleString("en")} rows`, value: `${bonus.toFixed(0)} ms`, note: `median of ${RUNS}; target < 200 ms` },
  { section: "function", what: `KPI_POINTS, one call over ${ROWS.toLocaleString("en")} rows`, value: `${kpi.toFixed(0)} ms`, note: `median of ${RUNS}; target < 200 ms` },
]);
