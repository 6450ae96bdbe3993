/**
 * A small in-memory Excel for the adapter tests, where office-addin-mock is too thin: it has no collections, no
 * ranges by address, and nothing to apply writes to. This fake keeps Office's batch discipline — properties can be
 * read only after load + sync, writes land at the next sync — and measures every request (syncs and JSON bytes).
 */
import { cellAddress, parseAreas, Rect } from "../../src/excel/address";

type Cell = string | number | boolean;

export class FakeSheet {
  cells = new Map<string, Cell>();
  formulas = new Set<string>();
  numberFormats = new Map<string, string>();
  fills = new Map<string, string>();
  bold = new Set<string>();
  widths = new Map<number, number>();
  merges: Rect[] = [];
  notes: { address: string; content: string }[] = [];
  charts: { name: string; title: string; values: string; categories: string; position: [string, string] }[] = [];
  frozenRows = 0;
  hiddenRows = new Set<number>();
  tables: { name: string; rect: Rect }[] = [];
  formatsCopied: { to: string; from: string }[] = [];
  deleted = false;

  constructor(
    public name: string,
    public id: string,
  ) {}

  static key(col: number, row: number): string {
    return `${col}:${row}`;
  }

  get(col: number, row: number): Cell | undefined {
    return this.cells.get(FakeSheet.key(col, row));
  }

  /** rows[r][c] → sheet row top+r (1-based), column left+c (0-based); null/"" leave the cell empty */
  put(rows: (Cell | null)[][], top = 1, left = 0): void {
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") this.cells.set(FakeSheet.key(left + c, top + r), v);
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
        const [c, r] = k.split(":").map(Number);
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

/** A loadable proxy: properties listed in `load` become readable at the next sync. */
class Loadable {
  private requested = new Set<string>();
  private loaded = new Set<string>();
  constructor(
    protected ctx: FakeContext,
    private readonly getters: Record<string, () => unknown>,
  ) {
    ctx.loadables.push(this);
  }
  load(props?: string | string[]): this {
    const list = props === undefined ? Object.keys(this.getters) : Array.isArray(props) ? props : props.split(",");
    for (const p of list.map((x) => x.trim()).filter(Boolean)) this.requested.add(p.startsWith("items/") ? "items" : p);
    return this;
  }
  settle(): void {
    // isNullObject needs no load, only a sync
    this.loaded.add("isNullObject");
    for (const p of this.requested) this.loaded.add(p);
    this.requested.clear();
  }
  read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`fake Excel: ${prop} read before load + sync`);
    return this.getters[prop]() as T;
  }
}

function rectAddress(sheet: FakeSheet, r: Rect): string {
  const a = cellAddress(r.left, r.top);
  const b = cellAddress(r.right, r.bottom);
  return `${sheet.name}!${a === b ? a : `${a}:${b}`}`;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom), left: Math.max(a.left, b.left), right: Math.min(a.right, b.right) };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v), "utf8");
}

