import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  buildFillPlan,
  buildStatements,
  evaluate,
  EvaluateOptions,
  FillPlan,
  findHeaderRow,
  guessPart,
  Lang,
  layoutStatements,
  RawCell,
  SHEET_MAX_PAGE_BREAKS,
  splitStatementSheet,
  StatementSet,
  StatementSheet,
  STATEMENT_STYLES,
  styleRuns,
  validSheetName,
  freeSheetNames,
} from "../../../src/engine";
import { printSettings } from "../../../src/engine/report/statements/print";
import { getPreset } from "../../../src/schemes";
import { RowObject, tableOf } from "../../support/runPreset";
import { MOBILE_FLAGS } from "../../support/explicitInputs";

// Statements (个人奖励明细) are cut from the summary's lines. Expected amounts are worked out by hand from the
// preset pages (docs/presets/): mobile-retention 营业员 5 households at 20, then 40; rd-assist-hourly
// 40 yuan an hour for front-line posts.

function run(id: string, rows: RowObject[], lang: Lang = "zh-CN", options: EvaluateOptions = {}) {
  const scheme = getPreset(id)!;
  const table = tableOf(rows);
  const result = evaluate(scheme, table, options);
  const plan = buildFillPlan(result, lang);
  const set = buildStatements(result, table, lang, { plan, source: "明细" });
  return { result, plan, set };
}

/** mobile-retention order rows with the sheet's headers */
function order(person: string, role: string, date: string, due: boolean, extra: RowObject = {}): RowObject {
  return { 揽装人: person, 岗位: role, 办理日期: date, 手机号码: "13900000000", 客户类型: due ? "到期目标客户" : "非到期目标客户", ...MOBILE_FLAGS, 是否有效4G用户: "是", ...extra };
}

/** 王丽 in January: 6 due + 2 other households counted, a 副卡 excluded → 5×20 + 3×40 = 220 */
function wangLi(): RowObject[] {
  const rows: RowObject[] = [];
  for (let d = 1; d <= 6; d++) rows.push(order("王丽", "营业员", `2016-01-0${d}`, true));
  rows.push(order("王丽", "营业员", "2016-01-07", false), order("王丽", "营业员", "2016-01-08", false));
  rows.push(order("王丽", "营业员", "2016-01-09", true, { 是否副卡: "是" }));
  return rows;
}

/** Σ of the summary's money column over the lines of each person (the statement's subject key), by the summary's own columns */
function summaryTotals(plan: FillPlan, set: StatementSet): Map<string, number> {
  const s = plan.summary!;
  expect(set.level!.id).toBe(s.level);
  const moneyCol = s.headers.indexOf(set.statements[0].total!.title);
  expect(s.numberFormats[moneyCol]).toBe("#,##0.00");
  const keyNames = Object.keys(set.statements[0].sections[0].key);
  const keyCols = set.statements[0].subject.map((x) => keyNames.indexOf(x.name));
  const out = new Map<string, number>();
  for (const line of s.rows) {
    const k = keyCols.map((c) => String(line[c] || "")).join("|");
    out.set(k, Math.round(((out.get(k) ?? 0) + (typeof line[moneyCol] === "number" ? (line[moneyCol] as number) : 0)) * 100) / 100);
  }
  return out;
}

