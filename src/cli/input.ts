import * as fs from "fs";
import * as path from "path";
import { DataTable, locateInWorkbook, SchemeDocument, SUMMARY_SHEET_NAMES } from "../engine";
import { CliError } from "./messages";
import { CsvEncoding, readCsv } from "./readCsv";
import { readXlsx, SheetCells } from "./readXlsx";

export type InputKind = "xlsx" | "csv";

export interface InputFile {
  file: string;
  kind: InputKind;
  /** the file's bytes, kept for writing: an .xlsx is patched, never rebuilt */
  bytes: Buffer;
  sheets: SheetCells[];
  encoding?: CsvEncoding;
}

/** The table Jili evaluates: where it sits in the file and what the engine gets (cut by the engine's rule). */
export type { DataTable };

/** Re-exported for the writer (src/cli/xlsx/fill.ts): the names of Jili's summary sheet in every language. */
export { SUMMARY_SHEET_NAMES };

export function kindOf(file: string): InputKind | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".csv" || ext === ".txt") return "csv";
  return null;
}

export async function readInput(file: string): Promise<InputFile> {
  const kind = kindOf(file);
  if (!kind) throw new CliError("fileType", { file });
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError("fileMissing", { file });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new CliError("fileUnreadable", { file, detail: (e as Error).message });
  }
  if (kind === "csv") {
    const { cells, encoding } = readCsv(bytes);
    return { file, kind, bytes, sheets: [{ name: path.basename(file, path.extname(file)), cells }], encoding };
  }
  try {
    return { file, kind, bytes, sheets: await readXlsx(bytes) };
  } catch (e) {
    throw new CliError("fileUnreadable", { file, detail: (e as Error).message });
  }
}

/** Picks the sheet (the one naming most fields unless `--sheet`), the part and the header row, by the engine's rule. */
export function selectTable(scheme: SchemeDocument, input: InputFile, opts: { sheet?: string; part?: string }): DataTable {
  return locateInWorkbook(scheme, input.sheets, { sheet: opts.sheet, part: opts.part, csv: input.kind === "csv", file: input.file });
}
