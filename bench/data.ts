// Seeded data for the benchmarks: the same rows on every machine and every run (a linear congruential generator).
// Mobile-retention orders (the engine, CLI and peer benches) and postal weekly collection rows (a grouped scheme).

export const MOBILE_HEADERS = ["揽装人", "工号", "岗位", "办理日期", "手机号码", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];
export const ROLES = ["营业员", "中心经理", "网格经理", "装维经理"];
export const SEED = 42;

/** A deterministic generator of numbers in [0, 1) (mulberry32: well mixed, unlike a plain LCG whose draws follow
 * each other so closely that one recruiter's rows all look alike). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` orders by `people` recruiters over January–March 2016 (2 % dated December 2015, before the scheme starts),
 * 5 % secondary cards, 1 % without monthly fee, 1 % re-applied, 3 % not active 4G. Each recruiter keeps one role.
 * Dates are ISO texts; phone numbers repeat now and then (the duplicate check warns).
 */
export function mobileRows(n: number, people = 500, seed = SEED): string[][] {
  const rnd = rng(seed);
  const rows: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = Math.floor(rnd() * people);
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, "0");
    const date = rnd() < 0.02 ? `2015-12-${day}` : `2016-0${1 + Math.floor(rnd() * 3)}-${day}`;
    rows[i] = [
      `员工${p}`,
      `E${String(p).padStart(4, "0")}`,
      ROLES[p % 4],
      date,
      `138${String(Math.floor(rnd() * 1e8)).padStart(8, "0")}`,
      rnd() < 0.5 ? "到期目标客户" : "非到期目标客户",
      rnd() < 0.05 ? "是" : "否",
      rnd() < 0.01 ? "是" : "否",
      rnd() < 0.97 ? "是" : "否",
      rnd() < 0.01 ? "是" : "否",
    ];
  }
  return rows;
}

export const POSTAL_HEADERS = ["姓名", "工号", "月份", "周次", "收集客户信息户数", "贡献率"];

/** Weekly collection rows for postal-client-maintenance: 4 weeks per person-month, so rows = 4 × person-months. */
export function postalRows(personMonths: number, seed = SEED): (string | number)[][] {
  const rnd = rng(seed);
  const months = 12;
  const people = Math.ceil(personMonths / months);
  const rows: (string | number)[][] = [];
  for (let pm = 0; pm < personMonths; pm++) {
    const p = pm % people;
    const m = Math.floor(pm / people);
    for (let w = 1; w <= 4; w++) {
      rows.push([`员工${p}`, `P${p}`, `2016-${String(m + 1).padStart(2, "0")}`, `第${w}周`, Math.floor(rnd() * 25), w === 4 ? `${60 + Math.floor(rnd() * 40)}%` : ""]);
    }
  }
  return rows;
}
