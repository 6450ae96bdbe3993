/**
 * The Excel host simulation: exactly the part of the Excel JavaScript API that src/excel/ uses, over an in-memory
 * workbook. It serves the adapter's unit tests (where office-addin-mock is too thin: no collections, no ranges by
 * address, nothing to apply writes to) and the preview page (npm run preview), where it stands in for Excel.
 *
 * It keeps Office's batch discipline — properties can be read only after load + sync, writes land at the next sync —
 * and measures every request (syncs and JSON bytes). Every object handed to the adapter is wrapped so that any
 * member not listed in SURFACE throws ApiNotImplemented naming it: a new Office.js call in the adapter fails here
 * (in the unit tests and in the preview) until the simulation implements it.
 *
 * Browser-safe: no Node built-ins.
 */
import { cellAddress, parseAreas, Rect } from "../excel/address";

export type Cell = string | number | boolean;

/** Every member the simulation implements, per Office.js type. Anything else is rejected. */
export const SURFACE = {
  RequestContext: ["workbook", "sync"],
  Workbook: ["worksheets", "application", "getActiveCell", "comments", "protection", "functions"],
  // worksheet functions (ExcelApi 1.2): DATE only, which tells the workbook's date system
  Functions: ["date"],
  "FunctionResult<number>": ["load", "value", "error"],
  Application: ["suspendApiCalculationUntilNextSync", "suspendScreenUpdatingUntilNextSync"],
  WorksheetCollection: ["getActiveWorksheet", "getItem", "getItemOrNullObject", "add"],
  Worksheet: ["load", "name", "id", "isNullObject", "getUsedRange", "getRange", "getRangeByIndexes", "getRanges", "notes", "charts", "freezePanes", "protection", "activate", "delete", "pageLayout", "horizontalPageBreaks"],
  Range: [
    "load",
    "values",
    "numberFormat",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "rowHidden",
    "address",
    "isNullObject",
    "format",
    "getIntersectionOrNullObject",
    "getSpecialCellsOrNullObject",
    "getMergedAreasOrNullObject",
    "getTables",
    "copyFrom",
    "select",
    "merge",
  ],
  RangeFormat: ["columnWidth", "fill", "font", "wrapText", "horizontalAlignment", "verticalAlignment", "borders", "autofitRows"],
  RangeFill: ["color", "clear"],
  RangeFont: ["bold", "italic", "size", "color"],
  RangeBorderCollection: ["getItem"],
  RangeBorder: ["style"],
  RangeAreas: ["load", "address", "isNullObject", "format"],
  RangeAreasFormat: ["fill"],
  TableScopedCollection: ["getCount", "getFirst"],
  "ClientResult<number>": ["value"],
  Table: ["load", "name", "getRange"],
  NoteCollection: ["load", "items", "add"],
  Note: ["content", "delete"],
  CommentCollection: ["load", "items", "add"],
  Comment: ["content", "delete"],
  ChartCollection: ["add"],
  Chart: ["name", "title", "legend", "series", "setPosition"],
  ChartTitle: ["text"],
  ChartLegend: ["visible"],
  ChartSeriesCollection: ["getItemAt"],
  ChartSeries: ["setXAxisValues"],
  WorksheetFreezePanes: ["freezeRows"],
  // sheet protection (ExcelApi 1.2) and workbook structure protection (ExcelApi 1.7): read only here
  WorksheetProtection: ["load", "protected"],
  WorkbookProtection: ["load", "protected"],
  // print settings of the statements sheet (ExcelApi 1.9)
  PageLayout: ["orientation", "paperSize", "zoom", "centerHorizontally", "setPrintMargins", "headersFooters"],
  HeaderFooterGroup: ["defaultForAllPages"],
  HeaderFooter: ["centerFooter"],
  PageBreakCollection: ["add"],
  PageBreak: [],
  // the globals the task pane reads (src/taskpane/index.tsx, officeWorkbook())
  Excel: ["run"],
  Office: ["onReady", "context"],
  "Office.context": ["document", "displayLanguage", "requirements"],
  "Office.context.document": ["settings"],
  "Office.context.requirements": ["isSetSupported"],
  Settings: ["get", "set", "remove", "saveAsync"],
} as const;

export type ApiType = keyof typeof SURFACE;

/** Thrown for any member outside SURFACE; `code` is what Office gives for an API the host lacks. */
export class ApiNotImplemented extends Error {
  readonly code = "ApiNotFound";
  constructor(readonly api: string) {
    super(`The Excel simulation does not implement ${api} (add it to src/preview/excelSim.ts)`);
    this.name = "ApiNotImplemented";
  }
}

/** Probes made by `await`, JSON.stringify and test matchers: answered with the plain value, never rejected. */
const PROBES = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "inspect"]);
const RAW = new WeakMap<object, object>();

function unwrap<T>(v: T): T {
  return (v !== null && typeof v === "object" && (RAW.get(v) as T)) || v;
}

