import * as fs from "fs";
import * as path from "path";
import { DataTable, headerScore, isJiliSheet, locateDataTable, PartDef, RawCell, resolvePart, SchemeDocument, SUMMARY_SHEET_NAMES } from "../engine";
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

/** Picks the sheet (the one naming most fields unless `--sheet`), the part and the header row, and cuts out the data. */
export function selectTable(scheme: SchemeDocument, input: InputFile, opts: { sheet?: string; part?: string }): DataTable {
  let sheet: SheetCells | undefined;
  const partOf = (cells: RawCell[][]): PartDef => {
    const p = resolvePart(cells, scheme.parts, opts.part || undefined);
    if (!p) throw new CliError("unknownPart", { scheme: scheme.id, part: String(opts.part), parts: scheme.parts.map((x) => x.id).join(", ") });
    return p;
  };
  // a CSV is never Jili's summary sheet, whatever the file is called
  const isSummary = (s: SheetCells) => input.kind === "xlsx" && isJiliSheet(s.name, s.cells);
  if (opts.sheet !== undefined) {
    sheet = input.sheets.find((s) => s.name === opts.sheet);
    if (!sheet) throw new CliError("noSheet", { sheet: opts.sheet, sheets: input.sheets.map((s) => s.name).join(", ") });
    if (isSummary(sheet)) throw new CliError("ownedSheet", { sheet: sheet.name });
  } else {
    let best = -1;
    for (const s of input.sheets) {
      if (isSummary(s)) continue;
      const sc = headerScore(s.cells, partOf(s.cells));
      if (sc > best) {
        best = sc;
        sheet = s;
      }
    }
  }
  if (!sheet) throw new CliError("noHeader", { sheet: input.file, scheme: scheme.id });
  const located = locateDataTable(sheet.cells, partOf(sheet.cells));
  if (!located) throw new CliError("noHeader", { sheet: sheet.name, scheme: scheme.id });
  return { sheet: sheet.name, ...located };
}