export class FakeRange extends Loadable {
  format: { columnWidth?: number; fill: { color?: string; clear: () => void }; font: { bold?: boolean } };
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly rect: Rect | null,
  ) {
    super(ctx, {
      values: () => this.readValues(),
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
    // setters written as properties so that writes queue like Office's proxies do
    const setter = <T>(target: object, name: string, set: (v: T) => void) => Object.defineProperty(target, name, { set, enumerable: true });
    const fill = { clear: () => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => this.sheet.fills.delete(k)) }) };
    setter<string>(fill, "color", (c) => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => this.sheet.fills.set(k, c)) }));
    const font = {};
    setter<boolean>(font, "bold", (b) => ctx.queue({ bytes: 30, apply: () => this.eachCell((k) => (b ? this.sheet.bold.add(k) : this.sheet.bold.delete(k))) }));
    const format = { fill, font };
    setter<number>(format, "columnWidth", (w) => ctx.queue({ bytes: 30, apply: () => this.eachColumn((c) => this.sheet.widths.set(c, w)) }));
    this.format = format as FakeRange["format"];
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(rows: unknown[][]) {
    const rect = this.rect!;
    const h = rect.bottom - rect.top + 1;
    const w = rect.right - rect.left + 1;
    if (rows.length !== h || rows.some((l) => l.length !== w)) throw new Error(`fake Excel: ${h}×${w} range given ${rows.length} rows`);
    this.ctx.queue({
      bytes: jsonBytes(rows),
      apply: () =>
        rows.forEach((line, i) =>
          line.forEach((v, j) => {
            if (v === null) return;
            const k = FakeSheet.key(rect.left + j, rect.top + i);
            this.sheet.formulas.delete(k);
            if (v === "") this.sheet.cells.delete(k);
            else this.sheet.cells.set(k, v as Cell);
          }),
        ),
    });
  }
  set numberFormat(rows: (string | null)[][]) {
    const rect = this.rect!;
    this.ctx.queue({
      bytes: jsonBytes(rows),
      apply: () =>
        rows.forEach((line, i) =>
          line.forEach((f, j) => {
            if (f !== null) this.sheet.numberFormats.set(FakeSheet.key(rect.left + j, rect.top + i), f);
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
  private readValues(): unknown[][] {
    const r = this.rect!;
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let c = r.left; c <= r.right; c++) line.push(this.sheet.get(c, row) ?? "");
      out.push(line);
    }
    this.ctx.responseBytes = Math.max(this.ctx.responseBytes, jsonBytes(out));
    return out;
  }
  eachCell(f: (key: string) => void): void {
    const r = this.rect!;
    for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) f(FakeSheet.key(c, row));
  }
  eachColumn(f: (c: number) => void): void {
    for (let c = this.rect!.left; c <= this.rect!.right; c++) f(c);
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.sheet, this.rect && other.rect ? intersect(this.rect, other.rect) : null);
  }
  getSpecialCellsOrNullObject(kind: string): FakeAreas {
    if (kind !== "Formulas") throw new Error(`fake Excel: special cells ${kind}`);
    const rects: Rect[] = [];
    for (const k of this.sheet.formulas) {
      const [c, r] = k.split(":").map(Number);
      if (this.rect && intersect(this.rect, { left: c, right: c, top: r, bottom: r })) rects.push({ left: c, right: c, top: r, bottom: r });
    }
    return new FakeAreas(this.ctx, this.sheet, rects);
  }
  getMergedAreasOrNullObject(): FakeAreas {
    return new FakeAreas(this.ctx, this.sheet, this.sheet.merges.filter((m) => this.rect && intersect(this.rect, m)));
  }
  getTables(): { getCount: () => { value: number }; getFirst: () => FakeTable } {
    const hits = this.sheet.tables.filter((t) => this.rect && intersect(this.rect, t.rect));
    const ctx = this.ctx;
    return {
      getCount: () => {
        const result = new Loadable(ctx, { value: () => hits.length });
        result.load("value");
        return { get value() { return result.read<number>("value"); } };
      },
      getFirst: () => new FakeTable(ctx, this.sheet, hits[0]),
    };
  }
  copyFrom(source: FakeRange, type: string): void {
    this.ctx.queue({ bytes: 50, apply: () => this.sheet.formatsCopied.push({ to: rectAddress(this.sheet, this.rect!), from: `${rectAddress(source.sheet, source.rect!)}/${type}` }) });
  }
  select(): void {
    this.ctx.queue({ bytes: 20, apply: () => (this.ctx.selected = rectAddress(this.sheet, this.rect!)) });
  }
}

class FakeAreas extends Loadable {
  format: { fill: { color?: string; clear: () => void } };
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly rects: Rect[],
  ) {
    super(ctx, { address: () => rects.map((r) => rectAddress(sheet, r)).join(","), isNullObject: () => rects.length === 0 });
    const ranges = () => rects.map((r) => new FakeRange(ctx, sheet, r));
    this.format = {
      fill: {
        clear: () => ranges().forEach((r) => r.format.fill.clear()),
        set color(c: string) {
          ranges().forEach((r) => (r.format.fill.color = c));
        },
      },
    };
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

class FakeTable extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly table: { name: string; rect: Rect },
  ) {
    super(ctx, { name: () => table.name });
  }
  get name(): string {
    return this.read("name");
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheet, this.table.rect);
  }
}

