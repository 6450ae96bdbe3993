// Statements longer than one sheet, written by a host's adapter (Excel's or WPS's, each on its simulated host): the
// same checks for both, so the two adapters keep the same rules for names, records, re-runs, cancel and removal.
import { buildFillPlan, buildStatements, evaluate, layoutStatements, SHEET_MAX_ROWS, splitStatementSheet, StatementSheet } from "../../src/engine";
import { recordedStatements, STATEMENTS_MORE_SETTING } from "../../src/excel/statementsRecord";
import type { WorkbookPort } from "../../src/excel/port";
import type { SettingsLike } from "../../src/excel/settings";
import { STATEMENTS_SETTING, type StatementsOutcome, type StatementsPort } from "../../src/excel/statements";
import type { SimBook, SimSheet } from "../../src/preview/excelSim";
import { PaneSession } from "../../src/taskpane/controller/session";
import { getPreset } from "../../src/schemes";
import { bigSheet } from "./data";
import { removeAll } from "./removeScenario";
import type { Cell } from "./types";

export interface HostPorts {
  book: SimBook;
  statements: StatementsPort;
  settings: SettingsLike;
  port: WorkbookPort;
}

/** 400 rows of 400 people (one each), laid out as one statements sheet, and that sheet cut at 150 statements a sheet. */
export function severalSheets(): { whole: StatementSheet; parts: StatementSheet[] } {
  const cells = bigSheet(400);
  const scheme = getPreset("mobile-retention")!;
  const table = { headers: cells[0], rows: cells.slice(1), rowNumbers: cells.slice(1).map((_, i) => i + 2) };
  const result = evaluate(scheme, table);
  const whole = layoutStatements(buildStatements(result, table, "zh-CN", { plan: buildFillPlan(result, "zh-CN"), source: "明细" }));
  const parts = splitStatementSheet(whole, undefined, SHEET_MAX_ROWS, 150);
  if (!Array.isArray(parts)) throw new Error("the layout was not cut");
  return { whole, parts };
}

/** Every value of a sheet's first `rows` rows and `width` columns, empty cells null. */
function valuesOf(ws: SimSheet, rows: number, width: number): (Cell | null)[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => ws.get(c, r + 1) ?? null));
}

/** The layout's values as a host would show them: empty text and no cell alike null. */
function layoutValues(sheet: StatementSheet): (Cell | null)[][] {
  return sheet.rows.map((line) => Array.from({ length: sheet.columnWidths.length }, (_, c) => {
    const v = line[c]?.value;
    return v === null || v === undefined || v === "" ? null : (v as Cell);
  }));
}

/**
 * Runs the checks on a host; `ports()` gives a new book's ports with a sheet of the user's named `Jili·个人明细 (2)`;
 * `byName`: the host records sheets by name (WPS), not by id (Excel).
 */
