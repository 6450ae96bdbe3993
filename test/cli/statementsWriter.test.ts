import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";
import { example, jiliInProcess, ROOT, tmpDir } from "./helpers";
import { keepForLibreOffice, readWithSheetJS, strictlyBrokenParts } from "./support/packages";
import { buildFillPlan, buildStatements, evaluate, layoutStatements, splitStatementSheet, type StatementSheet } from "../../src/engine";
import { getPreset } from "../../src/schemes";
import { statementsWorkbook } from "../../src/cli/statementsXlsx";
import { tableOf } from "../support/runPreset";
import { MOBILE_FLAGS } from "../support/explicitInputs";

// The statements workbook as the streaming writer makes it, read back by SheetJS (a reader that is not Jili's nor
// exceljs): amounts worked out by hand from docs/presets/mobile-retention.md (营业员 20 yuan for each of the first 5
// households of a month, 40 from the 6th; other posts 20 for the first 2, 40 from the 3rd), the merges, the row
// breaks, and a sheet long enough that its part is deflated in several blocks.

type Cell = XLSX.CellObject | undefined;

const TITLE = /— 个人奖励明细$/;

/** The cash of one person-month by the preset's table. */
function byHand(post: string, households: number): number {
  const first = post === "营业员" ? 5 : 2;
  return 20 * Math.min(households, first) + 40 * Math.max(0, households - first);
}

function read(file: string): XLSX.WorkBook {
  return XLSX.read(fs.readFileSync(file), { type: "buffer", dense: true, cellNF: true });
}

function rowsOf(ws: XLSX.WorkSheet): Cell[][] {
  // Array.from, not map: a blank row is a hole in SheetJS's dense rows
  return Array.from((ws["!data"] ?? []) as (Cell[] | undefined)[], (r) => r ?? []);
}

const text = (c: Cell): string => (c && typeof c.v === "string" ? c.v : "");

/** Each statement: its 0-based title row, its info line and the number on its 合计 row. */
function statements(rows: Cell[][]): { top: number; info: string; total: Cell }[] {
  const out: { top: number; info: string; total: Cell }[] = [];
  rows.forEach((line, r) => {
    if (TITLE.test(text(line[0]))) out.push({ top: r, info: text(rows[r + 1]?.[0]), total: undefined });
    else if (text(line[0]).startsWith("合计：") && out.length) out[out.length - 1].total = line.find((c) => c?.t === "n");
  });
  return out;
}

