// Excel.WorksheetCollection: the active sheet, a sheet by name or id, and adding one.
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";
import { SimSheet } from "./sheet";
import { SimWorksheet } from "./worksheet";

export function worksheetsApi(ctx: SimContext) {
  const book = ctx.book;
  const list = new Loadable(ctx, "WorksheetCollection", { items: () => book.sheets.map((s) => expose("Worksheet", new SimWorksheet(ctx, s).loadedWith(["name", "id", "visibility", "isNullObject"]))) }, "Worksheet");
  return expose("WorksheetCollection", {
    load: (p: string) => void list.load(p),
    get items() {
      return list.read("items");
    },
    getActiveWorksheet: () => expose("Worksheet", new SimWorksheet(ctx, book.active)),
    getItem: (name: string) => {
      const s = book.sheets.find((x) => x.name === name || x.id === name);
      if (!s) throw Object.assign(new Error(`Excel simulation: no sheet ${name}`), { code: "ItemNotFound" });
      return expose("Worksheet", new SimWorksheet(ctx, s));
    },
    getItemOrNullObject: (key: string) => expose("Worksheet", new SimWorksheet(ctx, book.sheets.find((s) => s.name === key || s.id === key) ?? null)),
    add: (name: string) => {
      // the sheet object exists at once (the adapter may use it in this batch); it joins the book at the sync
      const sheet = new SimSheet(name, "");
      ctx.queue({
        bytes: 20,
        apply: () => {
          if (book.sheet(name)) throw Object.assign(new Error(`Excel simulation: sheet ${name} exists`), { code: "ItemAlreadyExists" });
          const made = book.addSheet(name);
          sheet.id = made.id;
          book.sheets[book.sheets.length - 1] = sheet;
        },
      });
      return expose("Worksheet", new SimWorksheet(ctx, sheet));
    },
  });
}
