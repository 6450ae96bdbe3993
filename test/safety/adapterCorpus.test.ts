import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { EvaluationResult, Lang, OWNED_PREFIX, RawCell, STATUS_LABEL } from "../../src/engine";
import type { JsonDocument } from "../../src/cli/jsonDoc";
import { readInput } from "../../src/cli/input";
import { readXlsx } from "../../src/cli/readXlsx";
import { PaneError } from "../../src/excel/errors";
import { MARK_COLOR } from "../../src/excel/marks";
import type { SheetSnapshot } from "../../src/excel/port";
import { bookFromJson } from "../../src/preview/bookJson";
import { SimBook, SimSheet, simRun } from "../../src/preview/excelSim";
import { xlsxToJson } from "../../src/preview/xlsxToJson";
import { runEvaluation } from "../../src/taskpane/controller/evaluate";
import { DataTable, locateTable } from "../../src/taskpane/controller/locate";
import { schemeById } from "../../src/taskpane/controller/schemes";
import { PaneSession } from "../../src/taskpane/controller/session";
import { jiliInProcess, tmpDir } from "../cli/helpers";
import { adapterFor } from "../excel/harness";
import { wpsAdapterFor } from "../wps/harness";
import { SETTINGS_SHEET } from "../../src/excel/settings";
import type { WorkbookPort } from "../../src/excel/port";
import { Case, CASES, EngineRun, engineRun, Expected, fileOf, RowCase, sorted } from "./corpus";
import { MOBILE_FLAG_HEADERS, MOBILE_FLAG_VALUES } from "../support/explicitInputs";

// The fourth path of issue 8: every workbook of the bad-input corpus goes through the task pane's adapter
// (src/excel) on the simulated Excel host (src/preview/excelSim/) and the pane's controller
// (src/taskpane/controller), and must give what cases.json expects and what the engine and `jili validate` give:
// the same rows, statuses, codes, cells and amounts; hidden rows processed; the protected sheet read and validated
// but never written, with the command line's message in both languages.
//
// How a file reaches the simulated host: an .xlsx is loaded as Excel's Range.values gives it (src/preview/xlsxToJson:
// dates as serial numbers with their number format, errors as their text, formulas as their result), with the
// sheet protection of the file. A CSV has no host of its own: its cells are entered as text (what Excel's Text
// import gives; Excel opening the CSV directly would convert "3" to 3 itself, which is Excel's doing, not Jili's).


// Issue 21: the same corpus runs on both hosts — the Office.js adapter (src/excel) on the simulated Excel, and the WPS
// adapter (src/wps) on the simulated ET host (src/preview/etSim) — over the same in-memory workbook, so every
// assertion below reads the same cells. Jili's settings sheet (WPS keeps the settings in the workbook, where Excel's
// document settings are outside the sheets) is left out of the "nothing was written" comparisons.
type Host = "excel" | "wps";
const HOSTS: [string, Host][] = [
  ["Excel (Office.js)", "excel"],
  ["WPS 表格 (ET)", "wps"],
];
const portFor = (book: SimBook, host: Host): { port: WorkbookPort } => (host === "excel" ? adapterFor(book) : wpsAdapterFor(book));

interface AdapterRun {
  snapshot: SheetSnapshot;
  table: DataTable;
  result: EvaluationResult | null;
  error: PaneError | null;
}

