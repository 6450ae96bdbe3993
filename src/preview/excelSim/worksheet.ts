// Excel.Worksheet: its ranges, notes, charts, frozen rows, protection, print settings, visibility, activating and deleting it.
import { parseAreas } from "../../excel/address";
import { SimAreas } from "./areas";
import { chartsApi, ChartsApi } from "./charts";
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";
import { notesApi, NotesApi } from "./notes";
import { pageBreaksApi, PageBreaksApi, pageLayoutApi } from "./pageLayout";
import { protection, type ProtectionApi } from "./protection";
import { SimRange } from "./range";
import type { SimSheet } from "./sheet";
import { ApiNotImplemented } from "./surface";

/** A worksheet as the adapter sees it; `sheet` null is the null object getItemOrNullObject gives for a missing one. */
export class SimWorksheet extends Loadable {
  notes: NotesApi;
  charts: ChartsApi;
  freezePanes: { freezeRows: (n: number) => void };
  protection: ProtectionApi;
  pageLayout: unknown;
  horizontalPageBreaks: PageBreaksApi;
  constructor(
    ctx: SimContext,
    readonly sheet: SimSheet | null,
  ) {
    super(ctx, "Worksheet", { name: () => sheet?.name, id: () => sheet?.id, visibility: () => (sheet?.veryHidden ? "VeryHidden" : "Visible"), isNullObject: () => sheet === null });
    const s = () => this.live();
    this.notes = notesApi(ctx, s);
    this.charts = chartsApi(ctx, s);
    this.freezePanes = expose("WorksheetFreezePanes", { freezeRows: (n: number) => ctx.queue({ bytes: 20, apply: () => (s().frozenRows = n) }) });
    this.protection = protection(ctx, "WorksheetProtection", () => s().protected, (on) => (s().protected = on));
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
  get visibility(): string {
    return this.read("visibility");
  }
  /** "VeryHidden" or "Visible" (ExcelApi 1.2), at the sync; "Hidden" is not simulated: the book knows very hidden or visible */
  set visibility(v: string) {
    if (v !== "VeryHidden" && v !== "Visible") throw new ApiNotImplemented(`Worksheet.visibility = ${JSON.stringify(v)}`);
    const sheet = this.live();
    this.ctx.queue({ bytes: 30, apply: () => setVisibility(this.ctx, sheet, v === "VeryHidden") });
  }
  /** a null object for a sheet without any used cell */
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return expose("Range", new SimRange(this.ctx, this.live(), this.live().bounds(!!valuesOnly)));
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
        // as Office.js documents for Worksheet.delete(): a very hidden sheet must be made visible (or hidden) first
        if (this.live().veryHidden) throw Object.assign(new Error("Excel simulation: a very hidden sheet cannot be deleted"), { code: "InvalidOperation" });
        this.live().deleted = true;
        book.sheets = book.sheets.filter((x) => x !== this.sheet);
        if (book.active === this.sheet && book.sheets[0]) book.activate(book.sheets[0]);
      },
    });
  }
}

/**
 * Worksheet.visibility at the sync. Excel refuses to hide the last visible sheet (a workbook shows at least one); a
 * hidden active sheet hands the activation to the next visible one, as Excel does.
 */
function setVisibility(ctx: SimContext, sheet: SimSheet, veryHidden: boolean): void {
  const book = ctx.book;
  if (veryHidden && !book.sheets.some((x) => x !== sheet && !x.veryHidden)) {
    throw Object.assign(new Error("Excel simulation: a workbook must keep at least one visible sheet"), { code: "InvalidOperation" });
  }
  sheet.veryHidden = veryHidden;
  if (veryHidden && book.active === sheet) book.activate(book.sheets.find((x) => !x.veryHidden)!);
}