class FakeWorksheet extends Loadable {
  notes: { load: (p: string) => void; readonly items: { content: string; delete: () => void }[]; add: (address: string, content: string) => void };
  charts: { add: (type: string, source: FakeRange, seriesBy: string) => unknown };
  freezePanes: { freezeRows: (n: number) => void };
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet | null,
  ) {
    super(ctx, { name: () => sheet?.name, id: () => sheet?.id, isNullObject: () => sheet === null });
    const s = () => this.live();
    const list = new Loadable(ctx, { items: () => s().notes.map((n) => ({ content: n.content, delete: () => ctx.queue({ bytes: 20, apply: () => (s().notes = s().notes.filter((x) => x !== n)) }) })) });
    this.notes = {
      load: (p: string) => void list.load(p),
      get items() {
        return list.read<{ content: string; delete: () => void }[]>("items");
      },
      add: (address: string, content: string) => ctx.queue({ bytes: 40 + jsonBytes(content), apply: () => s().notes.push({ address, content }) }),
    };
    this.charts = {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const chart = { name: "", title: { text: "" }, legend: { visible: true }, categories: "", position: ["", ""] as [string, string] };
        ctx.queue({
          bytes: 200,
          apply: () => s().charts.push({ name: chart.name, title: chart.title.text, values: `${rectAddress(source.sheet, source.rect!)}/${type}/${seriesBy}`, categories: chart.categories, position: chart.position }),
        });
        return {
          set name(n: string) {
            chart.name = n;
          },
          title: chart.title,
          legend: chart.legend,
          series: { getItemAt: () => ({ setXAxisValues: (r: FakeRange) => (chart.categories = rectAddress(r.sheet, r.rect!)) }) },
          setPosition: (a: string, b: string) => (chart.position = [a, b]),
        };
      },
    };
    this.freezePanes = { freezeRows: (n: number) => ctx.queue({ bytes: 20, apply: () => (s().frozenRows = n) }) };
  }
  private live(): FakeSheet {
    if (!this.sheet || this.sheet.deleted) throw new Error("fake Excel: no such sheet");
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
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.live(), this.live().bounds(!!valuesOnly) ?? { top: 1, bottom: 1, left: 0, right: 0 });
  }
  getRange(address: string): FakeRange {
    const [r] = parseAreas(address);
    if (!r) throw new Error(`fake Excel: bad address ${address}`);
    return new FakeRange(this.ctx, this.live(), r);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.live(), { top: row + 1, bottom: row + rows, left: col, right: col + cols - 1 });
  }
  getRanges(address: string): FakeAreas {
    return new FakeAreas(this.ctx, this.live(), parseAreas(address));
  }
  activate(): void {
    this.ctx.queue({ bytes: 20, apply: () => (this.ctx.book.active = this.live()) });
  }
  delete(): void {
    this.ctx.queue({ bytes: 20, apply: () => {
      this.live().deleted = true;
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== this.sheet);
    } });
  }
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  active: FakeSheet;
  private ids = 0;
  activeCell = { col: 0, row: 1 };
  constructor(first = "Sheet1") {
    this.active = this.addSheet(first);
  }
  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, `{sheet-${++this.ids}}`);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

/** The request context: count syncs, the bytes of each request, and reject requests over the limit. */
export class FakeContext {
  loadables: Loadable[] = [];
  private ops: Op[] = [];
  syncs = 0;
  requestBytes: number[] = [];
  responseBytes = 0;
  selected = "";
  calcSuspended = 0;
  screenSuspended = 0;
  workbook: unknown;

  constructor(
    readonly book: FakeBook,
    readonly limitBytes = 5_000_000,
  ) {
    const ctx = this as FakeContext;
    const comments: { address: string; content: string; deleted?: boolean }[] = [];
    const commentList = new Loadable(ctx, { items: () => comments.filter((c) => !c.deleted).map((c) => ({ content: c.content, delete: () => ctx.queue({ bytes: 20, apply: () => (c.deleted = true) }) })) });
    this.workbook = {
      worksheets: {
        getActiveWorksheet: () => new FakeWorksheet(ctx, book.active),
        getItem: (name: string) => {
          const s = book.sheet(name);
          if (!s) throw new Error(`fake Excel: no sheet ${name}`);
          return new FakeWorksheet(ctx, s);
        },
        getItemOrNullObject: (key: string) => new FakeWorksheet(ctx, book.sheets.find((s) => s.name === key || s.id === key) ?? null),
        add: (name: string) => {
          const sheet = new FakeSheet(name, "");
          const ws = new FakeWorksheet(ctx, sheet);
          ctx.queue({ bytes: 20, apply: () => {
            if (book.sheet(name)) throw new Error(`fake Excel: sheet ${name} exists`);
            const made = book.addSheet(name);
            sheet.id = made.id;
            book.sheets[book.sheets.length - 1] = sheet;
          } });
          return ws;
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => ctx.calcSuspended++,
        suspendScreenUpdatingUntilNextSync: () => ctx.screenSuspended++,
      },
      getActiveCell: () => new FakeRange(ctx, book.active, { left: book.activeCell.col, right: book.activeCell.col, top: book.activeCell.row, bottom: book.activeCell.row }),
      comments: {
        load: (p: string) => void commentList.load(p),
        get items() {
          return commentList.read("items");
        },
        add: (address: string, content: string) => ctx.queue({ bytes: 40 + jsonBytes(content), apply: () => comments.push({ address, content }) }),
      },
      _comments: comments,
    };
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const bytes = this.ops.reduce((b, o) => b + o.bytes, 0);
    this.requestBytes.push(bytes);
    if (bytes > this.limitBytes) throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
    const ops = this.ops;
    this.ops = [];
    for (const o of ops) o.apply();
    for (const l of this.loadables) l.settle();
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requestBytes);
  }
}