/** The row breaks of the first sheet, as written (OOXML's 1-based row after which a page ends). */
async function rowBreaks(file: string): Promise<number[]> {
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file("xl/worksheets/sheet1.xml")!.async("string");
  return [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"\/>/g)].map((m) => Number(m[1]));
}

describe("statements written by the streaming writer, read by SheetJS: the mobile-retention sample", () => {
  const out = path.join(tmpDir(), "statements.xlsx");
  let rows: Cell[][];
  let wb: XLSX.WorkBook;
  /** recruiters of the sample, read from the data sheet itself */
  let people: string[];

  beforeAll(async () => {
    const r = await jiliInProcess(["statements", example("mobile-retention.xlsx"), "--scheme", "mobile-retention", "--out", out]);
    expect(r.code).toBe(0);
    keepForLibreOffice(out, "statements-mobile-retention");
    wb = read(out);
    rows = rowsOf(wb.Sheets[wb.SheetNames[0]]);
    const data = rowsOf(read(example("mobile-retention.xlsx")).Sheets["购机送费明细"]).slice(1);
    people = [...new Set(data.map((line) => text(line[0])).filter((p) => p !== ""))];
  });

  test("two sheets: the statements, then the summary", () => {
    expect(wb.SheetNames).toEqual(["Jili·个人明细", "Jili汇总"]);
  });

  test("one statement per recruiter; 王丽's total is 5 × 20 + 3 × 40, shown as money", () => {
    const list = statements(rows);
    expect(list).toHaveLength(people.length);
    const wang = list.find((s) => s.info.startsWith("揽装人：王丽"))!;
    expect(wang.total?.v).toBe(byHand("营业员", 8));
    expect(wang.total?.v).toBe(220);
    expect(wang.total?.z).toBe("#,##0.00");
  });

  test("王丽's row table: her 8 counted households at 20, 20, 20, 20, 20, 40, 40, 40; a date stays text", () => {
    const top = statements(rows).find((s) => s.info.startsWith("揽装人：王丽"))!.top;
    const header = rows.findIndex((line, r) => r > top && text(line[0]) === "行号");
    const cashCol = rows[header].findIndex((c) => text(c) === "揽装奖励(元)");
    const cash: number[] = [];
    for (let r = header + 1; typeof rows[r]?.[0]?.v === "number"; r++) if (text(rows[r][cashCol + 1]) === "正常") cash.push(rows[r][cashCol]!.v as number);
    expect(cash).toEqual([20, 20, 20, 20, 20, 40, 40, 40]);
    const date = rows[header + 1][1]!;
    expect([date.t, date.v, date.z]).toEqual(["s", "2016-01-03", "@"]);
  });

  test("each statement's title and info lines are merged across the sheet's width", () => {
    const ws = wb.Sheets[wb.SheetNames[0]];
    const last = XLSX.utils.decode_range(ws["!ref"]!).e.c;
    const merged = new Set((ws["!merges"] ?? []).map((m) => `${m.s.r}:${m.s.c}-${m.e.r}:${m.e.c}`));
    for (const s of statements(rows)) {
      expect(merged.has(`${s.top}:0-${s.top}:${last}`)).toBe(true);
      expect(merged.has(`${s.top + 1}:0-${s.top + 1}:${last}`)).toBe(true);
    }
  });

  test("a page break before every statement but the first", async () => {
    const tops = statements(rows).map((s) => s.top);
    // a statement whose title is on 0-based row t starts after 1-based row t
    expect(await rowBreaks(out)).toEqual(tops.slice(1));
    expect(tops.length - 1).toBe(people.length - 1);
  });

  test("the summary sheet's line for 王丽 says 220", () => {
    const sum = rowsOf(wb.Sheets["Jili汇总"]);
    const col = sum[0].findIndex((c) => text(c) === "揽装奖励合计(元)");
    const line = sum.find((l) => text(l[0]) === "王丽")!;
    expect(line[col]?.v).toBe(220);
  });
});

/** Orders of `people` recruiters over two months: person i has 3 + i % 9 orders in January, 1 + i % 4 in February. */
function manyOrders(people: number): { csv: string; totals: Map<string, number>; rows: number } {
  const lines = ["揽装人,岗位,办理日期,手机号码,客户类型,是否副卡,是否无月租用户,是否有效4G用户,是否补贴未到期中途取消后重办"];
  const totals = new Map<string, number>();
  for (let i = 0; i < people; i++) {
    const who = `P${String(i).padStart(3, "0")}`;
    const post = i % 3 === 0 ? "网格经理" : "营业员";
    let total = 0;
    for (const [month, count] of [["01", 3 + (i % 9)], ["02", 1 + (i % 4)]] as const) {
      let counted = 0;
      for (let k = 0; k < count * 20; k++) {
        // 19 of every 20 orders are secondary cards (earn nothing): long statements, small amounts
        const secondary = k % 20 !== 0;
        if (!secondary) counted++;
        lines.push(`${who},${post},2016-${month}-${String(1 + (k % 28)).padStart(2, "0")},139${String(i * 10000 + k).padStart(8, "0")},到期目标客户,${secondary ? "是" : "否"},否,是,否`);
      }
      total += byHand(post, counted);
    }
    totals.set(who, total);
  }
  return { csv: lines.join("\n") + "\n", totals, rows: lines.length - 1 };
}

describe("statements written by the streaming writer: a sheet deflated in several blocks", () => {
  test("every person's total by hand, a break before each statement, the sheet larger than one 4 MB block", async () => {
    const dir = tmpDir();
    const { csv, totals, rows: count } = manyOrders(60);
    const file = path.join(dir, "orders.csv");
    fs.writeFileSync(file, csv);
    const out = path.join(dir, "statements.xlsx");
    const r = await jiliInProcess(["statements", file, "--scheme", "mobile-retention", "--out", out]);
    expect(r.code).toBe(0);
    keepForLibreOffice(out, "statements-many");
    // the CRC of a part deflated in blocks is checked against its bytes
    const zip = await JSZip.loadAsync(fs.readFileSync(out), { checkCRC32: true });
    const raw = await zip.file("xl/worksheets/sheet1.xml")!.async("nodebuffer");
    expect(raw.length).toBeGreaterThan(4 << 20);
    const rows = rowsOf(read(out).Sheets["Jili·个人明细"]);
    const list = statements(rows);
    const seen = new Map(list.map((s) => [/揽装人：(P\d{3})/.exec(s.info)![1], s.total?.v]));
    expect(seen).toEqual(totals);
    expect(await rowBreaks(out)).toEqual(list.slice(1).map((s) => s.top));
    // every order is listed once, in some statement's row table, under its sheet row number (data from row 2)
    const listed = rows.filter((line) => typeof line[0]?.v === "number" && typeof line[1]?.v === "string" && /^2016-0[12]-\d\d$/.test(text(line[1]))).map((line) => line[0]!.v as number);
    expect(listed.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, k) => k + 2));
  }, 60_000);
});

