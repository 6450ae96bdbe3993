import { SETTINGS_SHEET } from "../../src/excel/settings";
import type { SimBook, SimSheet } from "../../src/preview/excelSim";

const sorted = <T>(entries: Iterable<[string | number, T]>) => [...entries].map(([k, v]) => [String(k), v] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const set = (s: Set<string>) => [...s].sort();

/** Everything a cell, a column or a sheet holds in the simulation: values, formulas, every format, notes, charts, layout. */
function sheetState(s: SimSheet) {
  return {
    name: s.name,
    cells: sorted(s.cells),
    formulas: set(s.formulas),
    numberFormats: sorted(s.numberFormats),
    fills: sorted(s.fills),
    bold: set(s.bold),
    italic: set(s.italic),
    fontSizes: sorted(s.fontSizes),
    fontColors: sorted(s.fontColors),
    wrapped: set(s.wrapped),
    hAlign: sorted(s.hAlign),
    vAlign: sorted(s.vAlign),
    borders: sorted([...s.borders].map(([k, v]) => [k, [...v].sort()] as [string, string[]])),
    widths: sorted(s.widths),
    merges: s.merges,
    notes: [...s.notes].sort((a, b) => (a.address < b.address ? -1 : 1)),
    charts: s.charts,
    frozenRows: s.frozenRows,
    hiddenRows: [...s.hiddenRows].sort(),
    tables: s.tables,
    pageLayout: s.pageLayout,
    pageBreaks: s.pageBreaks,
    protected: s.protected,
    veryHidden: s.veryHidden,
  };
}

/**
 * The whole workbook as plain data, sheets in their order, to compare before and after. Jili's very hidden settings
 * sheet is left out: it holds the saved scheme (the clerk's choice, kept by "Remove Jili output"), not output.
 */
export function bookSnapshot(book: SimBook) {
  return {
    sheets: book.sheets.filter((s) => s.name !== SETTINGS_SHEET).map(sheetState),
    comments: [...book.comments].sort((a, b) => (a.address < b.address ? -1 : 1)),
    structureProtected: book.structureProtected,
  };
}
