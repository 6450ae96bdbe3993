import * as fs from "fs";
import * as path from "path";
import { assembleTable, DataTable, locateInWorkbook, SchemeDocument, SUMMARY_SHEET_NAMES } from "../engine";
import { LegacyBook, readLegacy } from "./legacy/readLegacy";
import { Container, formatName, sniff } from "./legacy/sniff";
import { CliError } from "./messages";
import { CsvEncoding, readCsv } from "./readCsv";
import { readXlsx, SheetCells } from "./readXlsx";
import { startXmlThreadEarly } from "./xlsx/xmlThread";

/** xlsx: an OOXML package (patched by `fill`); legacy: .xls/.xlsb/.ods/.et (`fill` writes a new .xlsx); csv */
export type InputKind = "xlsx" | "legacy" | "csv";

export interface InputFile {
  file: string;
  kind: InputKind;
  /** the file's bytes, kept for writing: an .xlsx is patched, never rebuilt */
  bytes: Buffer;
  sheets: SheetCells[];
  encoding?: CsvEncoding;
  /** a legacy workbook as SheetJS read it, and its format's name */
  legacy?: { book: LegacyBook["book"]; format: string };
}

/** The table Jili evaluates: where it sits in the file and what the engine gets (cut by the engine's rule). */
export type { DataTable };

/** Re-exported for the writer (src/cli/xlsx/fill.ts): the names of Jili's summary sheet in every language. */
export { SUMMARY_SHEET_NAMES };

/** extensions of the workbooks read through SheetJS (what they hold is told from their content) */
const LEGACY_EXTENSIONS = [".xls", ".xlsb", ".ods", ".et"];

export function kindOf(file: string): InputKind | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (LEGACY_EXTENSIONS.includes(ext)) return "legacy";
  if (ext === ".csv" || ext === ".txt") return "csv";
  return null;
}

/** A workbook from this size on has shared strings or a sheet large enough for the XML thread. */
const XML_THREAD_FILE_BYTES = 512 * 1024;

/**
 * Starts the XML thread while the scheme is loaded, when `file` is a workbook large enough to need it (xmlThread.ts
 * startXmlThreadEarly); nothing for anything else, or a file that cannot be read (readInput says why).
 */
export function warmForInput(file: string): void {
  const kind = kindOf(file);
  if (kind !== "xlsx") return;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat && stat.isFile() && stat.size >= XML_THREAD_FILE_BYTES) startXmlThreadEarly();
}

export async function readInput(file: string): Promise<InputFile> {
  const kind = kindOf(file);
  if (!kind) throw new CliError("fileTypeRead", { file });
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
  return readWorkbookFile(file, bytes, sniff(bytes));
}

/** A workbook file by what its content is (an .xls that is really an .xlsx is read as one, and the reverse). */
async function readWorkbookFile(file: string, bytes: Buffer, container: Container): Promise<InputFile> {
  if (container === "encrypted") throw new CliError("encrypted", {});
  let input: InputFile;
  if (container === "xlsx") {
    try {
      input = { file, kind: "xlsx", bytes, sheets: await readXlsx(bytes) };
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError("fileUnreadable", { file, detail: (e as Error).message });
    }
  } else {
    const format = container === "unknown" ? path.extname(file).toLowerCase() : formatName(container);
    const { sheets, book } = readLegacy(file, bytes, container);
    input = { file, kind: "legacy", bytes, sheets, legacy: { book, format } };
  }
  // a workbook none of whose sheets could be read is said to be that, not "no header row"
  if (!input.sheets.length) throw new CliError("noSheetsRead", { file });
  return input;
}

/** Picks the sheet (the one naming most fields unless `--sheet`), the part and the header row, by the engine's rule. */
export function selectTable(scheme: SchemeDocument, input: InputFile, opts: { sheet?: string[]; part?: string }): DataTable {
  const { main, tables } = sheetChoices(scheme, opts.sheet ?? []);
  const table = locateInWorkbook(scheme, input.sheets, { sheet: main, part: opts.part, csv: input.kind === "csv", file: input.file });
  return assembleTable(scheme, table, input.kind === "csv" ? [] : input.sheets, { tableSheets: tables });
}

/**
 * `--sheet 数据` names the main table's sheet, `--sheet targets=指标` the sheet of a joined table (by its id in the
 * scheme); a name holding `=` whose left side is no table id is a sheet name as written.
 */
export function sheetChoices(scheme: SchemeDocument, given: string[]): { main?: string; tables: Record<string, string> } {
  const ids = new Set(scheme.parts.flatMap((p) => (p.tables ?? []).map((t) => t.id)));
  const tables: Record<string, string> = {};
  let main: string | undefined;
  for (const g of given) {
    const at = g.indexOf("=");
    if (at > 0 && ids.has(g.slice(0, at).trim())) tables[g.slice(0, at).trim()] = g.slice(at + 1).trim();
    else main = g;
  }
  return { main, tables };
}
