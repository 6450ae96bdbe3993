// Times one custom-function call over a 100 000-row column, as Excel would make it (a 2-D array, text and numbers).
// Run: npx ts-node --transpile-only bench/functions.ts  — prints one Markdown row for BENCHMARKS.md.
import os from "os";
import { kpiPointsFn, referralBonusFn } from "../src/functions/functions";

const ROWS = 100_000;
const RUNS = 7;

function column<T>(make: (i: number) => T): T[][] {
  return Array.from({ length: ROWS }, (_, i) => [make(i)]);
}

let seed = 1;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const roles = ["营业员", "网格经理", "中心经理", "装维经理"];
const households = column(() => Math.floor(rnd() * 12));
const role = column(() => roles[Math.floor(rnd() * roles.length)]);
const status = column(() => (rnd() < 0.5 ? "到期目标客户" : "非到期目标客户"));

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const bonus = median(() => referralBonusFn(households, role));
const kpi = median(() => kpiPointsFn(status));
const date = new Date().toISOString().slice(0, 10);
console.log(`| ${date} | ${os.cpus()[0].model.trim()} × ${os.cpus().length} | Node ${process.version} | REFERRAL_BONUS, ${ROWS.toLocaleString("en")} rows | ${bonus.toFixed(0)} ms (median of ${RUNS}) |`);
console.log(`| ${date} | ${os.cpus()[0].model.trim()} × ${os.cpus().length} | Node ${process.version} | KPI_POINTS, ${ROWS.toLocaleString("en")} rows | ${kpi.toFixed(0)} ms (median of ${RUNS}) |`);