describe("statements of mobile-retention (catalogue amounts)", () => {
  test("王丽 2016-01: her 9 rows, the excluded 副卡 with its reason, 8 households, total 5×20 + 3×40 = 220.00", () => {
    const { set } = run("mobile-retention", wangLi());
    expect(set.statements).toHaveLength(1);
    const s = set.statements[0];
    expect(s.subject).toEqual([{ name: "person", title: "揽装人", value: "王丽" }]);
    expect(s.info).toEqual([
      { title: "岗位", value: "营业员" },
      { title: "手机号码", value: "13900000000" },
    ]);
    expect(s.periods).toEqual({ title: "月份", values: ["2016-01"] });
    expect(s.sections).toHaveLength(1);
    const sec = s.sections[0];
    expect(sec.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const col = (key: string) => set.columns.findIndex((c) => c.key === key);
    expect(sec.rows.map((r) => r.cells[col("rowBonus")])).toEqual([20, 20, 20, 20, 20, 40, 40, 40, 0]);
    expect(sec.rows[8].status).toBe("excluded");
    expect(sec.rows[8].cells[col("status")]).toMatch(/^排除/);
    expect(sec.rows[8].cells[col("explanation")]).toContain("SECONDARY_CARD");
    expect(sec.rows[0].cells[col("date")]).toBe("2016-01-01");
    expect(sec.outputs.find((o) => o.name === "households")!.value).toBe(8);
    expect(sec.outputs.find((o) => o.name === "bonus")!.value).toBe(220);
    expect(sec.explanation).toContain("5户×20元 + 3户×40元 = 220元");
    expect(s.total).toMatchObject({ name: "bonus", value: 220, text: "220.00", numberFormat: "#,##0.00", pending: [] });
    expect(s.complete).toBe(true);
    expect(set.grandTotal).toBe(220);
  });

  test("columns: the row number, the inputs that vary, the row outputs, status and explanation; constant inputs go in the header", () => {
    const { set } = run("mobile-retention", wangLi());
    expect(set.columns.map((c) => c.title)).toEqual(["行号", "办理日期", "客户类型", "是否副卡", "移动效能", "计入超量奖效能", "揽装奖励(元)", "状态", "计算说明"]);
    expect(set.columns.find((c) => c.key === "rowBonus")!.numberFormat).toBe("#,##0.00");
  });

  test("a person with two months: one section per month (in month order even when February comes first), total 140 + 100 = 240", () => {
    const feb = Array.from({ length: 5 }, (_, i) => order("马琳", "营业员", `2016-02-1${i}`, true));
    const jan = Array.from({ length: 6 }, (_, i) => order("马琳", "营业员", `2016-01-1${i}`, true));
    const { set, plan } = run("mobile-retention", [...feb, ...jan, ...wangLi()]);
    expect(set.statements.map((s) => s.subject[0].value)).toEqual(["马琳", "王丽"]);
    const ma = set.statements[0];
    // January: 5×20 + 1×40 = 140; February: 5×20 = 100
    expect(ma.sections.map((s) => [s.key.month, s.outputs.find((o) => o.name === "bonus")!.value])).toEqual([
      ["2016-01", 140],
      ["2016-02", 100],
    ]);
    expect(ma.sections[0].heading).toEqual([{ title: "月份", value: "2016-01" }]);
    expect(ma.periods!.values).toEqual(["2016-01", "2016-02"]);
    expect(ma.total!.value).toBe(240);
    expect(set.grandTotal).toBe(460);
    expect(plan.stats.total).toBe(460);
  });

  test("en-US: labels, titles and the money text", () => {
    const { set } = run("mobile-retention", wangLi(), "en-US");
    expect(set.columns[0].title).toBe("Row");
    expect(set.statements[0].subject[0].title).toBe("Recruiter");
    expect(set.statements[0].total!.text).toBe("220.00");
    const sheet = layoutStatements(set);
    expect(sheet.name).toBe("Jili·Statements");
    expect(sheet.rows[0][0]!.value).toBe("Mobile old-customer retention — Reward statement");
  });
});

describe("statements of rd-assist-hourly (40 yuan an hour)", () => {
  const s = (name: string, post: string, date: string, hours: number, approved = "是"): RowObject => ({ 姓名: name, 岗位: post, 试验日期: date, "作业时间(小时)": hours, 是否审核: approved, 是否审批: approved });

  test("陈: March 8 h + 2.5 h = 420, April 3 h = 120 → 540; 赵's unapproved row leaves his statement incomplete at 80", () => {
    const { set, plan } = run("rd-assist-hourly", [s("陈", "操作工", "2016-03-02", 8), s("赵", "操作工", "2016-03-04", 5, "否"), s("陈", "操作工", "2016-03-15", 2.5), s("赵", "操作工", "2016-03-05", 2), s("陈", "操作工", "2016-04-01", 3)]);
    const chen = set.statements.find((x) => x.subject[0].value === "陈")!;
    expect(chen.sections.map((x) => x.outputs.find((o) => o.name === "monthPay")!.value)).toEqual([420, 120]);
    expect(chen.total!.value).toBe(540);
    expect(chen.complete).toBe(true);
    const zhao = set.statements.find((x) => x.subject[0].value === "赵")!;
    expect(zhao.total!.value).toBe(80);
    expect(zhao.complete).toBe(false);
    expect(zhao.sections[0].rows.map((r) => r.status)).toEqual(["pending", "ok"]);
    expect(set.grandTotal).toBe(620);
    expect(plan.stats.total).toBe(620);
    const sheet = layoutStatements(set);
    const block = sheet.blocks.find((b) => b.subject === "赵")!;
    const texts = sheet.rows.slice(block.top - 1, block.bottom).flatMap((l) => l.map((c) => (c ? String(c.value) : "")));
    expect(texts).toContain("本明细不完整：有无效或待定的行，请修正后重新生成。");
  });
});

describe("a pending money total", () => {
  test("new-customer-dev direct sales with the threshold masked: the total is pending MASKED_PARAMETER and says so", () => {
    const month = (m: string, sales: number, margin: string): RowObject => ({ 主责业务员: "赵", 月份: m, 月销售总金额: sales, 平均毛利点: margin });
    const params = { schemeStart: "2016-01-01", keyT1: 50_000, mktT1: 30_000, keyMinMargin: 0.15, mktMinMargin: 0.15, directThreshold: null, directMinMargin: 0.15 };
    const { set } = run("new-customer-dev", [month("2016-05", 120_000, "16%")], "zh-CN", { part: "direct", params });
    const st = set.statements[0];
    expect(st.total!.pending).toEqual(["MASKED_PARAMETER"]);
    expect(st.complete).toBe(false);
    const sheet = layoutStatements(set);
    const texts = sheet.rows.flatMap((l) => l.map((c) => (c ? String(c.value) : "")));
    expect(texts.some((t) => t.startsWith("含待定项：MASKED_PARAMETER"))).toBe(true);
  });
});

// -----------------------------------------------------------------------------------------------------------------
// Each statement's total equals that person's lines of the summary sheet, for the sample workbooks of six presets.

const SAMPLES: [string, string][] = [
  ["mobile-retention.xlsx", "mobile-retention"],
  ["broadband-retention.xlsx", "broadband-retention"],
  ["repair-dept-grade.xlsx", "repair-dept-grade"],
  ["car-referral.xlsx", "car-referral"],
  ["equipment-post-wage.xlsx", "equipment-post-wage"],
  ["postal-client-maintenance.xlsx", "postal-client-maintenance"],
];

/** The sample's data sheet as the engine reads it: header found under any titles, blank rows skipped. */
async function sampleTable(file: string, id: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(__dirname, "..", "..", "..", "examples", file)) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const cells: RawCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      line[c - 1] = v === null || v === undefined ? null : typeof v === "object" && !(v instanceof Date) ? String(cell.text) : (v as RawCell);
    });
    cells[r - 1] = line;
  });
  const scheme = getPreset(id)!;
  const part = guessPart(cells, scheme.parts);
  const header = findHeaderRow(cells, part)!;
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  for (let r = header.row + 1; r < cells.length; r++) {
    const line = cells[r] ?? [];
    if (line.every((c) => c === null || c === undefined || c === "")) continue;
    rows.push(line);
    rowNumbers.push(r + 1);
  }
  return { scheme, part, sheet: ws.name, table: { headers: cells[header.row], rows, rowNumbers } };
}

