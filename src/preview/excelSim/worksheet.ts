// Excel.Worksheet: its ranges, notes, charts, frozen rows, protection, print settings, activating and deleting it.
import { parseAreas } from "../../excel/address";
import { SimAreas } from "./areas";
import { chartsApi, ChartsApi } from "./charts";
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";
import { notesApi, NotesApi } from "./notes";
import { pageBreaksApi, PageBreaksApi, pageLayoutApi } from "./pageLayout";
import { protection } from "./protection";
import { SimRange } from "./range";
import type { SimSheet } from "./sheet";

/** A worksheet as the adapter sees it; `sheet` null is the null object getItemOrNullObject gives for a missing one. */
export class SimWorksheet extends Loadable {
  notes: NotesApi;
  charts: ChartsApi;
  freezePanes: { freezeRows: (n: number) => void };
  protection: { load: (p: string) => void; readonly protected: boolean };
  pageLayout: unknown;
  horizontalPageBreaks: PageBreaksApi;
  constructor(
    ctx: SimContext,
    readonly sheet: SimSheet | null,
  ) {
    super(ctx, "Worksheet", { name: () => sheet?.name, id: () => sheet?.id, isNullObject: () => sheet === null });
    const s = () => this.live();
    this.notes = notesApi(ctx, s);
    this.charts = chartsApi(ctx, s);
    this.freezePanes = expose("WorksheetFreezePanes", { freezeRows: (n: number) => ctx.queue({ bytes: 20, apply: () => (s().frozenRows = n) }) });
    this.protection = protection(ctx, "WorksheetProtection", () => s().protected);
    this.pageLayout = pageLayoutApi(ctx, s);
    this.horizontalPageBreaks = pageBreaksApi(ctx, s);
  }
  private live(): SimSheet {
    if (!this.sheet || this.sheet.deleted) throw Object.assign(new Error("Excel simulation: no such sheet"), { code: "ItemNotFound" });
    return this.sheet;
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  getUsedRange(valuesOnly?: boolean): SimRange {
    return expose("Range", new SimRange(this.ctx, this.live(), this.live().bounds(!!valuesOnly) ?? { top: 1, bottom: 1, left: 0, right: 0 }));
  }
  getRange(address: string): SimRange {
    const [r] = parseAreas(address);
    if (!r) throw Object.assign(new Error(`Excel simulation: bad address ${address}`), { code: "InvalidArgument" });
    return expose("Range", new SimRange(this.ctx, this.live(), r));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): SimRange {
    return expose("Range", new SimRange(this.ctx, this.live(), { top: row + 1, bottom: row + rows, left: col, right: col + cols - 1 }));
  }
  getRanges(address: string): SimAreas {
    return expose("RangeAreas", new SimAreas(this.ctx, this.live(), parseAreas(address)));
  }
  activate(): void {
    this.ctx.queue({ bytes: 20, apply: () => this.ctx.book.activate(this.live()) });
  }
  delete(): void {
    this.ctx.queue({
      bytes: 20,
      apply: () => {
        const book = this.ctx.book;
        this.live().deleted = true;
        book.sheets = book.sheets.filter((x) => x !== this.sheet);
        if (book.active === this.sheet && book.sheets[0]) book.activate(book.sheets[0]);
      },
    });
  }
}
