import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const EXAMPLES = path.join(ROOT, "examples");
export const FIXTURES = path.join(ROOT, "test", "fixtures");
const BIN = path.join(ROOT, "bin", "jili.js");

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bin/jili.js` as a subprocess, as a user would. */
export function jili(args: string[], cwd = ROOT): Promise<CliOutcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: "0" } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the same command line in this process (fast; used where many variants are checked). */
export async function jiliInProcess(args: string[]): Promise<CliOutcome> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** Folders made by tmpDir in this test file, removed after its last test (a run left ≈ 9 000 behind). */
const madeDirs: string[] = [];
if (typeof afterAll === "function") {
  afterAll(() => {
    for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
}

export function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jili-cli-"));
  madeDirs.push(dir);
  return dir;
}

export function example(name: string): string {
  return path.join(EXAMPLES, name);
}

/** Loads a workbook with exceljs (read only: for comparing what a user sees). */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

/** 1-based columns of a sheet whose header cell (on any of the first 30 rows) is one of Jili's (`Jili·…`). */
export function jiliColumns(ws: ExcelJS.Worksheet): Set<number> {
  const out = new Set<number>();
  for (let r = 1; r <= Math.min(30, ws.rowCount); r++) ws.getRow(r).eachCell((cell, c) => typeof cell.value === "string" && cell.value.startsWith("Jili·") && out.add(c));
  return out;
}

/**
 * Asserts that every cell of every sheet of `before` is the same in `after` — value (formulas included), style
 * (number format, font, fill, border, alignment, protection), comment and data validation — except the cells of
 * Jili's own columns; and that merges, hidden rows, row heights, column widths outside Jili's columns, auto
 * filters and sheet protection are unchanged. Sheets Jili owns (its summary) are ignored.
 */
export function expectSameOutsideJili(wa: ExcelJS.Workbook, wb: ExcelJS.Workbook, owned: string[] = ["Jili汇总", "Jili Summary"]): void {
  for (const sa of wa.worksheets) {
    if (owned.includes(sa.name)) continue;
    const sb = wb.getWorksheet(sa.name);
    expect(sb).toBeDefined();
    if (!sb) continue;
    const skip = new Set([...jiliColumns(sa), ...jiliColumns(sb)]);
    expect({ sheet: sa.name, merges: sb.model.merges }).toEqual({ sheet: sa.name, merges: sa.model.merges });
    const protection = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: unknown }).sheetProtection;
    expect({ sheet: sa.name, autoFilter: sb.autoFilter, protection: protection(sb), state: sb.state }).toEqual({
      sheet: sa.name,
      autoFilter: sa.autoFilter,
      protection: protection(sa),
      state: sa.state,
    });
    sa.eachRow({ includeEmpty: true }, (row, r) => {
      const other = sb.getRow(r);
      expect({ sheet: sa.name, row: r, hidden: other.hidden, height: other.height, outline: other.outlineLevel }).toEqual({
        sheet: sa.name,
        row: r,
        hidden: row.hidden,
        height: row.height,
        outline: row.outlineLevel,
      });
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (skip.has(c)) return;
        const o = sb.getCell(r, c);
        expect({ ref: `${sa.name}!${cell.address}`, value: o.value, style: o.style, note: o.note, dv: o.dataValidation }).toEqual({
          ref: `${sa.name}!${cell.address}`,
          value: cell.value,
          style: cell.style,
          note: cell.note,
          dv: cell.dataValidation,
        });
      });
    });
    for (let c = 1; c <= sa.columnCount; c++) {
      if (skip.has(c)) continue;
      expect({ sheet: sa.name, col: c, width: sb.getColumn(c).width, hidden: sb.getColumn(c).hidden }).toEqual({ sheet: sa.name, col: c, width: sa.getColumn(c).width, hidden: sa.getColumn(c).hidden });
    }
  }
}