async function sample(file: string, id: string, lang: Lang = "zh-CN") {
  const { scheme, part, sheet, table } = await sampleTable(file, id);
  const result = evaluate(scheme, table, { part: part.id });
  const plan = buildFillPlan(result, lang);
  return { plan, set: buildStatements(result, table, lang, { plan, source: sheet }) };
}

describe.each(SAMPLES)("%s: statements add up to the summary sheet", (file, id) => {
  test("every summary line is one section of exactly one statement, with the same values", async () => {
    const { plan, set } = await sample(file, id);
    const summary = plan.summary!;
    const seen = set.statements.flatMap((s) => s.sections.map((sec) => sec.summaryRow)).sort((a, b) => a - b);
    expect(seen).toEqual(summary.rows.map((_, i) => i));
    const keys = set.columns.length;
    expect(keys).toBeGreaterThanOrEqual(3);
    for (const s of set.statements)
      for (const sec of s.sections) {
        const line = summary.rows[sec.summaryRow];
        const offset = summary.headers.length - line.length;
        expect(offset).toBe(0);
        const values = sec.outputs.map((o) => o.value);
        const keyCount = Object.keys(sec.key).length;
        expect(values).toEqual(line.slice(keyCount, keyCount + values.length));
        expect(Object.values(sec.key)).toEqual(line.slice(0, keyCount).map((v) => String(v ?? "")));
      }
    // every data row appears once, in one statement
    const rows = set.statements.flatMap((s) => s.sections.flatMap((sec) => sec.rows.map((r) => r.row))).sort((a, b) => a - b);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.length).toBe(plan.stats.rows);
  });

  test("each statement's total equals that person's summary lines, and the totals add up to the run's total", async () => {
    const { plan, set } = await sample(file, id);
    if (set.grandTotal === null) {
      expect(set.statements.every((s) => s.total === null)).toBe(true);
      return;
    }
    const bySummary = summaryTotals(plan, set);
    for (const s of set.statements) {
      const k = s.subject.map((x) => (x.value === "（空）" ? "" : x.value)).join("|");
      expect({ person: k, total: s.total!.value }).toEqual({ person: k, total: bySummary.get(k) });
    }
    expect(set.statements).toHaveLength(bySummary.size);
    expect(set.grandTotal).toBe(plan.stats.total);
  });
});

