import { parseAreas } from "../excel/address";
import { Cell, SimBook, SimSheet } from "./excelSim";

/** A workbook as the preview server sends it: what the simulation holds, cells keyed by 0-based column and 1-based row. */
export interface SheetJson {
  name: string;
  cells: [col: number, row: number, value: Cell][];
  /** cells holding a formula (their value is the cached result) */
  formulas?: [col: number, row: number][];
  numberFormats?: [col: number, row: number, format: string][];
  /** solid fills as #RRGGBB */
  fills?: [col: number, row: number, color: string][];
  bold?: [col: number, row: number][];
  /** column widths in points */
  widths?: [col: number, points: number][];
  /** merged areas, A1:B2 */
  merges?: string[];
  notes?: { address: string; content: string }[];
  hiddenRows?: number[];
  /** Excel tables: name and A1 range */
  tables?: { name: string; ref: string }[];
  frozenRows?: number;
}

export interface BookJson {
  /** file name, for the page title */
  name: string;
  sheets: SheetJson[];
  /** name of the active sheet */
  active: string;
  /** the workbook's 1904 date system (date serials in `cells` count from 1904-01-01) */
  date1904?: boolean;
}

export function bookFromJson(json: BookJson): SimBook {
  const book = new SimBook(null);
  for (const sj of json.sheets) {
    const s = book.addSheet(sj.name);
    for (const [c, r, v] of sj.cells) s.cells.set(SimSheet.key(c, r), v);
    for (const [c, r] of sj.formulas ?? []) s.formulas.add(SimSheet.key(c, r));
    for (const [c, r, f] of sj.numberFormats ?? []) s.numberFormats.set(SimSheet.key(c, r), f);
    for (const [c, r, color] of sj.fills ?? []) s.fills.set(SimSheet.key(c, r), color);
    for (const [c, r] of sj.bold ?? []) s.bold.add(SimSheet.key(c, r));
    for (const [c, w] of sj.widths ?? []) s.widths.set(c, w);
    s.merges = (sj.merges ?? []).flatMap(parseAreas);
    s.notes = [...(sj.notes ?? [])];
    for (const r of sj.hiddenRows ?? []) s.hiddenRows.add(r);
    s.tables = (sj.tables ?? []).flatMap((t) => parseAreas(t.ref).map((rect) => ({ name: t.name, rect })));
    s.frozenRows = sj.frozenRows ?? 0;
  }
  if (book.sheets.length === 0) book.addSheet("Sheet1");
  book.date1904 = json.date1904 === true;
  book.activate(book.sheet(json.active) ?? book.sheets[0]);
  return book;
}
