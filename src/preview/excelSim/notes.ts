// Excel.NoteCollection (ExcelApi 1.18): a worksheet's notes, loaded as items or added at a cell.
import { cellAddress, parseAreas } from "../../excel/address";
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";
import { jsonBytes } from "./payload";
import type { SimSheet } from "./sheet";

export type NoteItem = { content: string; delete: () => void };
export type NotesApi = { load: (p: string) => void; readonly items: NoteItem[]; add: (address: string, content: string) => void; getItemOrNullObject: (address: string) => unknown };

/** `s` gives the live sheet (it throws ItemNotFound for a missing or deleted one) */
export function notesApi(ctx: SimContext, s: () => SimSheet): NotesApi {
  const list = new Loadable(
    ctx,
    "NoteCollection",
    { items: () => s().notes.map((n) => expose("Note", { content: n.content, delete: () => ctx.queue({ bytes: 20, apply: () => (s().notes = s().notes.filter((x) => x !== n)) }) })) },
    "Note",
  );
  return expose("NoteCollection", {
    load: (p: string) => void list.load(p),
    get items() {
      return list.read<NoteItem[]>("items");
    },
    getItemOrNullObject: (address: string) => {
      const [r] = parseAreas(address);
      const at = r ? cellAddress(r.left, r.top) : "";
      const note = () => s().notes.find((n) => n.address === at);
      return expose("Note", new NoteAt(ctx, note));
    },
    add: (address: string, content: string) => {
      const [r] = parseAreas(address);
      if (!r) throw Object.assign(new Error(`Excel simulation: bad address ${address}`), { code: "InvalidArgument" });
      ctx.queue({ bytes: 40 + jsonBytes(content), apply: () => s().notes.push({ address: cellAddress(r.left, r.top), content }) });
    },
  });
}

/** The note at one cell (getItemOrNullObject): a null object when the cell has none. */
class NoteAt extends Loadable {
  constructor(
    ctx: SimContext,
    note: () => { content: string } | undefined,
  ) {
    super(ctx, "Note", { content: () => note()?.content, isNullObject: () => !note() });
  }
  get content(): string {
    return this.read("content");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}