test("sample amounts worked out by hand (as test/cli/examples.test.ts): 王丽 220 of 1,380; JT031 200 + 100 = 300; the suspended 电修组 0; YZ007 50 + 45 = 95 points", async () => {
  const mobile = (await sample("mobile-retention.xlsx", "mobile-retention")).set;
  expect(mobile.statements.find((s) => s.subject[0].value === "王丽")!.total!.value).toBe(220);
  expect(mobile.grandTotal).toBe(1380);
  const car = (await sample("car-referral.xlsx", "car-referral")).set;
  expect(car.statements.find((s) => s.subject[0].value === "JT031")!.total!.value).toBe(300);
  expect(car.statements.find((s) => s.subject[0].value === "张建国")!.total!.value).toBe(0);
  const repair = (await sample("repair-dept-grade.xlsx", "repair-dept-grade")).set;
  expect(repair.statements.find((s) => s.subject[0].value === "电修组")!.total!.value).toBe(0);
  const postal = (await sample("postal-client-maintenance.xlsx", "postal-client-maintenance")).set;
  const yz = postal.statements.find((s) => s.subject[0].value === "YZ007")!;
  expect(yz.total).toBeNull();
  expect(yz.sections[0].outputs.find((o) => o.name === "total")!.value).toBe(95);
});

// -----------------------------------------------------------------------------------------------------------------

