import * as fs from "fs";
import * as path from "path";
import { findHeaderRow, guessPart, isOwnedHeader, LABELS, PartDef, RawCell, SchemeDocument } from "../engine";
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

/** The table Jili evaluates: where it sits in the file and what the engine gets. */
export interface DataTable {
  sheet: string;
  part: PartDef;
  /** 0-based index of the header row in the sheet */
  headerRow: number;
  headers: RawCell[];
  rows: RawCell[][];
  /** sheet row number (1-based) of each data row */
  rowNumbers: number[];
  /** 0-based column → header text of the columns whose header is Jili's own (left out of the evaluation) */
  ownedHeaders: Map<number, string>;
}

export const SUMMARY_SHEET_NAMES = Object.values(LABELS).map((l) => l.summarySheet);

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

function score(cells: RawCell[][], part: PartDef): number {
  const g = findHeaderRow(cells, part);
  return g ? g.requiredMatched * 1000 + g.matched : 0;
}

function isBlank(c: RawCell): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

/** Picks the sheet (the one naming most fields unless `--sheet`), the part and the header row, and cuts out the data. */
export function selectTable(scheme: SchemeDocument, input: InputFile, opts: { sheet?: string; part?: string }): DataTable {
  let sheet: SheetCells | undefined;
  const partOf = (cells: RawCell[][]): PartDef => {
    if (!opts.part) return guessPart(cells, scheme.parts);
    const p = scheme.parts.find((x) => x.id === opts.part);
    if (!p) throw new CliError("unknownPart", { scheme: scheme.id, part: opts.part, parts: scheme.parts.map((x) => x.id).join(", ") });
    return p;
  };
  if (opts.sheet !== undefined) {
    sheet = input.sheets.find((s) => s.name === opts.sheet);
    if (!sheet) throw new CliError("noSheet", { sheet: opts.sheet, sheets: input.sheets.map((s) => s.name).join(", ") });
    if (input.kind === "xlsx" && SUMMARY_SHEET_NAMES.includes(sheet.name)) throw new CliError("ownedSheet", { sheet: sheet.name });
  } else {
    let best = -1;
    for (const s of input.sheets) {
      if (input.kind === "xlsx" && SUMMARY_SHEET_NAMES.includes(s.name)) continue;
      const sc = score(s.cells, partOf(s.cells));
      if (sc > best) {
        best = sc;
        sheet = s;
      }
    }
  }
  if (!sheet) throw new CliError("noHeader", { sheet: input.file, scheme: scheme.id });
  const part = partOf(sheet.cells);
  const guess = findHeaderRow(sheet.cells, part);
  if (!guess) throw new CliError("noHeader", { sheet: sheet.name, scheme: scheme.id });
  const headerCells = sheet.cells[guess.row] ?? [];
  const ownedHeaders = new Map<number, string>();
  headerCells.forEach((h, i) => {
    if (isOwnedHeader(h)) ownedHeaders.set(i, String(h));
  });
  const owned = new Set(ownedHeaders.keys());
  const strip = (line: RawCell[]) => (owned.size ? line.map((c, i) => (owned.has(i) ? null : c)) : line);
  const rows: RawCell[][] = [];
  const rowNumbers: number[] = [];
  for (let r = guess.row + 1; r < sheet.cells.length; r++) {
    const line = strip(sheet.cells[r] ?? []);
    if (line.every(isBlank)) continue;
    rows.push(line);
    rowNumbers.push(r + 1);
  }
  return { sheet: sheet.name, part, headerRow: guess.row, headers: strip(headerCells), rows, rowNumbers, ownedHeaders };
}