describe("every part of a statements workbook is well-formed XML to a strict parser", () => {
  test("names with markup characters, quotes and emoji included", async () => {
    const dir = tmpDir();
    const csv = path.join(dir, "names.csv");
    const text = fs.readFileSync(path.join(ROOT, "examples", "mobile-retention-utf8-bom.csv"), "utf8");
    fs.writeFileSync(csv, text.replace(/王丽/g, `王&<丽>`).replace(/杨晨芳/g, `"O'Brien" 😀`));
    const out = path.join(dir, "names.statements.xlsx");
    const r = await jiliInProcess(["statements", csv, "--scheme", "mobile-retention", "--out", out]);
    expect(r.code).toBe(0);
    // xmldom, refusing any error (the fill's own check uses saxes; this one is the tests')
    expect(await strictlyBrokenParts(fs.readFileSync(out))).toEqual([]);
    const names = readWithSheetJS(fs.readFileSync(out));
    const all = [...names.values()].flat(2).map(String);
    expect(all.some((v) => v.includes(`王&<丽>`))).toBe(true);
    expect(all.some((v) => v.includes(`"O'Brien" 😀`))).toBe(true);
  });
});

describe("statements on several sheets (one sheet too short for them), read by SheetJS", () => {
  test("three people's statements cut onto three sheets: each sheet starts with a statement, 5×20 + 3×40 = 220 each, then the summary", async () => {
    // 营业员 each: 8 households counted in January 2016 (6 due + 2 other) → 5×20 + 3×40 = 220 (docs/presets/mobile-retention.md)
    const rows = ["王丽", "张伟", "李娜"].flatMap((p, k) =>
      Array.from({ length: 8 }, (_, d) => ({
        揽装人: p,
        岗位: "营业员",
        办理日期: `2016-01-0${d + 1}`,
        手机号码: `1390000${k}00${d}`,
        客户类型: d < 6 ? "到期目标客户" : "非到期目标客户",
        ...MOBILE_FLAGS,
        是否有效4G用户: "是",
      })),
    );
    const table = tableOf(rows);
    const scheme = getPreset("mobile-retention")!;
    const result = evaluate(scheme, table);
    const plan = buildFillPlan(result, "zh-CN");
    const set = buildStatements(result, table, "zh-CN", { plan, source: "明细" });
    const sheet = layoutStatements(set, { taken: (n) => n === plan.summary?.sheetName });
    const longest = Math.max(...sheet.blocks.map((b, k) => (k + 1 < sheet.blocks.length ? sheet.blocks[k + 1].top : sheet.rows.length + 1) - b.top));
    const parts = splitStatementSheet(sheet, (n) => n === plan.summary?.sheetName, longest) as StatementSheet[];
    const out = path.join(tmpDir(), "three-sheets.xlsx");
    fs.writeFileSync(out, await statementsWorkbook(parts, plan.summary));
    keepForLibreOffice(out, "statements-three-sheets");
    expect(await strictlyBrokenParts(fs.readFileSync(out))).toEqual([]);
    const wb = read(out);
    expect(wb.SheetNames).toEqual([sheet.name, `${sheet.name} (2)`, `${sheet.name} (3)`, plan.summary!.sheetName]);
    const people: string[] = [];
    for (const name of wb.SheetNames.slice(0, 3)) {
      const found = statements(rowsOf(wb.Sheets[name]));
      expect(found).toHaveLength(1);
      expect(found[0].top).toBe(0);
      expect(found[0].total?.v).toBe(220);
      people.push(found[0].info);
    }
    expect(people.map((info) => ["王丽", "张伟", "李娜"].find((p) => info.includes(p)))).toEqual(["王丽", "张伟", "李娜"]);
  });
});
