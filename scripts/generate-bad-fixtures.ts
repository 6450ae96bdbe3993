/**
 * Writes the bad-input corpus in test/fixtures/bad/ (issue 8): one small workbook per kind of messy input, each
 * with its expected outcome typed by hand into test/fixtures/bad/cases.json (from the catalogue's conventions
 * C4–C9, never copied from Jili's output). Fixed seed and fixed dates: the same bytes on every run.
 *
 *   npx ts-node --transpile-only scripts/generate-bad-fixtures.ts
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import * as iconv from "iconv-lite";
import JSZip from "jszip";
import { FIXED_DATE } from "../src/cli/xlsx/opc";

const OUT = path.join(__dirname, "..", "test", "fixtures", "bad");

/** mulberry32: the only randomness is the phone numbers, and it is seeded. */
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
const rand = rng(8);
const phone = () => `138${String(Math.floor(rand() * 1e8)).padStart(8, "0")}`;

type Cell = string | number | boolean | Date | null | { error: string };

interface SheetSpec {
  name: string;
  /** the whole grid from row 1, column A */
  grid: Cell[][];
  merges?: string[];
  /** 1-based sheet rows hidden (by hand or by the filter) */
  hidden?: number[];
  autoFilter?: string;
  protect?: boolean;
  /** 1-based row of the header, styled bold */
  headerRow?: number;
}

async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Jili bad-input corpus";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
      }),
    );
    const h = spec.headerRow ?? 1;
    ws.getRow(h).font = { bold: true };
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    for (const r of spec.hidden ?? []) ws.getRow(r).hidden = true;
    if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
    // no password: a password hash would need a random salt, and the corpus must be byte-stable
    if (spec.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
    const width = Math.max(...spec.grid.map((r) => r.length));
    for (let c = 1; c <= width; c++) ws.getColumn(c).width = 16;
  }
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  zip.forEach((_, f) => {
    f.date = FIXED_DATE;
  });
  fs.writeFileSync(path.join(OUT, file), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
}

