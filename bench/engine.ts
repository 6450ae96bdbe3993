// Engine throughput on mobile-retention (read + validate + per-person step bonus + attribution), median of runs.
// Run: npx ts-node --transpile-only bench/engine.ts [rows] — prints one Markdown row for BENCHMARKS.md.
import os from "os";
import { evaluate } from "../src/engine";
import { getPreset } from "../src/schemes";

const n = Number(process.argv[2] ?? 100000);
const RUNS = 7;
const people = 500;
const roles = ["营业员", "中心经理", "网格经理", "装维经理"];
const headers = ["揽装人", "工号", "岗位", "办理日期", "手机号码", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const rows = [];
for (let i = 0; i < n; i++) {
  const p = Math.floor(rnd() * people);
  const day = String(1 + Math.floor(rnd() * 28)).padStart(2, "0");
  rows.push([`员工${p}`, `E${p}`, roles[p % 4], `2016-0${1 + Math.floor(rnd() * 3)}-${day}`, `138${String(Math.floor(rnd() * 1e8)).padStart(8, "0")}`, rnd() < 0.5 ? "到期目标客户" : "非到期目标客户", rnd() < 0.05 ? "是" : "否", "否", rnd() < 0.97 ? "是" : "否", "否"]);
}
const scheme = getPreset("mobile-retention")!;
const times: number[] = [];
for (let k = 0; k < RUNS; k++) {
  const t = process.hrtime.bigint();
  evaluate(scheme, { headers, rows }).groups("person");
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const ms = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
console.log(`| ${new Date().toISOString().slice(0, 10)} | ${os.cpus()[0].model.trim()} × ${os.cpus().length} | Node ${process.version} | engine, mobile-retention, ${n.toLocaleString("en")} rows | ${ms.toFixed(0)} ms = ${Math.round(n / (ms / 1000)).toLocaleString("en")} rows/s (median of ${RUNS}) |`);
