// Reading one cell of a worksheet the long way: any attribute order, formulas, rich text, phonetic runs, comments, CDATA.
import { RawCell } from "../../engine";
import { SLASH } from "./bytes";
import { plainValue, SheetContext } from "./cellValue";
import { attrRaw, isName, isSpecial, refColumn, skipSpecial, tagEnd } from "./scan";
import { decodeOoxmlEscapes, textOf } from "./xmlText";


/** element names with the sheet's namespace prefix */
export interface CellTags {
  c: string;
  v: string;
  f: string;
  t: string;
  r: string;
  rPh: string;
}

export interface SlowCell {
  /** index after the cell */
  next: number;
  /** its 0-based column */
  col: number;
  /** whether it holds a value (false: a blank, or a value element with no text) */
  has: boolean;
  /** its cell style index */
  style: number;
  value: RawCell;
}

/**
 * Any cell, from its `<c` at `lt`, read the long way (the string `s` is the Latin-1 view of `buf`); `lastCol` is
 * the column of the cell before, for a cell without a reference.
 */
export function slowCell(s: string, buf: Buffer, lt: number, lastCol: number, ctx: SheetContext, tags: CellTags): SlowCell {
  const te = tagEnd(s, lt);
  if (te < 0) throw new Error("unterminated tag in sheetData");
  const from = lt + 1 + tags.c.length;
  const r = attrRaw(s, from, te, "r");
  const col = r !== undefined && refColumn(r, 0, r.length) >= 0 ? refColumn(r, 0, r.length) : lastCol + 1;
  const style = parseInt(attrRaw(s, from, te, "s") ?? "", 10) || 0;
  const type = attrRaw(s, from, te, "t") ?? "";
  if (s.charCodeAt(te - 1) === SLASH) return { next: te + 1, col, has: false, value: null, style };

  const kids = new CellChildren(s, buf, tags);
  const next = kids.read(te + 1);
  // an inline string's text is its <is>: plain text, then runs (a stray <v> beside it is not shown, as in SheetJS)
  const inline = type === "inlineStr" || kids.runs !== null;
  const val = kids.formula ? kids.val : inline ? (kids.direct ?? (kids.runs ? undefined : kids.val)) : (kids.val ?? kids.direct);
  let value: RawCell;
  // a formula's cached result is read by its own type; anything else (a stray `s` or `inlineStr`) as a number
  if (kids.formula) value = val ? plainValue(type === "str" || type === "b" || type === "e" || type === "d" ? type : "n", style, val, ctx) : null;
  else if (kids.runs) value = (val === undefined ? "" : decodeOoxmlEscapes(val)) + kids.runs.join("") || null;
  else if (val === undefined) return { next, col, has: false, value: null, style };
  else value = plainValue(type, style, type === "inlineStr" ? decodeOoxmlEscapes(val) : val, ctx);
  return { next, col, has: true, value, style };
}

/** what the text being read belongs to */
const NONE = 0;
/** `<v>` */
const VALUE = 1;
/** `<f>` */
const FORMULA = 2;
/** the `<t>` of a rich-text run */
const RUN_TEXT = 3;
/** a `<t>` outside a run (an inline string's plain text) */
const DIRECT_TEXT = 4;

/** The children of one cell, read up to its end tag: its value text, whether it has a formula, its rich-text runs. */
class CellChildren {
  /** the text of `<v>` */
  val: string | undefined;
  /** the text of `<t>` outside runs and phonetic runs */
  direct: string | undefined;
  formula = false;
  runs: string[] | null = null;
  private run: string | undefined;
  private inRun = false;
  private phonetic = 0;
  private mode = NONE;
  private runText = "";

  constructor(
    private readonly s: string,
    private readonly buf: Buffer,
    private readonly tags: CellTags,
  ) {}

  /** Reads from `k` (after the cell's start tag) to its end tag; the index after that. */
  read(k: number): number {
    const { s, buf } = this;
    for (;;) {
      const at = s.indexOf("<", k);
      if (at < 0) throw new Error("unterminated cell");
      if (this.mode !== NONE && at > k) this.text(() => textOf(s, buf, k, at));
      const c = s.charCodeAt(at + 1);
      if (isSpecial(c)) {
        k = skipSpecial(s, at, (x, y) => {
          if (this.mode !== NONE && y > x) this.text(() => buf.toString("utf8", x, y));
        });
        continue;
      }
      const e = tagEnd(s, at);
      if (e < 0) throw new Error("unterminated tag in a cell");
      k = e + 1;
      if (c !== SLASH) this.open(at, e);
      else if (isName(s, at + 2, this.tags.c)) return k;
      else this.close(at);
    }
  }

  /** Text inside the current element (made only when it is kept: a formula's text is not). */
  private text(make: () => string): void {
    if (this.mode === FORMULA) {
      this.formula = true;
      return;
    }
    const text = make();
    if (this.mode === VALUE) this.val = this.val === undefined ? text : this.val + text;
    else if (this.mode === DIRECT_TEXT) this.direct = this.direct === undefined ? text : this.direct + text;
    else this.runText += text;
  }

  /** The end tag at `at` (not the cell's own). */
  private close(at: number): void {
    const { s, tags } = this;
    if (isName(s, at + 2, tags.r)) {
      (this.runs ??= []).push(this.run ?? "");
      this.inRun = false;
    } else if (isName(s, at + 2, tags.rPh)) this.phonetic--;
    else {
      if (this.mode === RUN_TEXT && isName(s, at + 2, tags.t)) this.run = decodeOoxmlEscapes(this.runText);
      this.mode = NONE;
    }
  }

  /** The start tag `at`..`e`. */
  private open(at: number, e: number): void {
    const { s, tags } = this;
    const self = s.charCodeAt(e - 1) === SLASH;
    if (isName(s, at + 1, tags.v)) this.mode = self ? NONE : VALUE;
    else if (isName(s, at + 1, tags.f)) {
      if (attrRaw(s, at + 1 + tags.f.length, e, "t")) this.formula = true;
      this.mode = self ? NONE : FORMULA;
    } else if (isName(s, at + 1, tags.t)) {
      if (this.phonetic > 0) this.mode = NONE;
      else if (this.inRun) {
        this.runText = "";
        if (self) this.run = "";
        this.mode = self ? NONE : RUN_TEXT;
      } else {
        if (self) this.direct ??= "";
        this.mode = self ? NONE : DIRECT_TEXT;
      }
    } else if (isName(s, at + 1, tags.r) && !self) {
      this.inRun = true;
      this.run = undefined;
    } else if (isName(s, at + 1, tags.rPh) && !self) this.phonetic++;
  }
}