function writeCsv(file: string, grid: Cell[][], encoding: "gbk" | "utf-8" | "utf-8-bom"): void {
  const esc = (v: Cell) => {
    const s = v === null ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = grid.map((r) => r.map(esc).join(",")).join("\r\n") + "\r\n";
  const bytes =
    encoding === "gbk" ? iconv.encode(text, "gbk") : encoding === "utf-8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]) : Buffer.from(text, "utf8");
  fs.writeFileSync(path.join(OUT, file), bytes);
}

// ------------------------------------------------------------------ mobile-retention (A–I)
// 是否无月租用户 and 是否补贴未到期中途取消后重办 (H, I) are 否 in every row: the preset states no default for them
// (issue 17), so a sheet without them stops before computing. Appended after G so that the cells cases.json names stay put.
const MOBILE = ["揽装人", "岗位", "办理日期", "手机号码", "客户类型", "是否副卡", "是否有效4G用户", "是否无月租用户", "是否补贴未到期中途取消后重办"];
const DUE = "到期目标客户";
const NOT_DUE = "非到期目标客户";
/** one eligible order unless a cell is overridden */
function m(name: Cell, role: Cell, date: Cell, over: Partial<Record<"phone" | "type" | "secondary" | "active", Cell>> = {}): Cell[] {
  return [name, role, date, "phone" in over ? over.phone! : phone(), "type" in over ? over.type! : DUE, "secondary" in over ? over.secondary! : "否", "active" in over ? over.active! : "是", "否", "否"];
}

// ------------------------------------------------------------------ rd-assist-hourly (A–F), hours in C
const HOURLY = ["姓名", "试验日期", "作业时间(小时)", "是否一线作业人员", "是否审核", "是否审批"];
const h = (name: string, hours: Cell): Cell[] => [name, "2016-03-07", hours, "是", "是", "是"];

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });

  // numbers stored as text (C4): the text of a number is that number
  await writeWorkbook("numbers-as-text.xlsx", [
    { name: "工时", grid: [HOURLY, h("赵一", "3"), h("钱二", " 4.5 "), h("孙三", "0"), h("李四", "2.50"), h("周五", 3), h("吴六", "3 小时")] },
  ]);

  // full-width digits, point and minus (C4), in a workbook and in a GBK CSV (the encoding is the point there)
  const fullWidth = [HOURLY, h("赵一", "１２"), h("钱二", "３．５"), h("孙三", "\u3000８\u3000"), h("李四", "－２"), h("周五", "１２ａ")];
  await writeWorkbook("full-width-digits.xlsx", [{ name: "工时", grid: fullWidth }]);
  writeCsv("full-width-digits-gbk.csv", fullWidth, "gbk");

  // thousands separators and currency (C4) — sales-office-old-new: one deal per senior salesperson
  const SALES = ["老员工", "成交金额", "成交日期", "是否老员工带来的新客户"];
  const deal = (who: string, amount: Cell): Cell[] => [who, amount, "2016-05-10", "是"];
  await writeWorkbook("thousands-currency.xlsx", [
    {
      name: "成交",
      grid: [SALES, deal("甲", "1,200,000"), deal("乙", "¥300"), deal("丙", "300元"), deal("丁", "￥1，500，000"), deal("戊", "1,2000"), deal("己", "约3万"), deal("庚", "¥ 2,000.50 元")],
    },
  ]);

  // blanks and whitespace-only cells (C5, C6, C2)
  await writeWorkbook("blanks-whitespace.xlsx", [
    {
      name: "订单",
      grid: [
        MOBILE,
        m("王丽", "营业员", "2016-01-04"),
        m("   ", "营业员", "2016-01-05"),
        m("张伟", "\u3000", "2016-01-05"),
        m("刘洋", "营业员", null),
        m("陈静", "营业员", "2016-01-06", { type: " " }),
        [" ", "\u3000", "", "\u00a0", null, "  ", "", "\u3000", " "],
        m("王丽", "营业员", "2016-01-07", { secondary: null }),
        m(" 王丽\u3000", "营业员", "2016-01-08"),
        m("杨磊", "营业员", "2016-01-09", { active: "\u3000" }),
      ],
    },
  ]);

  // Chinese (U+3000) and no-break (U+00A0) spaces in headers, in a workbook and a UTF-8 CSV without BOM
  const spacedHeaders = ["揽装人\u3000", "岗\u00a0位", " 办理日期 ", "手机号码", "客户\u3000类型", "是否副卡", "是否有效4G用户\u00a0", "是否无月租用户", "是否补贴未到期中途取消后重办"];
  const spaced = [spacedHeaders, m("王丽", "营业员", "2016-01-04"), m("李强", "网格经理", "2016-01-05", { type: NOT_DUE })];
  await writeWorkbook("header-spaces.xlsx", [{ name: "订单", grid: spaced }]);
  writeCsv("header-spaces-utf8.csv", spaced, "utf-8");

  // merged header cells: a merged title row, and 客户类型 merged over two columns (data in the first)
  const mergedHeader = ["揽装人", "岗位", "办理日期", "手机号码", "客户类型", null, "是否副卡", "是否有效4G用户", "是否无月租用户", "是否补贴未到期中途取消后重办"];
  const mr = (name: string, role: string, date: string, type: string): Cell[] => [name, role, date, phone(), type, null, "否", "是", "否", "否"];
  await writeWorkbook("merged-header.xlsx", [
    {
      name: "订单",
      grid: [["2016年1月购机送费明细"], mergedHeader, mr("王丽", "营业员", "2016-01-04", DUE), mr("王丽", "营业员", "2016-01-05", NOT_DUE), mr("李强", "网格经理", "2016-01-05", DUE)],
      merges: ["A1:J1", "E2:F2"],
      headerRow: 2,
    },
  ]);

  // header row not on row 1: a title, a note and a blank row above it
  await writeWorkbook("header-row-4.xlsx", [
    {
      name: "订单",
      grid: [["购机送费揽装明细（2016年1月）"], ["制表：营业部　单位：户"], [], MOBILE, m("王丽", "营业员", "2016-01-04"), m("李强", "网格经理", "2016-01-05", { type: NOT_DUE })],
      headerRow: 4,
    },
  ]);

  // Excel error values in inputs: real error cells, in every kind of column
  await writeWorkbook("excel-errors.xlsx", [
    {
      name: "订单",
      grid: [
        MOBILE,
        m("王丽", "营业员", "2016-01-04"),
        m("李强", "营业员", { error: "#N/A" }),
        m("张伟", "营业员", "2016-01-05", { active: { error: "#REF!" } }),
        m("刘洋", "营业员", "2016-01-05", { type: { error: "#N/A" } }),
        m({ error: "#REF!" }, "营业员", "2016-01-05"),
        m("陈静", { error: "#N/A" }, "2016-01-05"),
        m("杨磊", "营业员", "2016-01-05", { type: "#DIV/0!" }),
      ],
    },
  ]);

  // duplicate customer (phone) numbers within a month: a warning on the second, both count (catalogue M-warning)
  await writeWorkbook("duplicate-phone.xlsx", [
    {
      name: "订单",
      grid: [
        MOBILE,
        m("王丽", "营业员", "2016-01-04", { phone: "13800000001" }),
        m("王丽", "营业员", "2016-01-05", { phone: "13800000002" }),
        m("王丽", "营业员", "2016-01-06", { phone: " 13800000001 " }),
        m("王丽", "营业员", "2016-02-01", { phone: "13800000001" }),
      ],
    },
  ]);

  // dates (C9): serial, Date cell, 2016/1/1, 2016-01-01, 2016年1月1日, full-width; and what is not a date
  await writeWorkbook("dates.xlsx", [
    {
      name: "订单",
      grid: [
        MOBILE,
        m("甲", "营业员", 42370),
        m("乙", "营业员", new Date(Date.UTC(2016, 0, 1))),
        m("丙", "营业员", "2016/1/1"),
        m("丁", "营业员", "2016-01-01"),
        m("戊", "营业员", "2016年1月1日"),
        m("己", "营业员", "２０１６－０１－０５"),
        m("庚", "营业员", "2016-02-30"),
        m("辛", "营业员", "1/5"),
        m("壬", "营业员", "2015-12-31"),
        m("癸", "营业员", "20160101"),
        m("子", "营业员", "2016-01-01 09:30"),
      ],
    },
  ]);

  // negative or fractional household counts — postal-client-maintenance, one person-month per row
  const POSTAL = ["姓名", "月份", "收集客户信息户数", "贡献率"];
  await writeWorkbook("household-counts.xlsx", [
    { name: "客户维护", grid: [POSTAL, ["甲", "2016-03", 50, "70%"], ["乙", "2016-03", -3, "70%"], ["丙", "2016-03", 2.5, "70%"], ["丁", "2016-03", "１２", "70%"], ["戊", "2016-03", "3户", "70%"], ["己", "2016-03", "-0", "70%"]] },
  ]);

  // absurdly large values
  await writeWorkbook("huge-values.xlsx", [
    {
      name: "工时",
      grid: [HOURLY, h("赵一", 1e15), h("钱二", "123456789012345678901234567890"), h("孙三", 1e300), h("李四", "1e400"), h("周五", "9".repeat(400)), h("名".repeat(5000), 2)],
    },
  ]);

  // unknown role names (C6: trimmed, aliases, case; anything else is not a role of the scheme)
  await writeWorkbook("unknown-roles.xlsx", [
    {
      name: "订单",
      grid: [MOBILE, m("甲", "实习生", "2016-01-04"), m("乙", " 营业员\u3000", "2016-01-04"), m("丙", "Clerk", "2016-01-04"), m("丁", "营业員", "2016-01-04"), m("戊", "网格 经理", "2016-01-04")],
    },
  ]);

  // a missing required column (客户类型)
  await writeWorkbook("missing-column.xlsx", [
    { name: "订单", grid: [MOBILE.filter((x) => x !== "客户类型"), ...[m("王丽", "营业员", "2016-01-04"), m("李强", "网格经理", "2016-01-05")].map((r) => r.filter((_, i) => i !== 4))] },
  ]);

  // hidden rows and rows hidden by a filter: processed like every other row
  await writeWorkbook("hidden-filtered.xlsx", [
    {
      name: "订单",
      grid: [
        MOBILE,
        m("王丽", "营业员", "2016-01-04"),
        m("王丽", "营业员", "2016-01-05"),
        m("王丽", "营业员", "2016-01-06"),
        m("李强", "网格经理", "2016-01-06", { type: NOT_DUE }),
        m("李强", "网格经理", "2016-01-07", { type: NOT_DUE }),
        m("李强", "网格经理", "2016-01-08", { type: NOT_DUE }),
      ],
      hidden: [3, 4, 6],
      autoFilter: "A1:I7",
    },
  ]);

  // a protected data sheet: read and validated, never written
  await writeWorkbook("protected-sheet.xlsx", [{ name: "订单", grid: [MOBILE, m("王丽", "营业员", "2016-01-04"), m("李强", "网格经理", "2016-01-05")], protect: true }]);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