describe("the printable layout", () => {
  test("one block per statement, a page break before each after the first, A4 fitted to one page wide", async () => {
    const { set } = await sample("mobile-retention.xlsx", "mobile-retention");
    const sheet = layoutStatements(set);
    expect(sheet.name).toBe("Jili·个人明细");
    expect(sheet.blocks).toHaveLength(set.statements.length);
    expect(sheet.pageBreaks).toEqual(sheet.blocks.slice(1).map((b) => b.top));
    expect(sheet.print).toMatchObject({ paperSize: "A4", fitToWidth: 1, fitToHeight: 0, centerHorizontally: true, footer: "第 &P 页，共 &N 页" });
    // 12 columns of this sample do not fit a portrait page
    expect(sheet.print.orientation).toBe("landscape");
    expect(sheet.columnWidths).toHaveLength(set.columns.length);
    for (const [i, b] of sheet.blocks.entries()) {
      expect(sheet.rows[b.top - 1][0]!.value).toBe("移动老客户维系考核 — 个人奖励明细");
      expect(sheet.rows[b.top - 1][0]!.style).toBe("title");
      const total = sheet.rows[b.totalRow! - 1];
      expect(total[0]!.value).toBe("合计：揽装奖励合计(元)");
      const valueCell = total[set.columns.length - 2]!;
      expect(valueCell).toEqual({ value: set.statements[i].total!.value, style: "totalValue", numberFormat: "#,##0.00" });
      // the signature lines, then the scheme's rules in words (the last line: the other posts' tiers)
      const texts = sheet.rows.slice(b.top - 1, b.bottom).map((r) => r[0]?.value);
      expect(texts).toContain("制表：＿＿＿＿＿＿＿＿　　审核：＿＿＿＿＿＿＿＿");
      expect(texts.indexOf("附：本方案规则")).toBeGreaterThan(texts.indexOf("制表：＿＿＿＿＿＿＿＿　　审核：＿＿＿＿＿＿＿＿"));
      expect(sheet.rows[b.bottom - 1][0]!.value).toBe("  其他（中心经理、网格经理、装维经理）：1–2 户，每户 20 元；第 3 户起，每户 40 元");
    }
  });

  test("every row is as wide as the table; text cells are formatted as text; merges sit on one row inside the table", async () => {
    const { set } = await sample("mobile-retention.xlsx", "mobile-retention");
    const sheet = layoutStatements(set);
    const W = set.columns.length;
    for (const line of sheet.rows) {
      expect(line).toHaveLength(W);
      for (const c of line) if (c && typeof c.value === "string" && c.value !== "") expect(c.numberFormat).toBe("@");
    }
    for (const m of sheet.merges) {
      expect(m.left).toBeLessThan(m.right);
      expect(m.right).toBeLessThan(W);
      const line = sheet.rows[m.row - 1];
      for (let c = m.left + 1; c <= m.right; c++) expect(line[c]).toEqual({ value: "", style: line[m.left]!.style, numberFormat: null });
    }
    // phone numbers and dates stay text
    const rowOf = sheet.rows.find((l) => l[0]?.value === 2)!;
    expect(rowOf[1]).toEqual({ value: "2016-01-03", style: "cell", numberFormat: "@" });
  });

  test("style runs cover each styled cell exactly once with its own style", async () => {
    const { set } = await sample("repair-dept-grade.xlsx", "repair-dept-grade");
    const sheet = layoutStatements(set);
    const covered = new Map<string, string>();
    for (const r of styleRuns(sheet)) {
      expect(STATEMENT_STYLES[r.style]).toBeDefined();
      for (let row = r.top; row <= r.bottom; row++)
        for (let c = r.left; c <= r.right; c++) {
          const k = `${row}:${c}`;
          expect(covered.has(k)).toBe(false);
          covered.set(k, r.style);
        }
    }
    sheet.rows.forEach((line, r) => line.forEach((c, j) => expect(covered.get(`${r + 1}:${j}`)).toBe(c ? c.style : undefined)));
    // a chunk's runs stay inside the chunk
    for (const r of styleRuns(sheet, 10, 20)) {
      expect(r.top).toBeGreaterThanOrEqual(10);
      expect(r.bottom).toBeLessThanOrEqual(20);
    }
  });

  test("wrapped explanations get taller rows; other rows keep Excel's height", async () => {
    const { set } = await sample("mobile-retention.xlsx", "mobile-retention");
    const sheet = layoutStatements(set);
    expect(sheet.rowHeights).toHaveLength(sheet.rows.length);
    expect(sheet.rowHeights[0]).toBeNull();
    const tall = sheet.rowHeights.filter((h) => h !== null) as number[];
    expect(tall.length).toBeGreaterThan(0);
    for (const h of tall) expect(h).toBeGreaterThanOrEqual(33);
  });

  test("a narrow table prints portrait", () => {
    const { set } = run("rd-assist-hourly", [{ 姓名: "陈", 岗位: "操作工", 试验日期: "2016-03-02", "作业时间(小时)": 8 }]);
    expect(layoutStatements(set).print.orientation).toBe("portrait");
  });
});

