// Et.Application, Et.Workbook and Et.Sheets over a simulated book: what `window.Application` is in the WPS preview.
import type { SimBook } from "../excelSim/book";
import { etError, etExpose, etRaw } from "./guard";
import { etRange } from "./range";
import { etApplicationState, etWorksheet } from "./worksheet";

/** One proxy per sheet, so the adapter can compare the sheets it is given. */
function worksheets(book: SimBook, touch: () => void) {
  const cache = new Map<object, object>();
  return (sheet: SimBook["active"]) => {
    let ws = cache.get(sheet);
    if (!ws) cache.set(sheet, (ws = etWorksheet(book, sheet, touch)));
    return ws;
  };
}

/**
 * The WPS 表格 application over a simulated workbook: synchronous, 1-based Item, Value2 as rows of values with dates as
 * serial numbers, errors thrown as plain Errors with COM's HRESULT; any member not in ET_SURFACE throws EtNotImplemented.
 */
export function etApplication(book: SimBook) {
  let pending = false;
  // one redraw of the preview after a run of synchronous calls
  const touch = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      book.changed();
    });
  };
  const sheetOf = worksheets(book, touch);
  const state = etApplicationState(book);
  const sheets = etExpose("Sheets", {
    get Count() {
      return book.sheets.length;
    },
    Item(index: number | string) {
      const s = typeof index === "number" ? book.sheets[index - 1] : book.sheets.find((x) => x.name.toLowerCase() === String(index).toLowerCase());
      if (!s) throw etError(`Sheets.Item: no sheet ${index}`);
      return sheetOf(s);
    },
    Add(before: unknown, after: unknown) {
      if (book.structureProtected) throw etError("The workbook structure is protected");
      if (before !== undefined) throw etError("Sheets.Add: the simulation adds after a sheet only");
      const anchor = book.sheets.find((s) => sheetOf(s) === after || etRaw(sheetOf(s)) === etRaw(after));
      if (!anchor) throw etError("Sheets.Add: After is not a sheet of this workbook");
      let n = book.sheets.length + 1;
      while (book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      const added = book.addSheet(`Sheet${n}`);
      book.sheets = book.sheets.filter((s) => s !== added);
      book.sheets.splice(book.sheets.indexOf(anchor) + 1, 0, added);
      book.activate(added);
      touch();
      return sheetOf(added);
    },
  });
  const workbook = etExpose("Workbook", {
    Sheets: sheets,
    get ActiveSheet() {
      return sheetOf(book.active);
    },
    get Date1904() {
      return book.date1904;
    },
    get ProtectStructure() {
      return book.structureProtected;
    },
  });
  const window = etExpose("Window", {
    get SplitRow() {
      return state.splitRow;
    },
    set SplitRow(v: number) {
      state.splitRow = v;
    },
    get SplitColumn() {
      return state.splitColumn;
    },
    set SplitColumn(v: number) {
      state.splitColumn = v;
    },
    get FreezePanes() {
      return book.active.frozenRows > 0;
    },
    set FreezePanes(v: boolean) {
      if (book.active.protected) throw etError(`The sheet ${book.active.name} is protected`);
      book.active.frozenRows = v ? state.splitRow : 0;
      touch();
    },
  });
  return etExpose("Application", {
    ActiveWorkbook: workbook,
    get ActiveCell() {
      const { col, row } = book.activeCell;
      return etRange({ book, sheet: book.active, areas: [{ left: col, right: col, top: row, bottom: row }], touch });
    },
    ActiveWindow: window,
    get ScreenUpdating() {
      return state.ScreenUpdating;
    },
    set ScreenUpdating(v: boolean) {
      state.ScreenUpdating = v;
    },
    get DisplayAlerts() {
      return state.DisplayAlerts;
    },
    set DisplayAlerts(v: boolean) {
      state.DisplayAlerts = v;
    },
  });
}