export async function checkSeveralSheets(ports: () => HostPorts, byName: boolean): Promise<void> {
  const { whole, parts } = severalSheets();
  // 400 statements at most 150 a sheet: 150, 150 and 100
  expect(parts.map((p) => p.blocks.length)).toEqual([150, 150, 100]);
  const { book, statements, settings, port } = ports();
  const users = book.sheet("Jili·个人明细 (2)")!;
  const usersCells = users.grid();
  const progress: number[] = [];
  const done = (await statements.writeStatements(parts, { onProgress: (p) => progress.push(p.done) })) as Extract<StatementsOutcome, { status: "done" }>;
  // the user's sheet keeps its name and cells; Jili's sheets take the next free names, in order
  expect(done).toMatchObject({ status: "done", sheet: "Jili·个人明细", sheets: ["Jili·个人明细", "Jili·个人明细 (3)", "Jili·个人明细 (4)"], renamed: false });
  expect(users.grid()).toEqual(usersCells);
  // read back in order, the sheets hold the uncut layout's rows, each its own page breaks before its statements
  const written = done.sheets.map((n) => book.sheet(n)!);
  const W = whole.columnWidths.length;
  expect(written.flatMap((ws, i) => valuesOf(ws, parts[i].rows.length, W))).toEqual(layoutValues(whole));
  written.forEach((ws, i) => expect(ws.bounds(true)!.bottom).toBe(parts[i].rows.length));
  expect(written.map((ws) => ws.pageBreaks.length)).toEqual([149, 149, 99]);
  // progress counts the rows of all the sheets, to the last
  expect(progress[progress.length - 1]).toBe(whole.rows.length);
  expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  // the record: the first sheet's key alone under the key every version of Jili reads (a string, as one sheet's
  // record always was), the two after it as a list under a key of their own
  const keysOf = () => written.map((ws) => (byName ? ws.name : ws.id));
  expect(settings.get(STATEMENTS_SETTING)).toBe(keysOf()[0]);
  expect(settings.get(STATEMENTS_MORE_SETTING)).toEqual(keysOf().slice(1));
  const statementSheets = () => book.sheets.filter((s) => s.name.startsWith("Jili·个人明细") && s !== users);

  // cancelled while the second sheet is written: the third is never added (no empty sheet is left), the two made
  // are recorded, and the rows written count both sheets' (the last progress reported)
  const seen: number[] = [];
  const token = { cancelled: false };
  const cancelled = await statements.writeStatements(parts, { cancel: token, onProgress: (p) => (seen.push(p.done), (token.cancelled = p.done > parts[0].rows.length)) });
  expect(cancelled.status).toBe("cancelled");
  expect(statementSheets().map((s) => s.name)).toEqual(["Jili·个人明细", "Jili·个人明细 (3)"]);
  expect(statementSheets().every((s) => (s.bounds(true)?.bottom ?? 0) > 0)).toBe(true);
  expect(recordedStatements(settings)).toHaveLength(2);
  const rowsWritten = (cancelled as Extract<StatementsOutcome, { status: "cancelled" }>).rowsWritten;
  expect(rowsWritten).toBe(seen[seen.length - 1]);
  expect(rowsWritten).toBeGreaterThan(parts[0].rows.length);
  expect(statementSheets()[1].bounds(true)!.bottom).toBe(rowsWritten - parts[0].rows.length);

  // cancelled just as the first sheet is done: the second is never added
  const atEnd = { cancelled: false };
  const first = await statements.writeStatements(parts, { cancel: atEnd, onProgress: (p) => (atEnd.cancelled = p.done === parts[0].rows.length) });
  expect(first).toMatchObject({ status: "cancelled", rowsWritten: parts[0].rows.length });
  expect(statementSheets().map((s) => s.name)).toEqual(["Jili·个人明细"]);
  expect(recordedStatements(settings)).toHaveLength(1);
  expect(settings.get(STATEMENTS_MORE_SETTING) ?? null).toBeNull();

  // cancelled before anything is written: nothing changes, the sheets there and their record stay
  await statements.writeStatements(parts);
  const kept = recordedStatements(settings);
  const before = await statements.writeStatements(parts, { cancel: { cancelled: true } });
  expect(before).toMatchObject({ status: "cancelled", rowsWritten: 0 });
  expect(statementSheets().map((s) => s.name)).toEqual(["Jili·个人明细", "Jili·个人明细 (3)", "Jili·个人明细 (4)"]);
  expect(recordedStatements(settings)).toEqual(kept);
  // again as one sheet: the three are gone, one is recorded (a string), the list is gone
  const one = (await statements.writeStatements([parts[0]])) as Extract<StatementsOutcome, { status: "done" }>;
  expect(one.sheets).toEqual(["Jili·个人明细"]);
  expect(book.sheets.filter((s) => s.name.startsWith("Jili·个人明细")).map((s) => s.name)).toEqual(["Jili·个人明细 (2)", "Jili·个人明细"]);
  expect(typeof settings.get(STATEMENTS_SETTING)).toBe("string");
  expect(settings.get(STATEMENTS_MORE_SETTING) ?? null).toBeNull();

  // several again, then "Remove Jili output" removes every one of them and nothing of the user's
  await statements.writeStatements(parts);
  const { asked, state } = await removeAll(new PaneSession(port, "zh-CN"));
  expect(state.error).toBeNull();
  expect(asked?.sheets).toEqual(["Jili·个人明细", "Jili·个人明细 (3)", "Jili·个人明细 (4)"]);
  expect(book.sheets.filter((s) => s.name.startsWith("Jili·个人明细")).map((s) => s.name)).toEqual(["Jili·个人明细 (2)"]);
  expect(book.sheet("Jili·个人明细 (2)")!.grid()).toEqual(usersCells);
  expect(settings.get(STATEMENTS_SETTING) ?? null).toBeNull();
  expect(settings.get(STATEMENTS_MORE_SETTING) ?? null).toBeNull();
}
