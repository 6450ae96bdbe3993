import { evaluate } from "../src/engine";
import { getPreset } from "../src/schemes";

const n = Number(process.argv[2] ?? 100000);
const people = 500;
const roles = ["营业员", "中心经理", "网格经理", "装维经理"];
const headers = ["揽装人", "工号", "岗位", "办理日期", "手机号码", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const rows = [];
for (let i = 0; i < n; i++) {
  const p = Math.floor(rnd() * people);
  rows.push([`员工${p}`, `E${p}`, roles[p % 4], `2016-0${1 + Math.floor(rnd() * 3)}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`, `138${String(Math.floor(rnd() * 1e8)).padStart(8, "0")}`, rnd() < 0.5 ? "到期目标客户" : "非到期目标客户", rnd() < 0.05 ? "是" : "否", "否", rnd() < 0.97 ? "是" : "否", "否"]);
}
const scheme = getPreset("mobile-retention")!;
for (let k = 0; k < 3; k++) {
  const t = process.hrtime.bigint();
  const r = evaluate(scheme, { headers, rows });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(`${n} rows: ${ms.toFixed(0)} ms = ${Math.round(n / (ms / 1000))} rows/s; groups ${r.groups("person").length}`);
}
