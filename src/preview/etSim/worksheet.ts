// Et.Worksheet and the sheet-level collections (Comments, PageSetup, HPageBreaks) over a simulated sheet.
import type { SimBook } from "../excelSim/book";
import type { SimSheet } from "../excelSim/sheet";
import { etError, etExpose, etRaw } from "./guard";
import { commentOf, etRange, rangeOf, type RangeRef } from "./range";

const VISIBLE = -1;
const VERY_HIDDEN = 2;

function pageSetup(sheet: SimSheet, touch: () => void) {
  const p = sheet.pageLayout;
  const zoom = () => (p.zoom ??= {});
  const margin = (name: string) => ({
    get: () => p.margins?.options[name] ?? 0,
    set: (v: number) => {
      p.margins ??= { unit: "Points", options: {} };
      p.margins.options[name] = v;
      touch();
    },
  });
  const api = {
    set Orientation(v: number) {
      p.orientation = v === 1 ? "Portrait" : "Landscape";
    },
    set PaperSize(v: number) {
      if (v !== 9) throw etError(`PaperSize: the simulation knows only xlPaperA4 (9), not ${v}`);
      p.paperSize = "A4";
    },
    set Zoom(v: number | false) {
      zoom().scale = v === false ? undefined : v;
    },
    set FitToPagesWide(v: number | false) {
      zoom().horizontalFitToPages = v === false ? undefined : v;
    },
    set FitToPagesTall(v: number | false) {
      zoom().verticalFitToPages = v === false ? undefined : v;
    },
    set CenterHorizontally(v: boolean) {
      p.centerHorizontally = v;
    },
    set CenterFooter(v: string) {
      p.centerFooter = v;
    },
  };
  for (const m of ["Left", "Right", "Top", "Bottom", "Header", "Footer"]) {
    const { get, set } = margin(m.toLowerCase());
    Object.defineProperty(api, `${m}Margin`, { get, set, enumerable: true });
  }
  return etExpose("PageSetup", api);
}

export function etWorksheet(book: SimBook, sheet: SimSheet, touch: () => void): object {
  const ref = (areas: RangeRef["areas"]): RangeRef => ({ book, sheet, areas, touch });
  const live = () => {
    if (!book.sheets.includes(sheet)) throw etError(`The sheet ${sheet.name} was deleted`);
    return sheet;
  };
  return etExpose("Worksheet", {
    get Name() {
      return live().name;
    },
    set Name(v: string) {
      if (!v || v.length > 31 || /[\\/?*[\]:]/.test(v)) throw etError(`Name: not a valid sheet name: ${v}`);
      if (book.sheets.some((s) => s !== sheet && s.name.toLowerCase() === v.toLowerCase())) throw etError(`Name: a sheet is already named ${v}`);
      if (book.structureProtected) throw etError("The workbook structure is protected");
      live().name = v;
      touch();
    },
    get Index() {
      return book.sheets.indexOf(live()) + 1;
    },
    get UsedRange() {
      const b = live().bounds(false) ?? { left: 0, right: 0, top: 1, bottom: 1 };
      return etRange(ref([b]));
    },
    get ProtectContents() {
      return live().protected;
    },
    /** Protect() / Unprotect() without a password: the sheet refuses changes while protected */
    Protect(password?: string) {
      if (password) throw etError("Protect: passwords are not simulated");
      live().protected = true;
      touch();
    },
    Unprotect() {
      live().protected = false;
      touch();
    },
    get Visible() {
      return live().veryHidden ? VERY_HIDDEN : VISIBLE;
    },
    set Visible(v: number) {
      if (v !== VISIBLE && v !== VERY_HIDDEN) throw etError(`Visible: the simulation knows visible and very hidden, not ${v}`);
      if (book.structureProtected) throw etError("The workbook structure is protected");
      live().veryHidden = v === VERY_HIDDEN;
      if (sheet.veryHidden && book.active === sheet) {
        const next = book.sheets.find((s) => !s.veryHidden);
        if (next) book.activate(next);
      }
      touch();
    },
    get Cells() {
      return etRange(ref([{ left: 0, right: 16383, top: 1, bottom: 1048576 }]));
    },
    get Comments() {
      const notes = () => live().notes;
      return etExpose("Comments", {
        get Count() {
          return notes().length;
        },
        Item(i: number) {
          const n = notes()[i - 1];
          if (!n) throw etError(`Comments.Item: no comment ${i}`);
          return commentOf(ref([]), n);
        },
      });
    },
    get PageSetup() {
      return pageSetup(live(), touch);
    },
    get HPageBreaks() {
      return etExpose("HPageBreaks", {
        Add(before: unknown) {
          const at = etRaw(before) as { Row?: number };
          if (typeof at?.Row !== "number") throw etError("HPageBreaks.Add takes a range");
          live().pageBreaks.push(at.Row);
          touch();
          return {};
        },
      });
    },
    Range(address: string) {
      live();
      return rangeOf(book, sheet, address, touch);
    },
    Activate() {
      if (live().veryHidden) throw etError(`Activate: ${sheet.name} is hidden`);
      book.activate(sheet);
      touch();
    },
    Delete() {
      live();
      if (book.structureProtected) throw etError("The workbook structure is protected");
      if (etApplicationState(book).DisplayAlerts) throw etError(`Delete would ask the user to confirm (set Application.DisplayAlerts = false first)`);
      sheet.deleted = true;
      book.sheets = book.sheets.filter((s) => s !== sheet);
      if (book.active === sheet) book.activate(book.sheets.find((s) => !s.veryHidden) ?? book.sheets[0]);
      touch();
    },
  });
}

/** The application's own switches, kept per book (the simulation has one application per book). */
const STATE = new WeakMap<SimBook, { ScreenUpdating: boolean; DisplayAlerts: boolean; splitRow: number; splitColumn: number }>();
export function etApplicationState(book: SimBook) {
  let s = STATE.get(book);
  if (!s) STATE.set(book, (s = { ScreenUpdating: true, DisplayAlerts: true, splitRow: 0, splitColumn: 0 }));
  return s;
}
