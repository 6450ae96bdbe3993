// Excel.Range: its shape, values and number formats (read after load + sync, written at the sync), and what it leads to.
import type { Rect } from "../../excel/address";
import { SimAreas } from "./areas";
import { clearRect } from "./clear";
import type { SimContext } from "./context";
import { expose } from "./expose";
import { rangeFormat, RangeFormatApi } from "./format";
import { Loadable } from "./loadable";
import { jsonBytes } from "./payload";
import { cellFormats, cellValues, copyFormats, mergeAreas, rowsHidden, writeNumberFormats, writeValues } from "./rangeCells";
import { intersect, rectAddress } from "./rects";
import { SimSheet } from "./sheet";
import { ApiNotImplemented } from "./surface";
import { tablesApi } from "./tables";

/** A range as the adapter sees it; `rect` null is a null object (e.g. an empty intersection). */
export class SimRange extends Loadable {
  format: RangeFormatApi;
  constructor(
    ctx: SimContext,
    readonly sheet: SimSheet,
    readonly rect: Rect | null,
  ) {
    super(ctx, "Range", {
      values: () => this.readValues(),
      numberFormat: () => this.readFormats(),
      rowIndex: () => (this.rect ? this.rect.top - 1 : 0),
      columnIndex: () => (this.rect ? this.rect.left : 0),
      rowCount: () => (this.rect ? this.rect.bottom - this.rect.top + 1 : 0),
      columnCount: () => (this.rect ? this.rect.right - this.rect.left + 1 : 0),
      rowHidden: () => (this.rect ? rowsHidden(this.sheet, this.rect) : false),
      address: () => (this.rect ? rectAddress(this.sheet, this.rect) : ""),
      isNullObject: () => this.rect === null,
    });
    this.format = rangeFormat(ctx, sheet, () => this.live());
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  /** a list rule (ExcelApi 1.8) recorded over the range at the sync; clear() removes the rules it overlaps */
  get dataValidation(): { rule: unknown; clear(): void } {
    const sheet = this.sheet;
    const rect = this.live();
    const ctx = this.ctx;
    return expose("DataValidation", {
      set rule(r: { list?: { source?: string; inCellDropDown?: boolean } }) {
        const source = r?.list?.source;
        if (typeof source !== "string") throw new ApiNotImplemented("DataValidation.rule other than a list with a source");
        ctx.queue({ bytes: jsonBytes(r), apply: () => sheet.validations.push({ rect, list: source.split(",") }) });
      },
      clear() {
        ctx.queue({ bytes: 20, apply: () => (sheet.validations = sheet.validations.filter((v) => !intersect(v.rect, rect))) });
      },
    }) as unknown as { rule: unknown; clear(): void };
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(rows: unknown[][]) {
    const rect = this.live();
    const h = rect.bottom - rect.top + 1;
    const w = rect.right - rect.left + 1;
    if (!Array.isArray(rows) || rows.length !== h || rows.some((l) => l.length !== w)) throw Object.assign(new Error(`Excel simulation: a ${h}×${w} range was given ${rows?.length} rows`), { code: "InvalidArgument" });
    this.ctx.queue({ bytes: jsonBytes(rows), apply: () => writeValues(this.sheet, rect, rows) });
  }
  get numberFormat(): (string | null)[][] {
    return this.read("numberFormat");
  }
  set numberFormat(rows: (string | null)[][]) {
    const rect = this.live();
    this.ctx.queue({ bytes: jsonBytes(rows), apply: () => writeNumberFormats(this.sheet, rect, rows) });
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  /** hides or shows every row of the range (ExcelApi 1.2), at the sync; a protected sheet refuses it */
  set rowHidden(hidden: boolean) {
    const rect = this.live();
    this.ctx.queue({
      bytes: 40,
      apply: () => {
        for (let row = rect.top; row <= rect.bottom; row++) {
          if (hidden) this.sheet.hiddenRows.add(row);
          else this.sheet.hiddenRows.delete(row);
        }
      },
    });
  }
  get address(): string {
    return this.read("address");
  }
  private live(): Rect {
    if (!this.rect) throw Object.assign(new Error("Excel simulation: the range is a null object"), { code: "InvalidOperation" });
    return this.rect;
  }
  private readValues(): unknown[][] {
    const out = cellValues(this.sheet, this.live());
    this.sent.values = jsonBytes(out);
    this.ctx.responseBytes = Math.max(this.ctx.responseBytes, this.sent.values + this.sent.numberFormat);
    return out;
  }
  private readFormats(): string[][] {
    const out = cellFormats(this.sheet, this.live());
    this.sent.numberFormat = jsonBytes(out);
    this.ctx.responseBytes = Math.max(this.ctx.responseBytes, this.sent.values + this.sent.numberFormat);
    return out;
  }
  /** bytes of what this range's response carried (values and number formats come in one response) */
  private sent = { values: 0, numberFormat: 0 };
  getIntersectionOrNullObject(other: SimRange): SimRange {
    return expose("Range", new SimRange(this.ctx, this.sheet, this.rect && other.rect ? intersect(this.rect, other.rect) : null));
  }
  getSpecialCellsOrNullObject(kind: string): SimAreas {
    if (kind !== "Formulas") throw new ApiNotImplemented(`Range.getSpecialCellsOrNullObject("${kind}")`);
    const rects: Rect[] = [];
    for (const k of this.sheet.formulas) {
      const [c, r] = SimSheet.parseKey(k);
      if (this.rect && intersect(this.rect, { left: c, right: c, top: r, bottom: r })) rects.push({ left: c, right: c, top: r, bottom: r });
    }
    return expose("RangeAreas", new SimAreas(this.ctx, this.sheet, rects));
  }
  getMergedAreasOrNullObject(): SimAreas {
    return expose("RangeAreas", new SimAreas(this.ctx, this.sheet, this.sheet.merges.filter((m) => this.rect && intersect(this.rect, m))));
  }
  getTables(fullyContained?: boolean): unknown {
    if (fullyContained) throw new ApiNotImplemented("Range.getTables(true)");
    const hits = this.sheet.tables.filter((t) => this.rect && intersect(this.rect, t.rect));
    return tablesApi(this.ctx, hits, (rect) => expose("Range", new SimRange(this.ctx, this.sheet, rect)));
  }
  /** copies fills, bold and number formats, the source tiled over this range */
  copyFrom(source: SimRange, type: string): void {
    if (type !== "Formats") throw new ApiNotImplemented(`Range.copyFrom(…, "${type}")`);
    const from = source.live();
    const to = this.live();
    this.ctx.queue({
      bytes: 50,
      apply: () => {
        this.sheet.formatsCopied.push({ to: rectAddress(this.sheet, to), from: `${rectAddress(source.sheet, from)}/${type}` });
        copyFormats(source.sheet, from, this.sheet, to);
      },
    });
  }
  /** merges the range (or each of its rows with `across`); Excel keeps the upper-left value of each merged area */
  merge(across?: boolean): void {
    const rect = this.live();
    const areas = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
    this.ctx.queue({ bytes: 40, apply: () => mergeAreas(this.sheet, areas) });
  }
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    if (!["All", "Contents", "Formats"].includes(applyTo)) throw new ApiNotImplemented(`Range.clear("${applyTo}")`);
    const rect = this.live();
    this.ctx.queue({ bytes: 30, apply: () => clearRect(this.sheet, rect, applyTo) });
  }
  select(): void {
    const rect = this.live();
    this.ctx.queue({
      bytes: 20,
      apply: () => {
        const book = this.ctx.book;
        this.ctx.selected = rectAddress(this.sheet, rect);
        book.activate(this.sheet);
        book.activeCell = { col: rect.left, row: rect.top };
      },
    });
  }
}
