import * as fs from "fs";
import * as path from "path";
import { evaluate, EvaluationResult, SchemeDocument } from "../../src/engine";
import { DataTable, readInput, selectTable } from "../../src/cli/input";
import { resolveScheme } from "../../src/cli/scheme";
import { FIXTURES } from "../cli/helpers";

/** test/fixtures/bad/cases.json: the expected outcome of each corpus workbook, typed by hand (see its $comment). */
export const BAD = path.join(FIXTURES, "bad");

export type Expected = number | string | boolean | null;

export interface RowCase {
  row: number;
  status: "ok" | "excluded" | "invalid" | "pending";
  codes: string[];
  warnings?: string[];
  /** column letter + row the reason must name */
  cell?: string;
  outputs?: Record<string, Expected>;
  texts?: Record<string, string>;
  normalised?: string;
  why?: string;
  /** an expectation the code does not meet yet (a test.failing) */
  gap?: string;
}

export interface FunctionCase {
  fn: string;
  args: unknown[];
  expect: number | string | { error: string; contains: string[] };
  why?: string;
  gap?: string;
}

export interface Case {
  id: string;
  kind: string;
  file: string;
  scheme: string;
  sheet: string;
  headerRow: number;
  exit: number;
  fillExit?: number;
  fillStderr?: string[];
  stderr?: string[];
  missingColumns?: string[];
  hiddenRows?: number[];
  skippedRows?: number[];
  rows: RowCase[];
  groups?: { level: string; key: Record<string, string>; outputs: Record<string, Expected> }[];
  functions?: FunctionCase[];
}

export const CASES: Case[] = (JSON.parse(fs.readFileSync(path.join(BAD, "cases.json"), "utf8")) as { cases: Case[] }).cases;

export const fileOf = (c: Case) => path.join(BAD, c.file);

export interface EngineRun {
  scheme: SchemeDocument;
  table: DataTable;
  result: EvaluationResult;
}

/** The engine on what the command line reads: the same sheet, header row and rows. */
export async function engineRun(c: Case): Promise<EngineRun> {
  const scheme = resolveScheme(c.scheme);
  const input = await readInput(fileOf(c));
  const table = selectTable(scheme, input, {});
  const result = evaluate(scheme, { headers: table.headers, rows: table.rows, rowNumbers: table.rowNumbers }, { part: table.part.id });
  return { scheme, table, result };
}

export const sorted = (xs: string[]) => [...xs].sort();