function settable(target: object, p: string): boolean {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, p);
    if (d) return "value" in d ? !!d.writable : !!d.set;
  }
  return false;
}

/**
 * The object as the adapter sees it: members outside SURFACE[type] throw ApiNotImplemented; methods run on the
 * simulation's own object (arguments unwrapped), so its internals stay reachable to it and hidden from the adapter.
 */
export function expose<T extends object>(type: ApiType, target: T): T {
  const allowed = new Set<string>(SURFACE[type]);
  const proxy: T = new Proxy(target, {
    get(t, p) {
      if (typeof p === "symbol" || (PROBES.has(p) && !allowed.has(p))) return Reflect.get(t, p, t);
      if (!allowed.has(p)) throw new ApiNotImplemented(`${type}.${p}`);
      const v = Reflect.get(t, p, t) as unknown;
      if (typeof v !== "function") return v;
      return (...args: unknown[]) => {
        const r = (v as (...a: unknown[]) => unknown).apply(t, args.map(unwrap));
        return r === t ? proxy : r;
      };
    },
    set(t, p, v) {
      if (typeof p === "symbol" || !allowed.has(p)) throw new ApiNotImplemented(`${type}.${String(p)} (set)`);
      if (!settable(t, p)) throw new ApiNotImplemented(`${type}.${p} (set: read-only)`);
      return Reflect.set(t, p, unwrap(v), t);
    },
    deleteProperty(_t, p) {
      throw new ApiNotImplemented(`delete ${type}.${String(p)}`);
    },
    defineProperty(_t, p) {
      throw new ApiNotImplemented(`${type}.${String(p)} (define)`);
    },
  });
  RAW.set(proxy, target);
  return proxy;
}

/** A write-only property whose writes queue like Office's proxies do; reading it is not implemented. */
function writeOnly<T>(target: object, type: ApiType, name: string, set: (v: T) => void): void {
  Object.defineProperty(target, name, {
    set,
    get: () => {
      throw new ApiNotImplemented(`${type}.${name} (read)`);
    },
    enumerable: true,
  });
}

const BORDER_INDEXES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"]);
const BORDER_STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
const H_ALIGNMENTS = new Set(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]);
const V_ALIGNMENTS = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);
const PAPER_SIZES = new Set(["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"]);