describe("sheet names", () => {
  test("valid Excel names: no []:*?/\\, at most 31 characters, no edge apostrophes, unique", () => {
    expect(validSheetName("Jili·个人明细")).toBe("Jili·个人明细");
    expect(validSheetName("a[b]:c*d?e/f\\g")).toBe("a_b__c_d_e_f_g");
    expect(validSheetName("'quoted'")).toBe("quoted");
    expect(validSheetName("")).toBe("Sheet");
    expect(validSheetName("History")).toBe("Sheet");
    const long = "个".repeat(40);
    expect(validSheetName(long)).toHaveLength(31);
    const taken = new Set(["Jili·个人明细", "Jili·个人明细 (2)"]);
    expect(validSheetName("Jili·个人明细", (n) => taken.has(n))).toBe("Jili·个人明细 (3)");
    const cut = validSheetName(long, (n) => n === "个".repeat(31));
    expect(cut).toBe(`${"个".repeat(27)} (2)`);
    expect(cut.length).toBeLessThanOrEqual(31);
    // a surrogate pair is never split
    expect(validSheetName("a".repeat(30) + "😀")).toBe("a".repeat(30));
  });
});

describe("statements longer than a worksheet: cut between statements (splitStatementSheet)", () => {
  /** A sheet of `sizes[k]` rows for statement k, one merge and one row height on each statement's first row. */
  function synthetic(sizes: number[]): StatementSheet {
    const rows: StatementSheet["rows"] = [];
    const blocks: StatementSheet["blocks"] = [];
    const merges: StatementSheet["merges"] = [];
    const rowHeights: (number | null)[] = [];
    const pageBreaks: number[] = [];
    sizes.forEach((n, k) => {
      const top = rows.length + 1;
      if (k > 0) pageBreaks.push(top);
      for (let i = 0; i < n; i++) {
        rows.push([{ value: `s${k}r${i}`, style: "cell", numberFormat: null }]);
        rowHeights.push(i === 0 ? 30 : null);
      }
      merges.push({ row: top, left: 0, right: 2 });
      blocks.push({ subject: `P${k}`, top, bottom: top + n - 1, totalRow: top + n - 1, total: k });
    });
    return { name: "明细", columnWidths: [10, 20, 30], rows, rowHeights, merges, pageBreaks, print: printSettings("portrait", "zh-CN"), blocks };
  }

  test("a sheet that fits is itself", () => {
    const sheet = synthetic([3, 4]);
    expect(splitStatementSheet(sheet, () => false, 7)).toEqual([sheet]);
  });

  test("statements of 4, 5, 3 and 6 rows into sheets of at most 10: [4+5], [3+6]; each counted from its first row", () => {
    const parts = splitStatementSheet(synthetic([4, 5, 3, 6]), (n) => n === "明细 (2)", 10) as StatementSheet[];
    expect(parts.map((p) => p.name)).toEqual(["明细", "明细 (3)"]);
    expect(parts.map((p) => p.rows.length)).toEqual([9, 9]);
    // the second sheet holds statements 2 and 3: original rows 10–12 and 13–18
    expect(parts[1].rows[0][0]?.value).toBe("s2r0");
    expect(parts[1].rows[3][0]?.value).toBe("s3r0");
    expect(parts[1].blocks).toEqual([
      { subject: "P2", top: 1, bottom: 3, totalRow: 3, total: 2 },
      { subject: "P3", top: 4, bottom: 9, totalRow: 9, total: 3 },
    ]);
    expect(parts[1].merges).toEqual([
      { row: 1, left: 0, right: 2 },
      { row: 4, left: 0, right: 2 },
    ]);
    // a page break before each statement but the sheet's first
    expect(parts[0].pageBreaks).toEqual([5]);
    expect(parts[1].pageBreaks).toEqual([4]);
    expect(parts[1].rowHeights).toEqual([30, null, null, 30, null, null, null, null, null]);
    expect(parts[1].columnWidths).toEqual([10, 20, 30]);
  });

  test("more statements than a sheet's page breaks allow (1 023, one before each statement but the first): 1 024 a sheet", () => {
    expect(SHEET_MAX_PAGE_BREAKS).toBe(1023);
    const parts = splitStatementSheet(synthetic(new Array(2500).fill(2))) as StatementSheet[];
    expect(parts.map((p) => p.blocks.length)).toEqual([1024, 1024, 452]);
    expect(parts.map((p) => p.pageBreaks.length)).toEqual([1023, 1023, 451]);
    expect(parts[2].blocks[0]).toMatchObject({ subject: "P2048", top: 1 });
    // five statements at most two a sheet
    expect((splitStatementSheet(synthetic([1, 1, 1, 1, 1]), () => false, 100, 2) as StatementSheet[]).map((p) => p.blocks.map((b) => b.subject))).toEqual([["P0", "P1"], ["P2", "P3"], ["P4"]]);
  });

  test("a statement longer than a sheet cannot be cut: named with its rows", () => {
    expect(splitStatementSheet(synthetic([4, 11, 2]), () => false, 10)).toEqual({ tooLong: true, subject: "P1", rows: 11 });
  });

  test("a real layout (mobile-retention, three people) cut into sheets as long as its longest statement gives back its rows, statements and totals", () => {
    const people = ["王丽", "张伟", "李娜"];
    const rows = people.flatMap((p, k) => wangLi().map((r) => ({ ...r, 揽装人: p, 手机号码: `1390000000${k}` })));
    const { set } = run("mobile-retention", rows);
    const sheet = layoutStatements(set);
    const perStatement = sheet.blocks.map((b, k) => (k + 1 < sheet.blocks.length ? sheet.blocks[k + 1].top : sheet.rows.length + 1) - b.top);
    const max = Math.max(...perStatement);
    expect(sheet.rows.length).toBeGreaterThan(max);
    const parts = splitStatementSheet(sheet, () => false, max) as StatementSheet[];
    expect(parts.length).toBe(3);
    expect(parts.flatMap((p) => p.rows)).toEqual(sheet.rows);
    expect(parts.flatMap((p) => p.blocks.map((b) => [b.subject, b.total]))).toEqual(sheet.blocks.map((b) => [b.subject, b.total]));
    // each person 220.00 (5×20 + 3×40), each on a sheet of their own, first row their title
    for (const p of parts) {
      expect(p.blocks).toHaveLength(1);
      expect(p.blocks[0].top).toBe(1);
      expect(p.blocks[0].total).toBe(220);
      expect(p.merges.every((m) => m.row >= 1 && m.row <= p.rows.length)).toBe(true);
    }
    expect(parts.reduce((n, p) => n + p.merges.length, 0)).toBe(sheet.merges.length);
  });
});

describe("names of statements on several sheets (freeSheetNames)", () => {
  test("the base, then (2), (3) …, skipping the user's sheets without regard to case", () => {
    expect(freeSheetNames("Jili·个人明细", 1, () => false)).toEqual(["Jili·个人明细"]);
    expect(freeSheetNames("Jili·个人明细", 3, () => false)).toEqual(["Jili·个人明细", "Jili·个人明细 (2)", "Jili·个人明细 (3)"]);
    const users = new Set(["jili·个人明细", "jili·个人明细 (3)"]);
    expect(freeSheetNames("Jili·个人明细", 3, (n) => users.has(n.toLowerCase()))).toEqual(["Jili·个人明细 (2)", "Jili·个人明细 (4)", "Jili·个人明细 (5)"]);
    // a 31-character base is cut to leave room for the suffix (Excel's limit)
    const long = "Statements of the retention team";
    expect(freeSheetNames(long, 2, () => false)).toEqual(["Statements of the retention tea", "Statements of the retention (2)"]);
  });
});