/** The corpus file on the simulated host, its data sheet active. */
async function bookFor(c: Case): Promise<SimBook> {
  if (c.file.endsWith(".csv")) {
    const input = await readInput(fileOf(c));
    const book = new SimBook(input.sheets[0].name);
    book.active.put(input.sheets[0].cells.map((line) => line.map((v) => (v === undefined ? null : (v as string)))));
    return book;
  }
  const bytes = fs.readFileSync(fileOf(c));
  const book = bookFromJson(await xlsxToJson(bytes, c.file));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  wb.eachSheet((ws) => {
    if ((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) book.sheet(ws.name)!.protected = true;
  });
  book.activate(book.sheet(c.sheet)!);
  return book;
}

/** Everything the workbook holds, to prove that nothing was written. */
function plain(v: unknown): unknown {
  if (v instanceof Map) return [...v.entries()].map(([k, x]) => [k, plain(x)]);
  if (v instanceof Set) return [...v].map(plain);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
const bookState = (book: SimBook) => JSON.stringify(plain({ sheets: book.sheets.filter((s) => s.name !== SETTINGS_SHEET).map((s) => ({ ...s, mergeIndex: null })), comments: book.comments }));

/** What the pane does on "validate" and "fill" up to the engine: read the active sheet, cut out the table, evaluate. */
async function adapterRun(c: Case, host: Host): Promise<AdapterRun> {
  const { port } = portFor(await bookFor(c), host);
  const snapshot = await port.readActiveSheet();
  const scheme = schemeById(c.scheme);
  const table = locateTable(scheme, snapshot);
  try {
    return { snapshot, table, result: runEvaluation(scheme, table, { params: {}, columns: {} }, "zh-CN").result, error: null };
  } catch (e) {
    if (!(e instanceof PaneError)) throw e;
    return { snapshot, table, result: null, error: e };
  }
}

/** The pane itself (PaneSession over the real adapter on the simulated host), one language, a fresh workbook. */
async function paneSession(c: Case, lang: Lang, host: Host) {
  const book = await bookFor(c);
  const { port } = portFor(book, host);
  const session = new PaneSession(port, lang);
  session.chooseScheme(`preset:${c.scheme}`);
  return { book, port, session };
}

/** SimSheet key of an A1 address with a one-letter column (the corpus sheets are narrower than Z) */
const keyOf = (a1: string) => SimSheet.key(a1.charCodeAt(0) - 65, Number(a1.slice(1)));
const value = (v: unknown) => (typeof v === "number" && Object.is(v, -0) ? 0 : v);
/** A row without its trailing empty cells (the file reader stops at the last cell, the host pads to the used range). */
const trim = (line: RawCell[]) => {
  const out = [...line];
  while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out;
};

/** What the adapter's evaluation says about one row, in cases.json's terms. */
function adapterRow(result: EvaluationResult, rc: RowCase) {
  const i = result.rowNumbers.indexOf(rc.row);
  if (i < 0) return { row: rc.row, missing: true };
  const r = result.row(i);
  const out: Record<string, unknown> = { row: r.row, status: r.status, codes: sorted(r.reasons.map((x) => x.code)) };
  if (rc.warnings) out.warnings = sorted([...r.warnings, ...r.notes].map((x) => x.code));
  if (rc.cell) out.cells = r.reasons.filter((x) => x.columnLetter).map((x) => `${x.columnLetter}${r.row}`);
  if (rc.outputs) out.outputs = Object.fromEntries(Object.keys(rc.outputs).map((k) => [k, value(r.outputs[k]?.value)]));
  if (rc.texts) out.texts = Object.fromEntries(Object.keys(rc.texts).map((k) => [k, r.outputs[k]?.text]));
  return out;
}

function expectedRow(rc: RowCase) {
  const out: Record<string, unknown> = { row: rc.row, status: rc.status, codes: sorted(rc.codes) };
  if (rc.warnings) out.warnings = sorted(rc.warnings);
  if (rc.cell) out.cells = expect.arrayContaining([rc.cell]);
  if (rc.outputs) out.outputs = rc.outputs;
  if (rc.texts) out.texts = rc.texts;
  return out;
}

/** A grid as Excel's `values` shows it: Date cells as 1900-system serials, empty as null, no trailing empty rows. */
function square(grid: RawCell[][]): (string | number | boolean | null)[][] {
  const width = Math.max(0, ...grid.map((l) => (l ?? []).length));
  const excel = (v: RawCell) => (v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000 : v === undefined || v === "" ? null : v);
  const rows = grid.map((l) => Array.from({ length: width }, (_, c) => excel((l ?? [])[c])));
  while (rows.length && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return rows;
}

const engine = new Map<string, EngineRun>();
const cliDocs = new Map<string, { code: number; doc: JsonDocument | null; stderr: string }>();
const adapter = new Map<string, AdapterRun>();
const runKey = (host: Host, id: string) => `${host}:${id}`;

beforeAll(async () => {
  for (const c of CASES) {
    engine.set(c.id, await engineRun(c));
    const r = await jiliInProcess(["validate", fileOf(c), "--scheme", c.scheme, "--json"]);
    cliDocs.set(c.id, { code: r.code, doc: r.code === 2 ? null : (JSON.parse(r.stdout) as JsonDocument), stderr: r.stderr });
    for (const [, host] of HOSTS) adapter.set(runKey(host, c.id), await adapterRun(c, host));
  }
});

describe.each(HOSTS)("%s", (_hostName, host) => {
describe.each(CASES.map((c) => [c.id, c] as [string, Case]))("%s", (_id, c) => {
  const sure = c.rows.filter((r) => !r.gap);
  const gaps = c.rows.filter((r) => r.gap);
  const stopsLikeTheCli = c.exit === 2;

  test(`${c.kind}: the adapter reads the sheet where the CLI reads it, and hands the engine the same cells`, () => {
    const a = adapter.get(runKey(host, c.id))!;
    const e = engine.get(c.id)!;
    expect({ sheet: a.table.sheet, headerRow: a.table.headerRow + 1 }).toEqual({ sheet: c.sheet, headerRow: c.headerRow });
    expect(a.table.rowNumbers).toEqual(c.rows.map((r) => r.row));
    for (const skipped of c.skippedRows ?? []) expect(a.table.rowNumbers).not.toContain(skipped);
    expect(trim(a.table.headers)).toEqual(trim(e.table.headers));
    expect(a.table.rows.map(trim)).toEqual(e.table.rows.map(trim));
  });

  if (stopsLikeTheCli) {
    test("the pane stops before evaluating, as the CLI does (exit 2): the header row and the missing columns named in both languages", () => {
      const a = adapter.get(runKey(host, c.id))!;
      expect(a.result).toBeNull();
      expect(a.error?.code).toBe("MISSING_COLUMNS");
      // cases.json's stderr lines are the CLI's zh-CN and en-US messages
      const [zh, en] = c.stderr!;
      expect(a.error!.text["zh-CN"]).toContain(zh);
      expect(a.error!.text["en-US"]).toContain(en);
      expect(cliDocs.get(c.id)!.stderr).toContain(zh);
    });
  } else {
    test("adapter: each row's status, codes, cell and values (cases.json)", () => {
      const a = adapter.get(runKey(host, c.id))!;
      expect(sure.map((rc) => adapterRow(a.result!, rc))).toEqual(sure.map(expectedRow));
    });

    for (const rc of gaps) {
      test.failing(`adapter gap, row ${rc.row}: ${rc.gap}`, () => {
        expect(adapterRow(adapter.get(runKey(host, c.id))!.result!, rc)).toEqual(expectedRow(rc));
      });
    }

    test("adapter = engine on the CLI's input: every row the same (status, reasons and their cells, warnings, notes, amounts, both explanations)", () => {
      const a = adapter.get(runKey(host, c.id))!.result!;
      const e = engine.get(c.id)!.result;
      expect(a.rowNumbers).toEqual(e.rowNumbers);
      expect(JSON.parse(JSON.stringify(a.rows(true)))).toEqual(JSON.parse(JSON.stringify(e.rows(true))));
    });

    test("adapter = `jili validate --json`: the same rows, codes, warnings and amounts, and the same totals", () => {
      const a = adapter.get(runKey(host, c.id))!.result!;
      const doc = cliDocs.get(c.id)!.doc!;
      const mine = a.rows().map((r) => ({
        row: r.row,
        status: r.status,
        codes: r.reasons.map((x) => x.code),
        warnings: [...r.warnings, ...r.notes].map((x) => x.code),
        outputs: Object.fromEntries(Object.entries(r.outputs).map(([k, o]) => [k, o.value])),
      }));
      const theirs = doc.rows.map((r) => ({ row: r.row, status: r.status, codes: r.codes, warnings: r.warnings, outputs: r.outputs }));
      expect(JSON.parse(JSON.stringify(mine))).toEqual(theirs);
      const counts = a.statusCounts();
      expect(counts).toEqual({ ok: doc.stats.ok, excluded: doc.stats.excluded, invalid: doc.stats.invalid, pending: doc.stats.pending });
    });

    if (c.groups) {
      test("adapter: group totals (cases.json)", () => {
        const a = adapter.get(runKey(host, c.id))!.result!;
        for (const g of c.groups!) {
          const found = a.groups(g.level).find((x) => Object.entries(g.key).every(([k, v]) => x.key[k] === v));
          expect({ level: g.level, key: g.key, outputs: found && Object.fromEntries(Object.keys(g.outputs).map((k) => [k, value(found.outputs[k]?.value)])) }).toEqual(g);
        }
      });
    }
  }

  if (c.hiddenRows) {
    test("hidden and filtered rows: read by the host, evaluated like every row, flagged in the snapshot", () => {
      const a = adapter.get(runKey(host, c.id))!;
      expect(a.snapshot.someRowsHidden).toBe(true);
      for (const r of c.hiddenRows!) expect(a.table.rowNumbers).toContain(r);
      expect(c.hiddenRows!.map((r) => a.result!.row(a.result!.rowNumbers.indexOf(r)).status)).toEqual(c.hiddenRows!.map((r) => c.rows.find((x) => x.row === r)!.status));
    });
  }

  test.each(["zh-CN", "en-US"] as Lang[])("the pane validates in %s: issues grouped by code name every row that is not ok; invalid cells coloured with a note giving the reason", async (lang) => {
    const { book, session } = await paneSession(c, lang, host);
    const before = bookState(book);
    await session.validate();
    const state = session.getState();
    if (stopsLikeTheCli) {
      expect(state.error?.code).toBe("MISSING_COLUMNS");
      expect(state.error!.text[lang]).toContain(c.stderr![lang === "zh-CN" ? 0 : 1]);
      expect(bookState(book)).toBe(before);
      return;
    }
    expect(state.error).toBeNull();
    const v = state.validation!;
    const want = { ok: 0, excluded: 0, invalid: 0, pending: 0 };
    for (const rc of c.rows) want[rc.status]++;
    expect(v.counts).toEqual(want);
    for (const rc of sure.filter((r) => r.status !== "ok")) {
      for (const code of rc.codes) {
        const g = v.groups.find((x) => x.kind === rc.status && x.code === code);
        expect({ row: rc.row, code, listed: g?.cells.some((x) => x.row === rc.row) }).toEqual({ row: rc.row, code, listed: true });
      }
    }
    for (const rc of sure.filter((r) => r.warnings?.length)) {
      for (const code of rc.warnings!) expect(v.groups.find((x) => x.kind === "warning" && x.code === code)?.cells.map((x) => x.row)).toContain(rc.row);
    }
    const sheet = book.sheet(c.sheet)!;
    if (sheet.protected) {
      // a protected sheet is validated but not written: no colour, no note, nothing else
      expect(state.marked).toBe(0);
      expect(bookState(book)).toBe(before);
      return;
    }
    const e = engine.get(c.id)!.result;
    for (const rc of sure.filter((r) => r.status === "invalid" && r.cell)) {
      expect({ cell: rc.cell, fill: sheet.fills.get(keyOf(rc.cell!)) }).toEqual({ cell: rc.cell, fill: MARK_COLOR });
      const reason = e.row(e.rowNumbers.indexOf(rc.row)).reasons.find((x) => `${x.columnLetter}${rc.row}` === rc.cell)!;
      const note = sheet.notes.find((n) => n.address === rc.cell);
      expect(note?.content.startsWith(OWNED_PREFIX)).toBe(true);
      expect(note?.content).toContain(reason.message[lang]);
    }
    // the coloured cells are exactly the cells named by the reasons of invalid rows (the CLI's rows, from the engine)
    const named = e.rows().filter((r) => r.status === "invalid").flatMap((r) => r.reasons.filter((x) => x.columnLetter).map((x) => keyOf(`${x.columnLetter}${r.row}`)));
    expect([...sheet.fills.keys()].sort()).toEqual([...new Set(named)].sort());
  });

  test("the pane fills (zh-CN): the cells `jili fill` writes, or the CLI's refusal with nothing written", async () => {
    const { book, session } = await paneSession(c, "zh-CN", host);
    const before = bookState(book);
    await session.fill();
    const state = session.getState();
    if (stopsLikeTheCli) {
      expect(state.error?.code).toBe("MISSING_COLUMNS");
      expect(bookState(book)).toBe(before);
      return;
    }
    if (c.fillExit === 2) {
      // the protected sheet: the CLI's message in both languages, and the workbook exactly as it was
      expect(state.error?.code).toBe("SHEET_PROTECTED");
      const [zh, en] = c.fillStderr!;
      expect(state.error!.text["zh-CN"]).toContain(zh);
      expect(state.error!.text["en-US"]).toContain(en);
      expect(state.error!.text["zh-CN"]).toContain("未写入任何内容");
      expect(state.error!.text["en-US"]).toContain("Nothing was written");
      expect(bookState(book)).toBe(before);
      const cli = await jiliInProcess(["fill", fileOf(c), "--scheme", c.scheme, "--out", path.join(tmpDir(), "out.xlsx")]);
      expect(cli.code).toBe(2);
      for (const s of c.fillStderr!) expect(cli.stderr).toContain(s);
      return;
    }
    expect(state.error).toBeNull();
    expect(state.stats?.rows).toBe(c.rows.length);

    // what the pane wrote, read back from the sheet: the expected amounts (blank where invalid) and status labels
    const sheet = book.sheet(c.sheet)!;
    const header = sheet.grid()[c.headerRow - 1];
    const statusCol = header.indexOf(`${OWNED_PREFIX}状态`);
    expect(statusCol).toBeGreaterThan(0);
    const e = engine.get(c.id)!;
    const titles = new Map(e.table.part.outputs.row!.map((d) => [d.name, `${OWNED_PREFIX}${d.title["zh-CN"]}`]));
    for (const rc of sure) {
      const status = sheet.get(statusCol, rc.row);
      expect({ row: rc.row, status: String(status).split(":")[0] }).toEqual({ row: rc.row, status: STATUS_LABEL["zh-CN"][rc.status] });
      for (const [name, want] of Object.entries(rc.outputs ?? {})) {
        const got = sheet.get(header.indexOf(titles.get(name)!), rc.row) ?? null;
        expect({ row: rc.row, name, got: value(got) }).toEqual({ row: rc.row, name, got: want as Expected });
      }
    }
    for (const r of c.hiddenRows ?? []) expect(sheet.get(statusCol, r)).toBeDefined();
    expect([...sheet.hiddenRows].sort()).toEqual([...(c.hiddenRows ?? [])].sort());

    if (c.file.endsWith(".xlsx")) {
      // cell for cell what `jili fill` writes: the data sheet and the summary sheet
      const out = path.join(tmpDir(), "out.xlsx");
      const cli = await jiliInProcess(["fill", fileOf(c), "--scheme", c.scheme, "--out", out]);
      expect(cli.code).toBe(c.exit);
      const written = await readXlsx(fs.readFileSync(out));
      expect(square(sheet.grid())).toEqual(square(written.find((s) => s.name === c.sheet)!.cells));
      // the pane's run stamp adds its data hash and clock time, which the CLI's leaves out (same input, same bytes)
      const paneOnly = (grid: RawCell[][]): RawCell[][] => grid.map((line) => line.map((c) => (typeof c === "string" ? c.replace(/(\d+ 行) #[0-9a-f]{8}；计算时间 \S+ \S+$/, "$1") : c)));
      expect(square(paneOnly(book.sheet("Jili汇总")!.grid()))).toEqual(square(written.find((s) => s.name === "Jili汇总")!.cells));
    }
  });
});

});

describe("dates and number formats: the host gives serials and formats, the file reader Dates; both reach the engine alike", () => {
  // A workbook built here: date-formatted numbers in a date column, a text column and a number column, and numbers
  // with formats that are not dates. Expected values are worked out from the rules (C4, C9), not from Jili.
  const HOURLY = ["姓名", "试验日期", "作业时间(小时)", "是否一线作业人员", "是否审核", "是否审批"];
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("工时");
    ws.addRow(HOURLY);
    const put = (r: number, c: number, v: ExcelJS.CellValue, numFmt?: string) => {
      const cell = ws.getCell(r, c);
      cell.value = v;
      if (numFmt) cell.numFmt = numFmt;
    };
    const row = (r: number, name: ExcelJS.CellValue, date: ExcelJS.CellValue, hours: ExcelJS.CellValue) => {
      put(r, 1, name);
      put(r, 2, date);
      put(r, 3, hours);
      for (const c of [4, 5, 6]) put(r, c, "是");
    };
    row(2, "赵一", new Date(Date.UTC(2016, 2, 7)), 3); // a Date cell (yyyy-mm-dd below) in the date column
    put(2, 2, new Date(Date.UTC(2016, 2, 7)), "yyyy-mm-dd");
    row(3, "钱二", 42436, 2); // 2016-03-07 as a serial with a custom Chinese date format
    put(3, 2, 42436, '[$-804]yyyy"年"m"月"d"日"');
    row(4, "孙三", "2016-03-07", 1.5); // hours with a number format that is not a date: 1.5 hours
    put(4, 3, 1.5, '0.00 "小时"');
    row(5, "李四", "2016-03-07", 42436); // hours typed into a date-formatted cell: the cell shows a date, not hours
    put(5, 3, 42436, "yyyy/m/d");
    row(6, 42436, "2016-03-07", 2); // a name column holding a date-formatted number
    put(6, 1, 42436, "m/d/yyyy");
    row(7, "吴六", "2016-03-07", 0.5); // a percentage format is no date
    put(7, 3, 0.5, "0%");
    file = path.join(tmpDir(), "formats.xlsx");
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  });

  async function both() {
    const cli = await jiliInProcess(["validate", file, "--scheme", "rd-assist-hourly", "--json"]);
    const book = bookFromJson(await xlsxToJson(fs.readFileSync(file), "formats.xlsx"));
    const { port } = adapterFor(book);
    const snapshot = await port.readActiveSheet();
    const scheme = schemeById("rd-assist-hourly");
    const table = locateTable(scheme, snapshot);
    const { result } = runEvaluation(scheme, table, { params: {}, columns: {} }, "en-US");
    return { doc: JSON.parse(cli.stdout) as JsonDocument, table, result, book };
  }

  test("the host holds serials with their formats (as Excel's values / numberFormat give them)", async () => {
    const { book } = await both();
    expect(book.active.get(1, 2)).toBe(42436);
    expect(book.active.numberFormats.get(SimSheet.key(1, 2))).toBe("yyyy-mm-dd");
  });

  test("the adapter reads a date-formatted number as the Date it shows, other formats as numbers", async () => {
    const { table } = await both();
    const day = new Date(Date.UTC(2016, 2, 7));
    expect(table.rows[0][1]).toEqual(day);
    expect(table.rows[1][1]).toEqual(day);
    expect(table.rows[2][2]).toBe(1.5);
    expect(table.rows[3][2]).toEqual(day);
    expect(table.rows[4][0]).toEqual(day);
    expect(table.rows[5][2]).toBe(0.5);
  });

  test("statuses and amounts: 40 yuan an hour; a date where hours belong is not a number of hours", async () => {
    const { result } = await both();
    const rows = result.rows().map((r) => ({ row: r.row, status: r.status, codes: r.reasons.map((x) => x.code), pay: r.outputs.pay?.value ?? null }));
    expect(rows).toEqual([
      { row: 2, status: "ok", codes: [], pay: 120 },
      { row: 3, status: "ok", codes: [], pay: 80 },
      { row: 4, status: "ok", codes: [], pay: 60 },
      { row: 5, status: "invalid", codes: ["INVALID_NUMBER"], pay: null },
      { row: 6, status: "ok", codes: [], pay: 80 },
      { row: 7, status: "ok", codes: [], pay: 20 },
    ]);
  });

  test("and `jili validate --json` on the file says the same of every row", async () => {
    const { doc, result } = await both();
    const mine = result.rows().map((r) => ({ row: r.row, status: r.status, codes: r.reasons.map((x) => x.code), warnings: [...r.warnings, ...r.notes].map((x) => x.code), pay: r.outputs.pay?.value ?? null }));
    expect(mine).toEqual(doc.rows.map((r) => ({ row: r.row, status: r.status, codes: r.codes, warnings: r.warnings, pay: r.outputs.pay ?? null })));
  });
});

describe("the 1904 date system (a Mac workbook's option): the host gives serials counted from 1904-01-01", () => {
  // Office.js names the date system nowhere; the adapter asks DATE(1904,1,1), which is 0 in the 1904 system. Values
  // worked out by hand: 2016-01-04 is serial 42373 in the 1900 system and 42373 − 1462 = 40911 in the 1904 one;
  // read as a 1900 serial, 40911 would be 2012-01-03 and every order would fall before the scheme's start.
  // with mobile-retention's three exclusion flags stated (否): the preset has no default for them (issue 17)
  const HEADERS = ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", ...MOBILE_FLAG_HEADERS];
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    (wb.properties as { date1904?: boolean }).date1904 = true;
    const ws = wb.addWorksheet("明细");
    ws.addRow(HEADERS);
    ws.addRow(["王丽", "营业员", new Date(Date.UTC(2016, 0, 4)), "到期目标客户", "是", ...MOBILE_FLAG_VALUES]);
    ws.addRow(["李强", "营业员", new Date(Date.UTC(2015, 11, 31)), "到期目标客户", "是", ...MOBILE_FLAG_VALUES]);
    for (const r of [2, 3]) ws.getCell(r, 3).numFmt = "yyyy-mm-dd";
    file = path.join(tmpDir(), "date1904.xlsx");
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  });

  async function paneRead(date1904: boolean) {
    const book = bookFromJson(await xlsxToJson(fs.readFileSync(file), "date1904.xlsx"));
    const serial = book.active.get(2, 2);
    book.date1904 = date1904;
    const snapshot = await adapterFor(book).port.readActiveSheet();
    return { serial, snapshot };
  }

  test("the host holds 1904 serials, and the adapter reads them as the dates they show", async () => {
    const { serial, snapshot } = await paneRead(true);
    expect(serial).toBe(40911);
    expect(snapshot.cells[1][2]).toEqual(new Date(Date.UTC(2016, 0, 4)));
    expect(snapshot.cells[2][2]).toEqual(new Date(Date.UTC(2015, 11, 31)));
  });

  test("a host in the 1900 system reads the same serial four years earlier (the check above can fail)", async () => {
    const { snapshot } = await paneRead(false);
    expect(snapshot.cells[1][2]).toEqual(new Date(Date.UTC(2012, 0, 3)));
  });

  test("the pane and `jili validate --json` give each row the same status: 2016-01-04 counts, 2015-12-31 is before the scheme", async () => {
    const { snapshot } = await paneRead(true);
    const scheme = schemeById("mobile-retention");
    const { result } = runEvaluation(scheme, locateTable(scheme, snapshot), { params: {}, columns: {} }, "zh-CN");
    const mine = result.rows().map((r) => ({ row: r.row, status: r.status, codes: r.reasons.map((x) => x.code) }));
    expect(mine).toEqual([
      { row: 2, status: "ok", codes: [] },
      { row: 3, status: "excluded", codes: ["BEFORE_EFFECTIVE_DATE"] },
    ]);
    const cli = JSON.parse((await jiliInProcess(["validate", file, "--scheme", "mobile-retention", "--json"])).stdout) as JsonDocument;
    expect(cli.rows.map((r) => ({ row: r.row, status: r.status, codes: r.codes }))).toEqual(mine);
  });
});

describe("a protected sheet and a protected workbook structure on the host", () => {
  // with mobile-retention's three exclusion flags stated (否): the preset has no default for them (issue 17)
  const rows = [
    ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", ...MOBILE_FLAG_HEADERS],
    ["王丽", "营业员", "2016-01-04", "到期目标客户", "是", ...MOBILE_FLAG_VALUES],
    ["李强", "网格经理", "2016-01-05", "非到期目标客户", "是", ...MOBILE_FLAG_VALUES],
    ["张伟", null, "2016-01-06", "到期目标客户", "是", ...MOBILE_FLAG_VALUES], // 岗位 blank: invalid, a cell the pane would colour
  ];
  const bookWith = (protect: { sheet?: boolean; structure?: boolean }) => {
    const book = new SimBook("订单");
    book.active.put(rows);
    book.active.protected = !!protect.sheet;
    book.structureProtected = !!protect.structure;
    return book;
  };

  test("the host itself refuses a change to a protected sheet (AccessDenied), so the adapter must look first", async () => {
    const book = bookWith({ sheet: true });
    const { port } = adapterFor(book);
    await expect(port.selectCell("订单", "A1")).resolves.toBeUndefined();
    const before = bookState(book);
    // a write straight through the host, bypassing the adapter's check
    await expect(
      simRun(book)(async (ctx) => {
        ctx.workbook.worksheets.getItem("订单").getRange("F1").values = [["x"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(bookState(book)).toBe(before);
  });

  test("protected sheet: validate lists the issues but colours and annotates nothing; fill says so in both languages and writes nothing", async () => {
    const book = bookWith({ sheet: true });
    const { port } = adapterFor(book);
    const session = new PaneSession(port, "en-US");
    session.chooseScheme("preset:mobile-retention");
    const before = bookState(book);
    await session.validate();
    expect(session.getState().error).toBeNull();
    expect(session.getState().validation?.counts).toEqual({ ok: 2, excluded: 0, invalid: 1, pending: 0 });
    expect(session.getState().validation?.groups.map((g) => [g.code, g.cells.map((x) => x.address)])).toEqual([["MISSING_VALUE", ["B4"]]]);
    expect(session.getState().marked).toBe(0);
    expect(bookState(book)).toBe(before);
    await session.fill();
    const error = session.getState().error!;
    expect(error.code).toBe("SHEET_PROTECTED");
    expect(error.text["zh-CN"]).toBe("「订单」工作表受保护，Jili 不会写入受保护的工作表。请先在 Excel 中撤销工作表保护（审阅 → 撤销工作表保护）再试。未写入任何内容。");
    expect(error.text["en-US"]).toBe("The sheet 订单 is protected; Jili does not write into a protected sheet. Unprotect it in Excel (Review → Unprotect Sheet) and try again. Nothing was written.");
    expect(bookState(book)).toBe(before);
  });

  test("protected structure: the summary sheet cannot be added, so nothing is written, not even the data sheet's columns", async () => {
    const book = bookWith({ structure: true });
    const { port } = adapterFor(book);
    const session = new PaneSession(port, "zh-CN");
    session.chooseScheme("preset:mobile-retention");
    const before = bookState(book);
    await session.fill();
    const error = session.getState().error!;
    expect(error.code).toBe("WORKBOOK_PROTECTED");
    expect(error.text["zh-CN"]).toContain("工作簿结构受保护，无法添加或替换汇总表「Jili汇总」");
    expect(error.text["en-US"]).toContain("The workbook's structure is protected, so the summary sheet Jili汇总 cannot be added or replaced");
    expect(bookState(book)).toBe(before);
  });
});

describe("Jili's summary sheet: the pane and the CLI treat the same sheets as Jili's", () => {
  // The CLI knows its summary sheet by name (Jili汇总 / Jili Summary) and replaces it, whichever language wrote it.
  // The pane knows the sheet it made by the id in the workbook's settings and replaces that one without asking; a
  // sheet with one of those names that it did not make is replaced only after the user confirms (docs/bad-input.md).
  const file = () => path.join(__dirname, "..", "fixtures", "bad", "hidden-filtered.xlsx");

  test("a workbook filled by `jili fill` in zh-CN, filled again by the pane in en-US: the CLI's Jili汇总 is asked about, then replaced by Jili Summary", async () => {
    const out = path.join(tmpDir(), "filled.xlsx");
    expect((await jiliInProcess(["fill", file(), "--scheme", "mobile-retention", "--out", out])).code).toBe(0);
    const book = bookFromJson(await xlsxToJson(fs.readFileSync(out), "filled.xlsx"));
    book.activate(book.sheet("订单")!);
    expect(book.sheets.map((s) => s.name)).toEqual(["订单", "Jili汇总"]);
    const { port } = adapterFor(book);
    const session = new PaneSession(port, "en-US");
    session.chooseScheme("preset:mobile-retention");
    await session.fill();
    expect(session.getState().conflicts).toEqual([{ kind: "sheet", sheet: "Jili汇总", address: "Jili汇总", canOverwrite: true }]);
    expect(book.sheets.map((s) => s.name)).toEqual(["订单", "Jili汇总"]);
    await session.confirmOverwrite();
    expect(session.getState().error).toBeNull();
    // one summary sheet, as `jili fill --lang en-US` leaves (it renames the earlier one)
    expect(book.sheets.map((s) => s.name)).toEqual(["订单", "Jili Summary"]);
    const again = path.join(tmpDir(), "again.xlsx");
    expect((await jiliInProcess(["fill", out, "--scheme", "mobile-retention", "--lang", "en-US", "--out", again])).code).toBe(0);
    expect((await readXlsx(fs.readFileSync(again))).map((s) => s.name)).toEqual(["订单", "Jili Summary"]);
  });

  test("the pane's own summary sheet (recorded by id) is replaced without asking, in whichever language it was written", async () => {
    const book = bookFromJson(await xlsxToJson(fs.readFileSync(file()), "hidden-filtered.xlsx"));
    book.activate(book.sheet("订单")!);
    const { port, settings } = adapterFor(book);
    const zh = new PaneSession(port, "zh-CN");
    zh.chooseScheme("preset:mobile-retention");
    await zh.fill();
    expect(book.sheets.map((s) => s.name)).toEqual(["订单", "Jili汇总"]);
    const en = new PaneSession(port, "en-US");
    en.setLang("en-US");
    en.chooseScheme("preset:mobile-retention");
    await en.fill();
    expect(en.getState().conflicts).toBeNull();
    expect(book.sheets.map((s) => s.name)).toEqual(["订单", "Jili Summary"]);
    expect(settings.get("jili.summarySheetId")).toBe(book.sheet("Jili Summary")!.id);
  });
});
