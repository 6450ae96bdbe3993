// Stores one column of a scope, as one-byte or two-byte codes into a short list of values where values repeat: typed arrays cost no garbage-collector scans and let expressions be worked out once per code.
import { Value } from "../../values/value";
import { CodeArray, ColumnCodes, widenedFor } from "./columnCodes";
import { Blocks } from "./blocks";
import { keepsNumbering } from "./limits";

/**
 * One column of a scope: a value per entity. Where values repeat (yes/no, labels, table amounts, dates) it is held
 * as codes into a short list of values — a typed array that the garbage collector never scans — instead of an
 * array of references, one per row. `array()` gives the values one per entity when something needs them so.
 */
export class Column {
  private codes: CodeArray | null;
  private plain: Value[] | null;
  /** values held one per entity in blocks (a column of mostly distinct texts: names, phone numbers) */
  private blocks: Blocks<Value> | null = null;
  private texts = false;
  /** value → code while the column is being filled (values by identity: they are immutable) */
  private index: Map<Value, number> | null;
  private last: Value = null;
  private lastCode = 0;
  private sets = 0;

  private constructor(
    readonly size: number,
    codes: CodeArray | null,
    private readonly values: Value[],
    plain: Value[] | null,
    index: Map<Value, number> | null,
  ) {
    this.codes = codes;
    this.plain = plain;
    this.index = index;
  }

  /** an empty column (every value blank) held value by value */
  static plain(size: number): Column {
    return new Column(size, null, [], new Array(size).fill(null), null);
  }

  /** an existing array of values */
  static of(values: Value[]): Column {
    return new Column(values.length, null, [], values, null);
  }

  /** values held in blocks, one per entity; `texts`: every value is a text or blank */
  static ofBlocks(blocks: Blocks<Value>, texts = false): Column {
    const col = new Column(blocks.size, null, [], null, null);
    col.blocks = blocks;
    col.texts = texts;
    return col;
  }

  /** the column's blocks when every value is a text or blank (a text field's column): keys read them as they are */
  textBlocks(): Blocks<string | null> | null {
    return this.texts ? (this.blocks as Blocks<string | null>) : null;
  }

  /** a column already numbered: entity e's value is values[codes[e]] */
  static coded(codes: CodeArray, values: Value[]): Column {
    return new Column(codes.length, codes, values, null, null);
  }

  /** an empty column (every value blank) that numbers its values as they are set, unless `coding` is false */
  static numbering(size: number, coding = true): Column {
    if (!coding) return Column.plain(size);
    return new Column(size, new Uint8Array(size), [null], null, new Map([[null, 0]]));
  }

  /** an empty column of yes/no values (rules, duplicate checks): codes 0 blank, 1 false, 2 true */
  static flags(size: number, coding = true): Column {
    if (!coding) return Column.plain(size);
    return new Column(size, new Uint8Array(size), [null, false, true], null, new Map<Value, number>([[null, 0], [false, 1], [true, 2]]));
  }

  /** a flags column's codes, to be written directly (1 false, 2 true); null for any other column */
  flagCodes(): Uint8Array | null {
    return this.codes instanceof Uint8Array && this.values[2] === true ? this.codes : null;
  }

  /** sets a yes/no value (a flags column stays numbered: no lookup) */
  setFlag(e: number, yes: boolean): void {
    if (this.codes !== null && this.values[2] === true) this.codes[e] = yes ? 2 : 1;
    else this.set(e, yes);
  }

  get(e: number): Value {
    const codes = this.codes;
    if (codes !== null) return this.values[codes[e]];
    return this.blocks !== null ? this.blocks.get(e) : (this.plain as Value[])[e];
  }

  /** a reader of the column's values, entity by entity, without copying them into one array */
  reader(): (e: number) => Value {
    const { codes, values, blocks, plain } = this;
    if (codes !== null) return (e) => values[codes[e]];
    if (blocks !== null) return (e) => blocks.get(e);
    const array = plain as Value[];
    return (e) => array[e];
  }

  set(e: number, v: Value): void {
    const codes = this.codes;
    if (this.blocks !== null) {
      if (v !== null && typeof v !== "string") this.texts = false;
      this.blocks.set(e, v);
      return;
    }
    if (codes === null) {
      (this.plain as Value[])[e] = v;
      return;
    }
    this.sets++;
    if (v === this.last) {
      codes[e] = this.lastCode;
      return;
    }
    let code = this.index?.get(v);
    if (code === undefined) code = this.add(v);
    if (code < 0) {
      (this.plain as Value[])[e] = v;
      return;
    }
    // adding a value may have widened the codes
    (this.codes as CodeArray)[e] = code;
    this.last = v;
    this.lastCode = code;
  }

  /**
   * The code of value v in this numbering column (added if new), for callers that set many entities from a few
   * values: `setCode` then skips the lookup. -1 when the column holds values one by one (use `set`).
   */
  codeOf(v: Value): number {
    if (this.codes === null || this.blocks !== null) return -1;
    if (v === this.last) return this.lastCode;
    const code = this.index?.get(v) ?? this.add(v);
    return this.codes === null ? -1 : code;
  }

  /** sets entity e to the value numbered `code` by codeOf (by value, if the column has since gone value by value) */
  setCode(e: number, code: number): void {
    this.sets++;
    if (this.codes !== null) this.codes[e] = code;
    else this.set(e, this.values[code]);
  }

  private add(v: Value): number {
    const code = this.values.length;
    if (this.index === null || !keepsNumbering(code, this.sets)) {
      this.toPlain();
      return -1;
    }
    this.values.push(v);
    this.index.set(v, code);
    this.codes = widenedFor(this.codes as CodeArray, code);
    return code;
  }

  /** from here on value by value */
  private toPlain(): void {
    this.plain = this.array();
    this.codes = null;
    this.index = null;
  }

  /** the column as codes, or null when it is held value by value */
  asCodes(): ColumnCodes | null {
    return this.codes === null ? null : { codes: this.codes, values: this.values };
  }

  /** the values, one per entity: the column's own array, or one built from the codes */
  array(): Value[] {
    if (this.plain !== null) return this.plain;
    if (this.blocks !== null) return (this.plain = this.blocks.toArray());
    const out: Value[] = new Array(this.size);
    const { codes, values } = this;
    for (let e = 0; e < this.size; e++) out[e] = values[(codes as CodeArray)[e]];
    return out;
  }
}
