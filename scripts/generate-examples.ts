/**
 * Writes the sample workbooks in examples/ (fixed seed: the same files every run).
 *
 *   npx ts-node --transpile-only scripts/generate-examples.ts
 *
 * Every sample holds realistic data for one preset; a few people are planted with hand-checked totals that the
 * command-line tests assert (see test/cli/examples.test.ts and the catalogue's worked examples).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import * as iconv from "iconv-lite";
import JSZip from "jszip";
import { FIXED_DATE } from "../src/cli/xlsx/opc";

const OUT = path.join(__dirname, "..", "examples");

/** mulberry32: a small seeded generator, so the samples never change. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = rng(20160101);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p: number) => rand() < p;
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, "0")}`;
const phone = () => `1${pick(["38", "39", "47", "50", "58", "82", "87"])}${String(int(0, 99999999)).padStart(8, "0")}`;

type Cell = string | number | boolean | Date | null;

interface SheetSpec {
  name: string;
  title?: string[];
  headers: string[];
  rows: Cell[][];
  widths?: number[];
}

/** An .xlsx written by exceljs with fixed dates in the document and the zip, so it is byte-stable. */
async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Jili examples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    let r = 1;
    for (const t of spec.title ?? []) {
      ws.getCell(r, 1).value = t;
      if (r === 1) {
        ws.getCell(r, 1).font = { bold: true, size: 14 };
        ws.mergeCells(r, 1, r, spec.headers.length);
      }
      r++;
    }
    if (spec.title?.length) r++; // a blank line under the title
    spec.headers.forEach((h, c) => {
      const cell = ws.getCell(r, c + 1);
      cell.value = h;
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    });
    for (const row of spec.rows) {
      r++;
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r, c + 1).value = v;
      });
    }
    spec.headers.forEach((h, c) => {
      ws.getColumn(c + 1).width = spec.widths?.[c] ?? Math.max(10, h.length * 2 + 2);
    });
  }
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(raw);
  zip.forEach((_, f) => {
    f.date = FIXED_DATE;
  });
  fs.writeFileSync(path.join(OUT, file), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
}