export class SimSheet {
  cells = new Map<string, Cell>();
  formulas = new Set<string>();
  numberFormats = new Map<string, string>();
  fills = new Map<string, string>();
  bold = new Set<string>();
  /** column widths in points */
  widths = new Map<number, number>();
  merges: Rect[] = [];
  notes: { address: string; content: string }[] = [];
  charts: { name: string; title: string; values: string; categories: string; position: [string, string] }[] = [];
  frozenRows = 0;
  hiddenRows = new Set<number>();
  tables: { name: string; rect: Rect }[] = [];
  formatsCopied: { to: string; from: string }[] = [];
  italic = new Set<string>();
  fontSizes = new Map<string, number>();
  /** font colours, e.g. #808080 (the rules sheet's markers) */
  fontColors = new Map<string, string>();
  wrapped = new Set<string>();
  hAlign = new Map<string, string>();
  vAlign = new Map<string, string>();
  /** cell → its edges with a line (top, bottom, left, right) */
  borders = new Map<string, Set<string>>();
  /** addresses whose rows were autofitted */
  autofitRows: string[] = [];
  /** what the page layout was given (ExcelApi 1.9) */
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    centerHorizontally?: boolean;
    margins?: { unit: string; options: Record<string, number> };
    centerFooter?: string;
  } = {};
  /** 1-based rows before which a manual page break was added */
  pageBreaks: number[] = [];
  deleted = false;
  /** protected sheet (Review → Protect Sheet, default options): Excel refuses every change to it */
  protected = false;

  constructor(
    public name: string,
    public id: string,
  ) {}

  private mergeIndex: { of: Rect[]; count: number; byRow: Map<number, Rect[]> } | null = null;

  /** a merged area overlapping `a` (merges indexed by row as they are added, so many merges stay fast) */
  mergedAt(a: Rect): Rect | undefined {
    if (!this.mergeIndex || this.mergeIndex.of !== this.merges || this.mergeIndex.count > this.merges.length) this.mergeIndex = { of: this.merges, count: 0, byRow: new Map() };
    const index = this.mergeIndex;
    for (; index.count < this.merges.length; index.count++) {
      const m = this.merges[index.count];
      for (let r = m.top; r <= m.bottom; r++) {
        const list = index.byRow.get(r);
        if (list) list.push(m);
        else index.byRow.set(r, [m]);
      }
    }
    for (let r = a.top; r <= a.bottom; r++) {
      const hit = index.byRow.get(r)?.find((m) => m.left <= a.right && a.left <= m.right);
      if (hit) return hit;
    }
    return undefined;
  }

  /** column 0-based, row 1-based */
  static key(col: number, row: number): string {
    return `${col}:${row}`;
  }

  static parseKey(key: string): [number, number] {
    const i = key.indexOf(":");
    return [Number(key.slice(0, i)), Number(key.slice(i + 1))];
  }

  get(col: number, row: number): Cell | undefined {
    return this.cells.get(SimSheet.key(col, row));
  }

  /** rows[r][c] → sheet row top+r (1-based), column left+c (0-based); null/"" leave the cell empty */
  put(rows: (Cell | null)[][], top = 1, left = 0): void {
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") this.cells.set(SimSheet.key(left + c, top + r), v);
      }),
    );
  }

  /** the grid from A1 to the last used cell, empty cells null */
  grid(): (Cell | null)[][] {
    const b = this.bounds(true);
    if (!b) return [];
    const out: (Cell | null)[][] = [];
    for (let r = 1; r <= b.bottom; r++) {
      const line: (Cell | null)[] = [];
      for (let c = 0; c <= b.right; c++) line.push(this.get(c, r) ?? null);
      out.push(line);
    }
    return out;
  }

  bounds(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const see = (c: number, r: number) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    const each = (keys: Iterable<string>) => {
      for (const k of keys) {
        const [c, r] = SimSheet.parseKey(k);
        see(c, r);
      }
    };
    each(this.cells.keys());
    if (!valuesOnly) {
      each(this.numberFormats.keys());
      each(this.fills.keys());
      for (const m of this.merges) {
        see(m.left, m.top);
        see(m.right, m.bottom);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

interface Op {
  bytes: number;
  apply: () => void;
}

/** A loadable object: properties listed in `load` become readable at the next sync; unknown ones are rejected. */
class Loadable {
  private requested = new Set<string>();
  private loaded = new Set<string>();
  constructor(
    protected ctx: SimContext,
    protected readonly apiType: ApiType,
    private readonly getters: Record<string, () => unknown>,
    /** for collections: the type of `items`, whose properties `items/x` may name */
    private readonly itemType?: ApiType,
  ) {
    ctx.loadables.push(this);
  }
  load(props?: string | string[]): this {
    if (props !== undefined && typeof props !== "string" && !Array.isArray(props)) throw new ApiNotImplemented(`${this.apiType}.load(object)`);
    const list = props === undefined ? Object.keys(this.getters) : Array.isArray(props) ? props : props.split(",");
    for (const p of list.map((x) => x.trim()).filter(Boolean)) {
      const [head, sub] = p.split("/");
      const known = head in this.getters && (sub === undefined || (head === "items" && !!this.itemType && (SURFACE[this.itemType] as readonly string[]).includes(sub)));
      if (!known) throw new ApiNotImplemented(`${this.apiType}.load("${p}")`);
      this.requested.add(head);
    }
    return this;
  }
  settle(): void {
    // isNullObject needs no load, only a sync
    this.loaded.add("isNullObject");
    for (const p of this.requested) this.loaded.add(p);
    this.requested.clear();
  }
  read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw Object.assign(new Error(`Excel simulation: ${this.apiType}.${prop} read before load + sync`), { code: "PropertyNotLoaded" });
    return this.getters[prop]() as T;
  }
}

function rectAddress(sheet: SimSheet, r: Rect): string {
  const a = cellAddress(r.left, r.top);
  const b = cellAddress(r.right, r.bottom);
  return `${sheet.name}!${a === b ? a : `${a}:${b}`}`;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom), left: Math.max(a.left, b.left), right: Math.min(a.right, b.right) };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

const encoder = new TextEncoder();
function jsonBytes(v: unknown): number {
  return encoder.encode(JSON.stringify(v)).length;
}

class SimRange extends Loadable {
  format: {
    columnWidth?: number;
    fill: { color?: string; clear: () => void };
    font: { bold?: boolean; italic?: boolean; size?: number };
    wrapText?: boolean;
    horizontalAlignment?: string;
    verticalAlignment?: string;
    borders: { getItem: (index: string) => { style?: string } };
    autofitRows: () => void;
  };
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
      rowHidden: () => {
        if (!this.rect) return false;
        let hidden = 0;
        for (let r = this.rect.top; r <= this.rect.bottom; r++) if (this.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === this.rect.bottom - this.rect.top + 1 ? true : null;
      },
      address: () => (this.rect ? rectAddress(this.sheet, this.rect) : ""),
      isNullObject: () => this.rect === null,
    });
    const fill = { clear: () => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => this.sheet.fills.delete(k)) }) };
    writeOnly<string>(fill, "RangeFill", "color", (c) => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => this.sheet.fills.set(k, c)) }));
    const font = {};
    writeOnly<boolean>(font, "RangeFont", "bold", (b) => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => (b ? this.sheet.bold.add(k) : this.sheet.bold.delete(k))) }));
    writeOnly<boolean>(font, "RangeFont", "italic", (b) => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => (b ? this.sheet.italic.add(k) : this.sheet.italic.delete(k))) }));
    writeOnly<string>(font, "RangeFont", "color", (c) => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => this.sheet.fontColors.set(k, c)) }));
    writeOnly<number>(font, "RangeFont", "size", (n) => {
      if (typeof n !== "number" || !(n >= 1 && n <= 409)) throw Object.assign(new Error(`Excel simulation: font size ${n}`), { code: "InvalidArgument" });
      ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => this.sheet.fontSizes.set(k, n)) });
    });
    const borders = {
      getItem: (index: string) => {
        if (!BORDER_INDEXES.has(index)) throw Object.assign(new Error(`Excel simulation: border ${index}`), { code: "InvalidArgument" });
        const border = {};
        writeOnly<string>(border, "RangeBorder", "style", (style) => {
          if (!BORDER_STYLES.has(style)) throw Object.assign(new Error(`Excel simulation: border style ${style}`), { code: "InvalidArgument" });
          ctx.queue({ bytes: 40, apply: () => this.setBorder(index, style) });
        });
        return expose("RangeBorder", border);
      },
    };
    const format = {
      fill: expose("RangeFill", fill),
      font: expose("RangeFont", font),
      borders: expose("RangeBorderCollection", borders),
      autofitRows: () => ctx.queue({ bytes: 30, apply: () => this.sheet.autofitRows.push(rectAddress(this.sheet, this.live())) }),
    };
    writeOnly<number>(format, "RangeFormat", "columnWidth", (w) => ctx.queue({ bytes: 30, apply: () => this.eachColumn((c) => this.sheet.widths.set(c, w)) }));
    writeOnly<boolean>(format, "RangeFormat", "wrapText", (b) => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => (b ? this.sheet.wrapped.add(k) : this.sheet.wrapped.delete(k))) }));
    writeOnly<string>(format, "RangeFormat", "horizontalAlignment", (a) => {
      if (!H_ALIGNMENTS.has(a)) throw Object.assign(new Error(`Excel simulation: horizontal alignment ${a}`), { code: "InvalidArgument" });
      ctx.queue({ bytes: 40, apply: () => this.eachCell((k) => this.sheet.hAlign.set(k, a)) });
    });
    writeOnly<string>(format, "RangeFormat", "verticalAlignment", (a) => {
      if (!V_ALIGNMENTS.has(a)) throw Object.assign(new Error(`Excel simulation: vertical alignment ${a}`), { code: "InvalidArgument" });
      ctx.queue({ bytes: 40, apply: () => this.eachCell((k) => this.sheet.vAlign.set(k, a)) });
    });
    this.format = expose("RangeFormat", format as SimRange["format"]);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(rows: unknown[][]) {
    const rect = this.live();
    const h = rect.bottom - rect.top + 1;
    const w = rect.right - rect.left + 1;
    if (!Array.isArray(rows) || rows.length !== h || rows.some((l) => l.length !== w)) throw Object.assign(new Error(`Excel simulation: a ${h}×${w} range was given ${rows?.length} rows`), { code: "InvalidArgument" });
    this.ctx.queue({
      bytes: jsonBytes(rows),
      apply: () =>
        rows.forEach((line, i) =>
          line.forEach((v, j) => {
            if (v === null) return;
            const k = SimSheet.key(rect.left + j, rect.top + i);
            this.sheet.formulas.delete(k);
            if (v === "") this.sheet.cells.delete(k);
            // values travel to Excel as JSON, which has no -0
            else this.sheet.cells.set(k, (Object.is(v, -0) ? 0 : v) as Cell);
          }),
        ),
    });
  }
  get numberFormat(): (string | null)[][] {
    return this.read("numberFormat");
  }
  set numberFormat(rows: (string | null)[][]) {
    const rect = this.live();
    this.ctx.queue({
      bytes: jsonBytes(rows),
      apply: () =>
        rows.forEach((line, i) =>
          line.forEach((f, j) => {
            if (f !== null) this.sheet.numberFormats.set(SimSheet.key(rect.left + j, rect.top + i), f);
          }),
        ),
    });
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
  get address(): string {
    return this.read("address");
  }
  private live(): Rect {
    if (!this.rect) throw Object.assign(new Error("Excel simulation: the range is a null object"), { code: "InvalidOperation" });
    return this.rect;
  }
  private readValues(): unknown[][] {
    const r = this.live();
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let c = r.left; c <= r.right; c++) line.push(this.sheet.get(c, row) ?? "");
      out.push(line);
    }
    this.sent.values = jsonBytes(out);
    this.ctx.responseBytes = Math.max(this.ctx.responseBytes, this.sent.values + this.sent.numberFormat);
    return out;
  }
  private readFormats(): string[][] {
    const r = this.live();
    const out: string[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: string[] = [];
      for (let c = r.left; c <= r.right; c++) line.push(this.sheet.numberFormats.get(SimSheet.key(c, row)) ?? "General");
      out.push(line);
    }
    this.sent.numberFormat = jsonBytes(out);
    this.ctx.responseBytes = Math.max(this.ctx.responseBytes, this.sent.values + this.sent.numberFormat);
    return out;
  }
  /** bytes of what this range's response carried (values and number formats come in one response) */
  private sent = { values: 0, numberFormat: 0 };
  eachCell(f: (key: string) => void): void {
    const r = this.live();
    for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) f(SimSheet.key(c, row));
  }
  eachColumn(f: (c: number) => void): void {
    const r = this.live();
    for (let c = r.left; c <= r.right; c++) f(c);
  }
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
    const ctx = this.ctx;
    return expose("TableScopedCollection", {
      getCount: () => {
        const result = new Loadable(ctx, "ClientResult<number>", { value: () => hits.length });
        result.load("value");
        return expose("ClientResult<number>", {
          get value() {
            return result.read<number>("value");
          },
        });
      },
      getFirst: () => {
        if (!hits[0]) throw Object.assign(new Error("Excel simulation: no table at this range"), { code: "ItemNotFound" });
        return expose("Table", new SimTable(ctx, this.sheet, hits[0]));
      },
    });
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
        const h = from.bottom - from.top + 1;
        const w = from.right - from.left + 1;
        for (let r = to.top; r <= to.bottom; r++)
          for (let c = to.left; c <= to.right; c++) {
            const src = SimSheet.key(from.left + ((c - to.left) % w), from.top + ((r - to.top) % h));
            const dst = SimSheet.key(c, r);
            const copy = <V>(from: Map<string, V>, into: Map<string, V>) => (from.has(src) ? into.set(dst, from.get(src)!) : into.delete(dst));
            copy(source.sheet.fills, this.sheet.fills);
            copy(source.sheet.numberFormats, this.sheet.numberFormats);
            if (source.sheet.bold.has(src)) this.sheet.bold.add(dst);
            else this.sheet.bold.delete(dst);
          }
      },
    });
  }
  /** merges the range (or each of its rows with `across`); Excel keeps the upper-left value of each merged area */
  merge(across?: boolean): void {
    const rect = this.live();
    const areas = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
    this.ctx.queue({
      bytes: 40,
      apply: () => {
        for (const a of areas) {
          if (a.left === a.right && a.top === a.bottom) continue;
          if (this.sheet.mergedAt(a)) {
            throw Object.assign(new Error("Excel simulation: merging into a merged area is not simulated"), { code: "InvalidOperation" });
          }
          for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) this.sheet.cells.delete(SimSheet.key(c, r));
          this.sheet.merges.push(a);
        }
      },
    });
  }
  private setBorder(index: string, style: string): void {
    const r = this.live();
    const mark = (c: number, row: number, edge: string) => {
      const k = SimSheet.key(c, row);
      const set = this.sheet.borders.get(k) ?? new Set<string>();
      if (style === "None") set.delete(edge);
      else set.add(edge);
      if (set.size) this.sheet.borders.set(k, set);
      else this.sheet.borders.delete(k);
    };
    for (let row = r.top; row <= r.bottom; row++)
      for (let c = r.left; c <= r.right; c++) {
        if (index === "EdgeTop" && row === r.top) mark(c, row, "top");
        if (index === "EdgeBottom" && row === r.bottom) mark(c, row, "bottom");
        if (index === "EdgeLeft" && c === r.left) mark(c, row, "left");
        if (index === "EdgeRight" && c === r.right) mark(c, row, "right");
        if (index === "InsideHorizontal") {
          if (row > r.top) mark(c, row, "top");
          if (row < r.bottom) mark(c, row, "bottom");
        }
        if (index === "InsideVertical") {
          if (c > r.left) mark(c, row, "left");
          if (c < r.right) mark(c, row, "right");
        }
      }
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

class SimAreas extends Loadable {
  format: { fill: { color?: string; clear: () => void } };
  constructor(
    ctx: SimContext,
    readonly sheet: SimSheet,
    readonly rects: Rect[],
  ) {
    super(ctx, "RangeAreas", { address: () => rects.map((r) => rectAddress(sheet, r)).join(","), isNullObject: () => rects.length === 0 });
    const ranges = () => rects.map((r) => new SimRange(ctx, sheet, r));
    const fill = { clear: () => ranges().forEach((r) => r.format.fill.clear()) };
    writeOnly<string>(fill, "RangeFill", "color", (c) => ranges().forEach((r) => (r.format.fill.color = c)));
    this.format = expose("RangeAreasFormat", { fill: expose("RangeFill", fill) as { color?: string; clear: () => void } });
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

class SimTable extends Loadable {
  constructor(
    ctx: SimContext,
    readonly sheet: SimSheet,
    readonly table: { name: string; rect: Rect },
  ) {
    super(ctx, "Table", { name: () => table.name });
  }
  get name(): string {
    return this.read("name");
  }
  getRange(): SimRange {
    return expose("Range", new SimRange(this.ctx, this.sheet, this.table.rect));
  }
}

type Item = { content: string; delete: () => void };

/** WorksheetProtection / WorkbookProtection: `protected`, readable after load + sync. */
/** DATE(y, m, d) as Excel computes it for whole arguments: the serial in the workbook's date system (#NUM! before it) */
function dateSerial(y: number, m: number, d: number, date1904: boolean): number | string {
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30)) / 86400000;
  // 1900 system: serials from 1900-03-01 on count Excel's phantom 1900-02-29, as the epoch 1899-12-30 accounts for
  return days < (date1904 ? 0 : 1) ? "#NUM!" : days;
}

/** A worksheet function's result: `value` (or `error`, as Excel gives it) after load + sync. */
function functionResult(ctx: SimContext, compute: () => number | string): { load: (p: string) => void; readonly value: number | null; readonly error: string | null } {
  const result = new Loadable(ctx, "FunctionResult<number>", { value: () => compute(), error: () => compute() });
  return expose("FunctionResult<number>", {
    load: (p: string) => void result.load(p),
    get value() {
      const v = result.read<number | string>("value");
      return typeof v === "number" ? v : null;
    },
    get error() {
      const v = result.read<number | string>("error");
      return typeof v === "string" ? v : null;
    },
  });
}

function protection(ctx: SimContext, type: "WorksheetProtection" | "WorkbookProtection", get: () => boolean): { load: (p: string) => void; readonly protected: boolean } {
  const state = new Loadable(ctx, type, { protected: get });
  return expose(type, {
    load: (p: string) => void state.load(p),
    get protected() {
      return state.read<boolean>("protected");
    },
  });
}

class SimWorksheet extends Loadable {
  notes: { load: (p: string) => void; readonly items: Item[]; add: (address: string, content: string) => void };
  charts: { add: (type: string, source: SimRange, seriesBy: string) => unknown };
  freezePanes: { freezeRows: (n: number) => void };
  protection: { load: (p: string) => void; readonly protected: boolean };
  pageLayout: unknown;
  horizontalPageBreaks: { add: (range: SimRange | string) => unknown };
  constructor(
    ctx: SimContext,
    readonly sheet: SimSheet | null,
  ) {
    super(ctx, "Worksheet", { name: () => sheet?.name, id: () => sheet?.id, isNullObject: () => sheet === null });
    const s = () => this.live();
    const list = new Loadable(
      ctx,
      "NoteCollection",
      { items: () => s().notes.map((n) => expose("Note", { content: n.content, delete: () => ctx.queue({ bytes: 20, apply: () => (s().notes = s().notes.filter((x) => x !== n)) }) })) },
      "Note",
    );
    this.notes = expose("NoteCollection", {
      load: (p: string) => void list.load(p),
      get items() {
        return list.read<Item[]>("items");
      },
      add: (address: string, content: string) => {
        const [r] = parseAreas(address);
        if (!r) throw Object.assign(new Error(`Excel simulation: bad address ${address}`), { code: "InvalidArgument" });
        ctx.queue({ bytes: 40 + jsonBytes(content), apply: () => s().notes.push({ address: cellAddress(r.left, r.top), content }) });
      },
    });
    this.charts = expose("ChartCollection", {
      add: (type: string, source: SimRange, seriesBy: string) => {
        const chart = { name: "", title: expose("ChartTitle", { text: "" }), legend: expose("ChartLegend", { visible: true }), categories: "", position: ["", ""] as [string, string] };
        ctx.queue({
          bytes: 200,
          apply: () => s().charts.push({ name: chart.name, title: chart.title.text, values: `${rectAddress(source.sheet, source.rect!)}/${type}/${seriesBy}`, categories: chart.categories, position: chart.position }),
        });
        const series = expose("ChartSeries", { setXAxisValues: (r: SimRange) => void (chart.categories = rectAddress(r.sheet, r.rect!)) });
        return expose("Chart", {
          set name(n: string) {
            chart.name = n;
          },
          get name(): string {
            throw new ApiNotImplemented("Chart.name (read)");
          },
          title: chart.title,
          legend: chart.legend,
          series: expose("ChartSeriesCollection", {
            getItemAt: (i: number) => {
              if (i !== 0) throw new ApiNotImplemented(`ChartSeriesCollection.getItemAt(${i})`);
              return series;
            },
          }),
          setPosition: (a: string, b: string) => void (chart.position = [a, b]),
        });
      },
    });
    this.freezePanes = expose("WorksheetFreezePanes", { freezeRows: (n: number) => ctx.queue({ bytes: 20, apply: () => (s().frozenRows = n) }) });
    this.protection = protection(ctx, "WorksheetProtection", () => s().protected);
    const layout: Record<string, unknown> = {
      setPrintMargins: (unit: string, options: Record<string, number>) => {
        if (!["Points", "Inches", "Centimeters"].includes(unit)) throw Object.assign(new Error(`Excel simulation: margin unit ${unit}`), { code: "InvalidArgument" });
        ctx.queue({ bytes: 120, apply: () => (s().pageLayout.margins = { unit, options: { ...options } }) });
      },
    };
    const enumProp = (name: "orientation" | "paperSize", allowed: Set<string>) =>
      writeOnly<string>(layout, "PageLayout", name, (v) => {
        if (!allowed.has(v)) throw Object.assign(new Error(`Excel simulation: ${name} ${v}`), { code: "InvalidArgument" });
        ctx.queue({ bytes: 40, apply: () => (s().pageLayout[name] = v) });
      });
    enumProp("orientation", new Set(["Portrait", "Landscape"]));
    enumProp("paperSize", PAPER_SIZES);
    writeOnly<{ horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }>(layout, "PageLayout", "zoom", (z) => {
      const bad = !z || typeof z !== "object" || Object.keys(z).some((k) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k));
      if (bad) throw Object.assign(new Error(`Excel simulation: zoom ${JSON.stringify(z)}`), { code: "InvalidArgument" });
      ctx.queue({ bytes: 80, apply: () => (s().pageLayout.zoom = { ...z }) });
    });
    writeOnly<boolean>(layout, "PageLayout", "centerHorizontally", (b) => ctx.queue({ bytes: 40, apply: () => (s().pageLayout.centerHorizontally = b) }));
    const footer = {};
    writeOnly<string>(footer, "HeaderFooter", "centerFooter", (t) => ctx.queue({ bytes: 40 + jsonBytes(t), apply: () => (s().pageLayout.centerFooter = t) }));
    layout.headersFooters = expose("HeaderFooterGroup", { defaultForAllPages: expose("HeaderFooter", footer) });
    this.pageLayout = expose("PageLayout", layout);
    this.horizontalPageBreaks = expose("PageBreakCollection", {
      add: (range: SimRange | string) => {
        const [r] = typeof range === "string" ? parseAreas(range) : range.rect ? [range.rect] : [];
        if (!r) throw Object.assign(new Error(`Excel simulation: bad page break range ${String(range)}`), { code: "InvalidArgument" });
        ctx.queue({ bytes: 40, apply: () => s().pageBreaks.push(r.top) });
        return expose("PageBreak", {});
      },
    });
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

/** The workbook behind the simulation: sheets, comments, the active cell and selection, change listeners. */
export class SimBook {
  sheets: SimSheet[] = [];
  active: SimSheet;
  /** the active cell of the active sheet (the selection is this one cell) */
  activeCell = { col: 0, row: 1 };
  /** each other sheet's active cell, restored when it is activated again, as Excel keeps one per sheet */
  private cellOf = new Map<SimSheet, { col: number; row: number }>();
  /** threaded comments (ExcelApi 1.10), addressed `'Sheet'!A1` */
  comments: { address: string; content: string }[] = [];
  /** workbook structure protected: no sheet may be added, deleted or renamed */
  structureProtected = false;
  /** the 1904 date system (a Mac workbook's option): date serials count from 1904-01-01 */
  date1904 = false;
  /** bumped after every sync that changed something (and by the preview's own clicks) */
  version = 0;
  private ids = 0;
  private listeners = new Set<() => void>();

  /** `first`: the first sheet's name; null for a book whose sheets are added by the caller (at least one). */
  constructor(first: string | null = "Sheet1") {
    this.active = first === null ? (null as unknown as SimSheet) : this.addSheet(first);
  }
  addSheet(name: string): SimSheet {
    const s = new SimSheet(name, `{sheet-${++this.ids}}`);
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }
  activate(sheet: SimSheet): void {
    if (sheet === this.active) return;
    if (this.active) this.cellOf.set(this.active, this.activeCell);
    this.active = sheet;
    this.activeCell = this.cellOf.get(sheet) ?? { col: 0, row: 1 };
  }
  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

/** One Excel.run's request context: counts syncs and the bytes of each request, rejects requests over the limit. */
export class SimContext {
  loadables: Loadable[] = [];
  private ops: Op[] = [];
  syncs = 0;
  requestBytes: number[] = [];
  responseBytes = 0;
  /** address of the last select(), e.g. `明细!D7` */
  selected = "";
  calcSuspended = 0;
  screenSuspended = 0;
  /** the context as the adapter sees it: Excel.RequestContext */
  readonly api: Excel.RequestContext;

  constructor(
    readonly book: SimBook,
    readonly limitBytes = 5_000_000,
  ) {
    const ctx = this as SimContext;
    const commentList = new Loadable(
      ctx,
      "CommentCollection",
      { items: () => book.comments.map((c) => expose("Comment", { content: c.content, delete: () => ctx.queue({ bytes: 20, apply: () => (book.comments = book.comments.filter((x) => x !== c)) }) })) },
      "Comment",
    );
    const workbook = expose("Workbook", {
      worksheets: expose("WorksheetCollection", {
        getActiveWorksheet: () => expose("Worksheet", new SimWorksheet(ctx, book.active)),
        getItem: (name: string) => {
          const s = book.sheets.find((x) => x.name === name || x.id === name);
          if (!s) throw Object.assign(new Error(`Excel simulation: no sheet ${name}`), { code: "ItemNotFound" });
          return expose("Worksheet", new SimWorksheet(ctx, s));
        },
        getItemOrNullObject: (key: string) => expose("Worksheet", new SimWorksheet(ctx, book.sheets.find((s) => s.name === key || s.id === key) ?? null)),
        add: (name: string) => {
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
      }),
      application: expose("Application", {
        suspendApiCalculationUntilNextSync: () => void ctx.calcSuspended++,
        suspendScreenUpdatingUntilNextSync: () => void ctx.screenSuspended++,
      }),
      protection: protection(ctx, "WorkbookProtection", () => book.structureProtected),
      functions: expose("Functions", { date: (y: number, m: number, d: number) => functionResult(ctx, () => dateSerial(y, m, d, book.date1904)) }),
      getActiveCell: () => expose("Range", new SimRange(ctx, book.active, { left: book.activeCell.col, right: book.activeCell.col, top: book.activeCell.row, bottom: book.activeCell.row })),
      comments: expose("CommentCollection", {
        load: (p: string) => void commentList.load(p),
        get items() {
          return commentList.read("items");
        },
        add: (address: string, content: string) => ctx.queue({ bytes: 40 + jsonBytes(content), apply: () => book.comments.push({ address, content }) }),
      }),
    });
    this.api = expose("RequestContext", { workbook, sync: () => ctx.sync() }) as unknown as Excel.RequestContext;
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  get pending(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const bytes = this.ops.reduce((b, o) => b + o.bytes, 0);
    this.requestBytes.push(bytes);
    if (bytes > this.limitBytes) throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
    const ops = this.ops;
    this.ops = [];
    try {
      for (const o of ops) this.applyGuarded(o);
    } finally {
      if (ops.length) this.book.changed();
    }
    for (const l of this.loadables) l.settle();
  }

  /** Applies one change; undone and refused when it touches a protected sheet, or the sheet list of a protected structure. */
  private applyGuarded(op: Op): void {
    const book = this.book;
    const locked = book.sheets.filter((s) => s.protected);
    if (!locked.length && !book.structureProtected) return op.apply();
    const saved = locked.map((s) => ({ sheet: s, state: sheetState(s) }));
    const names = book.sheets.map((s) => `${s.id}\u0000${s.name}`).join("\u0001");
    const list = [...book.sheets];
    const deleted = list.map((s) => s.deleted);
    const active = book.active;
    const undo = () => {
      for (const { sheet, state } of saved) Object.assign(sheet, clone(state));
      book.sheets = list;
      list.forEach((s, i) => (s.deleted = deleted[i]));
      book.active = active;
    };
    op.apply();
    const touched = saved.find(({ sheet, state }) => !sameState(sheetState(sheet), state));
    const restructured = book.structureProtected && book.sheets.map((s) => `${s.id}\u0000${s.name}`).join("\u0001") !== names;
    if (touched || restructured) {
      undo();
      const what = touched ? `the sheet ${touched.sheet.name} is protected` : "the workbook structure is protected";
      throw Object.assign(new Error(`Excel simulation: ${what}`), { code: "AccessDenied" });
    }
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requestBytes);
  }
}

/** What a sheet holds (cells, formats, notes, layout …), to tell whether a change touched it. */
function sheetState(sheet: SimSheet): Record<string, unknown> {
  const state: Record<string, unknown> = { ...sheet };
  delete state.name;
  delete state.id;
  return clone(state);
}

/** A deep copy of maps, sets, arrays and plain objects (made here, not with structuredClone, so that it stays of this realm). */
function clone<T>(v: T): T {
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, clone(x)])) as T;
  if (v instanceof Set) return new Set([...v].map(clone)) as T;
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) as T;
  return v;
}

function plain(v: unknown): unknown {
  if (v instanceof Map) return [...v.entries()].map(([k, x]) => [k, plain(x)]);
  if (v instanceof Set) return [...v].map(plain);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function sameState(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/** Excel.run over the simulated book: a fresh context per batch, and the final sync Excel.run makes itself. */
export function simRun(book: SimBook, onContext?: (ctx: SimContext) => void) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new SimContext(book);
    onContext?.(ctx);
    const result = await batch(ctx.api);
    if (ctx.pending) await ctx.sync();
    return result;
  };
}
