import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { StatementSheet } from "../../src/engine";
import { example, jili, jiliInProcess, loadWorkbook, tmpDir } from "./helpers";

// `jili statements`: a new workbook with the per-person statements and the summary sheet of the same run. The
// amounts worked out by hand come from the preset pages (docs/presets/) as in examples.test.ts:
// 王丽 (营业员, 8 counted households in 2016-01) 5×20 + 3×40 = 220; car-referral JT031 200 + 100 = 300.


const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

interface Block {
  /** the statement's first info line, e.g. 揽装人：王丽 岗位：营业员 */
  info: string;
  /** the value of the total row, or null */
  total: number | null;
  totalLabel: string | null;
  top: number;
}

/** The statement blocks of a statements sheet, read as a user sees them: each starts at a title row. */
function blocks(ws: ExcelJS.Worksheet, title: RegExp, totalPrefix: string): Block[] {
  const out: Block[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = ws.getCell(r, 1).value;
    if (typeof a === "string" && title.test(a)) out.push({ info: String(ws.getCell(r + 1, 1).value), total: null, totalLabel: null, top: r });
    if (typeof a === "string" && a.startsWith(totalPrefix) && out.length) {
      const b = out[out.length - 1];
      b.totalLabel = a;
      ws.getRow(r).eachCell((cell, c) => {
        if (c > 1 && typeof cell.value === "number") b.total = cell.value;
      });
    }
  }
  return out;
}

/** Σ of the summary sheet's money column per value of its first column (the person; a blank key as `blank`) */
function summaryBy(ws: ExcelJS.Worksheet, money: string, blank: string): Map<string, number> {
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const col = headers.indexOf(money) + 1;
  expect(col).toBeGreaterThan(0);
  const out = new Map<string, number>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const cell = ws.getCell(r, 1).value;
    const who = cell === null || cell === undefined || cell === "" ? blank : String(cell);
    const v = ws.getCell(r, col).value;
    out.set(who, Math.round(((out.get(who) ?? 0) + (typeof v === "number" ? v : 0)) * 100) / 100);
  }
  return out;
}

/**
 * The statements' totals against the summary sheet in the same workbook: one statement per person (the person is
 * the one value of the statement's first line that the summary's first column has), equal totals.
 */
function expectTotalsEqualSummary(wb: ExcelJS.Workbook, sheet: string, summary: string, title: RegExp, totalPrefix: string, sep: string): Map<string, number> {
  const zh = sep === "：";
  const ws = wb.getWorksheet(sheet)!;
  const sum = wb.getWorksheet(summary)!;
  const list = blocks(ws, title, totalPrefix);
  expect(list.length).toBeGreaterThan(0);
  const money = list[0].totalLabel!.slice(totalPrefix.length);
  const bySummary = summaryBy(sum, money, zh ? "（空）" : "(blank)");
  const byStatement = new Map<string, number>();
  for (const b of list) {
    const values = b.info.split(zh ? "　　" : "    ").map((pair) => pair.slice(pair.indexOf(sep) + sep.length));
    const who = values.filter((v) => bySummary.has(v));
    expect({ info: b.info, who: who.length }).toEqual({ info: b.info, who: 1 });
    expect(byStatement.has(who[0])).toBe(false);
    byStatement.set(who[0], b.total!);
  }
  expect(byStatement).toEqual(bySummary);
  return byStatement;
}

describe("jili statements on the mobile-retention sample", () => {
  const dir = tmpDir();
  const out = path.join(dir, "statements.xlsx");
  const input = example("mobile-retention.xlsx");
  let before: string;
  let result: Awaited<ReturnType<typeof jili>>;

  beforeAll(async () => {
    before = sha(input);
    result = await jili(["statements", input, "--scheme", "mobile-retention", "--out", out]);
  });

  test("exit 0; says how many statements, their total and where they went; the data file is untouched", () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("个人明细 10 份（工作表「Jili·个人明细」，A4 横向，每人一页起），合计 1,380.00 元，与汇总表一致。");
    expect(result.stdout).toMatch(/王丽\s+2016-01\s+9\s+220\.00/);
    expect(result.stdout).toContain(`已写入：${out}`);
    expect(sha(input)).toBe(before);
  });

  test("a new workbook: the statements sheet, then the summary sheet of the same run", async () => {
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Jili·个人明细", "Jili汇总"]);
  });

  test("each statement's total equals that person's lines in the summary sheet; 王丽 220 by hand", async () => {
    const wb = await loadWorkbook(out);
    const totals = expectTotalsEqualSummary(wb, "Jili·个人明细", "Jili汇总", /— 个人奖励明细$/, "合计：", "：");
    expect(totals.get("王丽")).toBe(220);
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(1380);
  });

  test("王丽's statement: her rows with the excluded 副卡 and its reason, the month's explanation, a place to sign", async () => {
    const ws = (await loadWorkbook(out)).getWorksheet("Jili·个人明细")!;
    const b = blocks(ws, /— 个人奖励明细$/, "合计：").find((x) => x.info.startsWith("揽装人：王丽"))!;
    const texts: string[] = [];
    for (let r = b.top; r < b.top + 30; r++) ws.getRow(r).eachCell((c) => texts.push(String(c.value)));
    expect(texts).toContain("排除: 副卡不纳入奖励（M1）");
    expect(texts.some((t) => t.includes("5户×20元 + 3户×40元 = 220元"))).toBe(true);
    expect(texts).toContain("领取人签字：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿");
    // a date and a phone number stay text (the first row of her table, under the header, the run stamp and the heads)
    const dateCell = ws.getCell(b.top + 7, 2);
    expect(dateCell.value).toBe("2016-01-03");
    expect(dateCell.numFmt).toBe("@");
    expect(ws.getCell(b.top + 7, 3).value).toBe("13983009973");
  });

  test("print settings: A4 landscape, fit to one page wide, centred, page numbers, a page break before each person", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml).toContain("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>");
    const ws = (await loadWorkbook(out)).getWorksheet("Jili·个人明细")!;
    const tops = blocks(ws, /— 个人奖励明细$/, "合计：").map((b) => b.top);
    // a break after row r starts the next page on row r + 1
    const breaks = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]) + 1);
    expect(breaks).toEqual(tops.slice(1));
    expect(xml).toContain(`<rowBreaks count="${tops.length - 1}" manualBreakCount="${tops.length - 1}">`);
  });

  test("the same input gives the same bytes", async () => {
    const again = path.join(dir, "again.xlsx");
    expect((await jiliInProcess(["statements", input, "--scheme", "mobile-retention", "--out", again])).code).toBe(0);
    expect(sha(again)).toBe(sha(out));
  });
});