function writeCsv(file: string, headers: string[], rows: Cell[][], encoding: "utf-8-bom" | "gbk"): void {
  const esc = (v: Cell) => {
    const s = v === null ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = [headers, ...rows].map((r) => r.map(esc).join(",")).join("\r\n") + "\r\n";
  const bytes = encoding === "gbk" ? iconv.encode(text, "gbk") : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  fs.writeFileSync(path.join(OUT, file), bytes);
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
const GIVEN = ["丽", "强", "伟", "芳", "静", "洋", "磊", "敏", "杰", "婷", "明", "悦", "超", "琳", "斌", "娜", "军", "霞", "鹏", "雪", "晨", "璐"];
const usedNames = new Set<string>(["王丽", "李强"]);
function personName(): string {
  for (;;) {
    const n = pick(SURNAMES) + pick(GIVEN) + (chance(0.5) ? pick(GIVEN) : "");
    if (!usedNames.has(n)) {
      usedNames.add(n);
      return n;
    }
  }
}

// ---------------------------------------------------------------- mobile-retention
const MOBILE_HEADERS = ["揽装人", "工号", "岗位", "办理日期", "手机号码", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];

function mobileRow(name: string, id: string, role: string, date: string, due: boolean, extra: Partial<Record<string, string>> = {}): Cell[] {
  const r: Record<string, Cell> = {
    揽装人: name,
    工号: id,
    岗位: role,
    办理日期: date,
    手机号码: phone(),
    客户类型: due ? "到期目标客户" : "非到期目标客户",
    是否副卡: "否",
    是否无月租用户: "否",
    是否有效4G用户: "是",
    是否补贴未到期中途取消后重办: "否",
    ...extra,
  };
  return MOBILE_HEADERS.map((h) => r[h]);
}

function mobileRows(): Cell[][] {
  const rows: { date: string; row: Cell[] }[] = [];
  const add = (date: string, row: Cell[]) => rows.push({ date, row });
  // planted: 王丽 (营业员) has 8 eligible households in 2016-01 → 5×20 + 3×40 = 220; a 9th row is a 副卡 (excluded)
  [3, 5, 6, 9, 12, 15, 20, 26].forEach((d, i) => add(day("2016-01", d), mobileRow("王丽", "YD0101", "营业员", day("2016-01", d), i % 3 !== 2)));
  add(day("2016-01", 28), mobileRow("王丽", "YD0101", "营业员", day("2016-01", 28), true, { 是否副卡: "是" }));
  // planted: 李强 (网格经理) has 3 non-due households in 2016-01 → units 1.5, bonus 2×20 + 1×40 = 80
  [4, 11, 18].forEach((d) => add(day("2016-01", d), mobileRow("李强", "YD0207", "网格经理", day("2016-01", d), false)));
  // the rest of the office, two months
  const staff = [
    { role: "营业员", n: 3 },
    { role: "中心经理", n: 1 },
    { role: "网格经理", n: 2 },
    { role: "装维经理", n: 2 },
  ].flatMap(({ role, n }) => Array.from({ length: n }, () => ({ name: personName(), id: `YD0${int(300, 899)}`, role })));
  for (const month of ["2016-01", "2016-02"]) {
    for (const s of staff) {
      const k = s.role === "营业员" ? int(3, 9) : int(0, 4);
      for (let i = 0; i < k; i++) {
        const d = day(month, int(1, 28));
        const extra: Partial<Record<string, string>> = {};
        if (chance(0.06)) extra.是否副卡 = "是";
        else {
          const noFee = chance(0.05);
          if (noFee) extra.是否无月租用户 = "是";
          else if (chance(0.05)) extra.是否有效4G用户 = "否";
        }
        add(d, mobileRow(s.name, s.id, s.role, d, chance(0.55), extra));
      }
    }
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return rows.map((r) => r.row);
}

async function mobile(): Promise<void> {
  const rows = mobileRows();
  // the demo workbook leaves out 工号, so the summary names people (the person key is 工号 when there is one)
  const noId = MOBILE_HEADERS.map((_, i) => i).filter((i) => MOBILE_HEADERS[i] !== "工号");
  await writeWorkbook("mobile-retention.xlsx", [
    { name: "购机送费明细", headers: noId.map((i) => MOBILE_HEADERS[i]), rows: rows.map((r) => noId.map((i) => r[i])), widths: [10, 10, 12, 14, 16, 10, 14, 14, 26] },
  ]);
  writeCsv("mobile-retention-utf8-bom.csv", MOBILE_HEADERS, rows, "utf-8-bom");
  writeCsv("mobile-retention-gbk.csv", MOBILE_HEADERS, rows, "gbk");

  // the same office in March, as finance sheets often look: a title above the header, a 序号 column, and two mistakes
  const march: Cell[][] = [];
  let n = 0;
  const push = (r: Cell[]) => march.push([++n, ...r]);
  [2, 4, 7, 9, 13, 16].forEach((d) => push(mobileRow("王丽", "YD0101", "营业员", day("2016-03", d), true)));
  push(mobileRow("", "", "营业员", day("2016-03", 10), true)); // blank 揽装人 → invalid MISSING_RECRUITER
  push(mobileRow("李强", "YD0207", "网格经理", day("2016-03", 8), true));
  push(mobileRow("李强", "YD0207", "网格经理", day("2016-03", 21), false, { 客户类型: "老客户" })); // → invalid UNKNOWN_CUSTOMER_TYPE
  for (let i = 0; i < 10; i++) {
    const d = day("2016-03", int(1, 31));
    push(mobileRow(personName(), `YD0${int(300, 899)}`, pick(["营业员", "装维经理"]), d, chance(0.5)));
  }
  await writeWorkbook("mobile-retention-titled.xlsx", [
    {
      name: "3月明细",
      title: ["城东营业部2016年3月购机送费揽装明细表", "制表：综合办　审核：销售部"],
      headers: ["序号", ...MOBILE_HEADERS],
      rows: march,
      widths: [6, 10, 10, 10, 12, 14, 16, 10, 14, 14, 26],
    },
  ]);
}

// ---------------------------------------------------------------- broadband-retention
async function broadband(): Promise<void> {
  const headers = ["揽装人", "工号", "岗位", "办理日期", "业务类型", "客户类型", "是否单宽带"];
  const rows: Cell[][] = [];
  // planted (catalogue example 1): 营业员 赵敏 — 3 PREPAY (1 due, 2 non-due) + 2 FIBER → units 3.0, cash 60
  rows.push(["赵敏", "KD0112", "营业员", "2016-01-05", "预存送费", "到期目标客户", "是"]);
  rows.push(["赵敏", "KD0112", "营业员", "2016-01-09", "预存送费", "非到期目标客户", "是"]);
  rows.push(["赵敏", "KD0112", "营业员", "2016-01-14", "光纤平移", null, null]);
  rows.push(["赵敏", "KD0112", "营业员", "2016-01-19", "预存送费", "非到期目标客户", "是"]);
  rows.push(["赵敏", "KD0112", "营业员", "2016-01-27", "光纤平移", null, null]);
  usedNames.add("赵敏");
  const staff = ["营业员", "营业员", "中心经理", "网格经理", "网格人员", "装维经理"].map((role) => ({ role, name: personName(), id: `KD0${int(200, 899)}` }));
  for (const s of staff) {
    for (let i = int(2, 6); i > 0; i--) {
      const fiber = chance(0.35);
      rows.push([s.name, s.id, s.role, day("2016-01", int(1, 31)), fiber ? "光纤平移" : "预存送费", fiber ? null : pick(["到期目标客户", "非到期目标客户"]), fiber ? null : chance(0.9) ? "是" : "否"]);
    }
  }
  await writeWorkbook("broadband-retention.xlsx", [{ name: "宽带维系", headers, rows, widths: [10, 10, 10, 12, 12, 16, 12] }]);
}

// ---------------------------------------------------------------- repair-dept-grade
async function repair(): Promise<void> {
  const headers = ["姓名", "工号", "岗位", "组别", "月份", "工作态度", "维修技能", "服从情况", "部门协作", "本月不执行"];
  const rows: Cell[][] = [];
  // planted (catalogue examples 1 and 2): 组员 孙悦 9,9,9,9 → 9.0 优 300; 组长 周杰 10,8,9,7 → 8.6 良 300
  rows.push(["周杰", "WX001", "组长", "机修一组", "2016-01", 10, 8, 9, 7, "否"]);
  rows.push(["孙悦", "WX002", "组员", "机修一组", "2016-01", 9, 9, 9, 9, "否"]);
  usedNames.add("周杰");
  usedNames.add("孙悦");
  const teams = ["机修一组", "机修二组", "电修组"];
  teams.forEach((team, t) => {
    const size = team === "机修一组" ? 3 : 4;
    for (let i = 0; i < size; i++) {
      const role = i === 0 && team !== "机修一组" ? "组长" : "组员";
      const s = () => int(5, 10);
      rows.push([personName(), `WX0${t + 1}${i + 3}`, role, team, "2016-01", s(), s(), s(), s(), team === "电修组" ? "是" : "否"]);
    }
  });
  await writeWorkbook("repair-dept-grade.xlsx", [{ name: "1月考评", headers, rows, widths: [10, 8, 8, 10, 10, 10, 10, 10, 10, 12] }]);
}

// ---------------------------------------------------------------- postal-client-maintenance
async function postal(): Promise<void> {
  const headers = ["姓名", "工号", "月份", "周次", "收集客户信息户数", "贡献率"];
  const rows: Cell[][] = [];
  // planted (catalogue example 5): 何霞 weeks 12, 9, 15, 14 → 50; 63% → 50 + 45 = 95, week 2 WEEKLY_MIN_NOT_MET
  [12, 9, 15, 14].forEach((n, w) => rows.push(["何霞", "YZ007", "2012-08", `第${w + 1}周`, n, "63%"]));
  usedNames.add("何霞");
  for (let p = 0; p < 6; p++) {
    const name = personName();
    const rate = `${int(55, 85)}%`;
    for (let w = 1; w <= 4; w++) rows.push([name, `YZ0${10 + p}`, "2012-08", `第${w}周`, int(8, 18), rate]);
  }
  await writeWorkbook("postal-client-maintenance.xlsx", [{ name: "8月客户信息收集", headers, rows, widths: [10, 8, 10, 8, 18, 10] }]);
}

// ---------------------------------------------------------------- car-referral
async function carReferral(): Promise<void> {
  const headers = ["介绍人", "工号", "介绍人类型", "介绍人岗位", "介绍方式", "新客户", "是否首次到店", "是否已开票", "黄卡是否填写介绍人", "证明材料是否齐全", "是否弄虚造假"];
  const rows: Cell[][] = [
    // planted (catalogue examples 1, 3, 4, 5, 8)
    ["张建国", null, "老客户", null, "带客进店", "刘先生", "是", "是", "是", "是", "否"],
    ["马超", "JT031", "员工", "售后技师", "带客进店", "陈女士", "是", "是", "是", "是", "否"],
    ["马超", "JT031", "员工", "售后技师", "提供线索", "吴先生", "否", "是", "是", "是", "否"],
    ["朱琳", "JT045", "员工", "财务", "提供线索", "郑女士", "否", "是", "是", "是", "否"],
    ["林鹏", "JT012", "员工", "销售顾问", "带客进店", "黄先生", "是", "是", "是", "是", "否"],
    ["王秀兰", null, "老客户", null, "带客进店", "冯先生", "是", "否", "是", "是", "否"],
  ];
  for (let i = 0; i < 10; i++) {
    const staff = chance(0.5);
    rows.push([
      personName(),
      staff ? `JT0${int(50, 99)}` : null,
      staff ? "员工" : "老客户",
      staff ? pick(["售后技师", "行政", "财务", "前台", "库管"]) : null,
      staff && chance(0.4) ? "提供线索" : "带客进店",
      pick(SURNAMES) + pick(["先生", "女士"]),
      chance(0.85) ? "是" : "否",
      chance(0.8) ? "是" : "否",
      chance(0.9) ? "是" : "否",
      "是",
      "否",
    ]);
  }
  await writeWorkbook("car-referral.xlsx", [{ name: "8月转介绍", headers, rows, widths: [10, 8, 12, 12, 10, 10, 14, 12, 20, 18, 14] }]);
}

// ---------------------------------------------------------------- equipment-post-wage
async function postWage(): Promise<void> {
  const headers = ["姓名", "工号", "月份", "岗位级别", "是否全勤", "基本条件达标", "考核系数"];
  const rows: Cell[][] = [
    // planted (catalogue examples 1, 2, 4): 一级 factor 1 → 3000; 一级 factor 0.8 → 2820; 三级 → pending MISSING_LEVEL_AMOUNT
    ["高明", "SB001", "2016-01", "一级", "是", "是", 1],
    ["罗雪", "SB002", "2016-01", "一级", "是", "是", 0.8],
    ["胡斌", "SB003", "2016-01", "三级", "是", "是", 0.9],
  ];
  for (let i = 0; i < 5; i++) rows.push([personName(), `SB0${10 + i}`, "2016-01", "一级", chance(0.85) ? "是" : "否", "是", pick([0.7, 0.8, 0.9, 1])]);
  await writeWorkbook("equipment-post-wage.xlsx", [{ name: "岗位工资", headers, rows, widths: [10, 8, 10, 10, 10, 14, 10] }]);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  await mobile();
  await broadband();
  await repair();
  await postal();
  await carReferral();
  await postWage();
  process.stdout.write(`examples written to ${OUT}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