describe("jili statements: totals equal the summary sheet for other presets", () => {
  test.each([
    ["broadband-retention.xlsx", "broadband-retention"],
    ["repair-dept-grade.xlsx", "repair-dept-grade"],
    ["car-referral.xlsx", "car-referral"],
    ["equipment-post-wage.xlsx", "equipment-post-wage"],
  ])("%s", async (file, id) => {
    const out = path.join(tmpDir(), "s.xlsx");
    const r = await jiliInProcess(["statements", example(file), "--scheme", id, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const wb = await loadWorkbook(out);
    const totals = expectTotalsEqualSummary(wb, "Jili·个人明细", "Jili汇总", /— 个人奖励明细$/, "合计：", "：");
    if (id === "car-referral") expect(totals.get("JT031")).toBe(300);
  });

  test("en-US: English sheets and labels, the same totals", async () => {
    const out = path.join(tmpDir(), "s.xlsx");
    const r = await jiliInProcess(["statements", example("mobile-retention.xlsx"), "--scheme", "mobile-retention", "--out", out, "--lang", "en-US"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("10 statements (sheet Jili·Statements, A4 landscape, each person on a new page), total 1,380.00 yuan, equal to the summary.");
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Jili·Statements", "Jili Summary"]);
    const totals = expectTotalsEqualSummary(wb, "Jili·Statements", "Jili Summary", /— Reward statement$/, "Total: ", ": ");
    expect(totals.get("王丽")).toBe(220);
  });
});

describe("jili statements: options and errors", () => {
  test("--json: the run's document with one entry per statement", async () => {
    const out = path.join(tmpDir(), "s.xlsx");
    const r = await jiliInProcess(["statements", example("mobile-retention.xlsx"), "--scheme", "mobile-retention", "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ format: "jili-cli/1", command: "statements", out, statementsSheet: "Jili·个人明细" });
    expect(doc.statements).toHaveLength(10);
    expect(doc.statements.find((s: { person: { person: string } }) => s.person.person === "王丽")).toEqual({ person: { person: "王丽" }, periods: ["2016-01"], rows: 9, total: 220, pending: [], complete: true });
    expect(doc.stats.total).toBe(1380);
  });

  test("a CSV (GBK) works too; the default output is <input>.statements.xlsx next to it", async () => {
    const dir = tmpDir();
    const csv = path.join(dir, "orders.csv");
    fs.copyFileSync(example("mobile-retention-gbk.csv"), csv);
    const r = await jiliInProcess(["statements", csv, "--scheme", "mobile-retention"]);
    expect(r.code).toBe(0);
    const wb = await loadWorkbook(path.join(dir, "orders.statements.xlsx"));
    const totals = expectTotalsEqualSummary(wb, "Jili·个人明细", "Jili汇总", /— 个人奖励明细$/, "合计：", "：");
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(1380);
    // 王丽 is known by her staff id in this file; her statement says both
    const ws = wb.getWorksheet("Jili·个人明细")!;
    const wang = blocks(ws, /— 个人奖励明细$/, "合计：").find((b) => b.info.includes("揽装人：王丽"))!;
    expect(wang.info).toMatch(/^工号：\S+\u3000\u3000揽装人：王丽\u3000\u3000岗位：营业员/);
    expect(wang.total).toBe(220);
  });

  test("--out must be a new .xlsx, never the data file: exit 2, in both languages, nothing written", async () => {
    const dir = tmpDir();
    const csvOut = await jiliInProcess(["statements", example("mobile-retention.xlsx"), "--scheme", "mobile-retention", "--out", path.join(dir, "x.csv")]);
    expect(csvOut.code).toBe(2);
    expect(csvOut.stderr).toContain("个人明细写入新的 .xlsx 工作簿");
    expect(csvOut.stderr).toContain("Statements are written to a new .xlsx workbook");
    const copy = path.join(dir, "data.xlsx");
    fs.copyFileSync(example("mobile-retention.xlsx"), copy);
    const before = sha(copy);
    const same = await jiliInProcess(["statements", copy, "--scheme", "mobile-retention", "--out", copy]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("个人明细不会写入原数据文件");
    expect(sha(copy)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(["data.xlsx"]);
  });

  test("a part without per-person totals has no statements: exit 2", async () => {
    const dir = tmpDir();
    const csv = path.join(dir, "targets.csv");
    fs.writeFileSync(csv, "车间,阶段,产量,气包率\n三车间,1,3000,0.2%\n");
    const r = await jiliInProcess(["statements", csv, "--scheme", "capacity-drive", "--part", "targets"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("没有按人（按组）的合计，无法生成个人明细");
    expect(fs.readdirSync(dir)).toEqual(["targets.csv"]);
  });

  test("rows that are invalid still give statements, with exit 1 as fill does", async () => {
    const out = path.join(tmpDir(), "s.xlsx");
    const r = await jiliInProcess(["statements", example("mobile-retention-titled.xlsx"), "--scheme", "mobile-retention", "--out", out]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
    const wb = await loadWorkbook(out);
    expectTotalsEqualSummary(wb, "Jili·个人明细", "Jili汇总", /— 个人奖励明细$/, "合计：", "：");
  });
});

describe("jili statements say what the amounts assume", () => {
  test("a value confirmed for the sheet (--assume) is stated in each statement's header, as under the summary", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "orders.csv");
    fs.writeFileSync(file, ["揽装人,岗位,办理日期,客户类型,是否有效4G用户,是否副卡,是否无月租用户", "王丽,营业员,2016-01-05,到期目标客户,是,否,否", "李强,营业员,2016-01-06,到期目标客户,是,否,否"].join("\n") + "\n");
    const out = path.join(dir, "st.xlsx");
    const run = await jiliInProcess(["statements", file, "--scheme", "mobile-retention", "--assume", "是否补贴未到期中途取消后重办=否", "--out", out]);
    expect(run.code).toBe(0);
    const ws = (await loadWorkbook(out)).getWorksheet("Jili·个人明细")!;
    const firstCells: unknown[] = [];
    ws.eachRow((row) => firstCells.push(row.getCell(1).value));
    // once per statement (its first cell; the line spans the statement's width): two people, two statements
    expect(firstCells.filter((t) => t === "按确认值计（整张表）：是否补贴未到期中途取消后重办＝否")).toHaveLength(2);
  });
});

describe("statements longer than a worksheet", () => {
  /** A layout of statements `sizes[k]` rows long (empty rows: only the lengths matter here). */
  function layoutOf(sizes: number[]): StatementSheet {
    const rows: StatementSheet["rows"] = new Array(sizes.reduce((a, b) => a + b, 0)).fill([]);
    let top = 1;
    const blocks = sizes.map((n, k) => {
      const b = { subject: `员工${k + 1}`, top, bottom: top + n - 1, totalRow: null, total: null };
      top += n;
      return b;
    });
    return { name: "Jili·个人明细", columnWidths: [], rows, rowHeights: new Array(rows.length).fill(null), merges: [], pageBreaks: blocks.slice(1).map((b) => b.top), print: {} as StatementSheet["print"], blocks };
  }

  test("are written on several sheets, cut between two people's statements (Excel's sheets hold 1 048 576 rows)", async () => {
    const { statementSheets } = await import("../../src/cli/commands");
    expect(statementSheets(layoutOf([1_048_576]), () => false).map((s) => s.rows.length)).toEqual([1_048_576]);
    const sheets = statementSheets(layoutOf([600_000, 448_577]), (n) => n === "Jili·汇总");
    expect(sheets.map((s) => [s.name, s.rows.length, s.blocks[0].subject, s.blocks[0].top])).toEqual([
      ["Jili·个人明细", 600_000, "员工1", 1],
      ["Jili·个人明细 (2)", 448_577, "员工2", 1],
    ]);
  });

  test("one person's statement longer than a sheet is refused before anything is written, in both languages", async () => {
    const { statementSheets } = await import("../../src/cli/commands");
    const { CliError } = await import("../../src/cli/messages");
    let caught: unknown;
    try {
      statementSheets(layoutOf([10, 1_048_577]), () => false);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CliError);
    const e = caught as InstanceType<typeof CliError>;
    expect(e.key).toBe("statementsTooLong");
    expect(e.vars).toEqual({ subject: "员工2", rows: 1_048_577, max: 1_048_576 });
    expect(e.render("zh-CN")).toContain("员工2 的个人明细共需 1048577 行");
    expect(e.render("en-US")).toContain("nothing was written");
  });
});
