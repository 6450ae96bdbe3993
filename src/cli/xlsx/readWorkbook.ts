import { RawCell } from "../../engine";
import { Package, parseRels, REL_TYPES, resolveTarget } from "./opc";
import { attrRaw, attrValue, bytesAt, decodeOoxmlEscapes, decodeText, isName, nameAt, refColumn, skipElement, skipSpecial, span, tagEnd, tagEndAt, textOf, textOfBytes, WS } from "./scan";
import { attrs, parseRange, rootPrefix } from "./xml";

/**
 * Reads every worksheet of an .xlsx/.xlsm as a grid of the values a user sees, straight from the sheet XML (no
 * workbook model is built: reading 100 000 rows through exceljs took most of a fill).
 *
 * The values are those exceljs gives for the same file, as the engine has always received them:
 * - shared strings (rich text joined, phonetic runs left out, `_xHHHH_` escapes decoded), inline strings, `str`;
 *   an empty text is no value;
 * - numbers; a number whose cell style (other than style 0) has a date format — exceljs's test: after removing
 *   `[…]` and `"…"`, one of y m d h s b remains; built-in formats 14–22 and 45–47 — becomes the Date of that serial
 *   (UTC, 1900 or 1904 date system);
 * - booleans, error cells (their text, such as `#N/A`);
 * - formulas give their cached result (no cached result: no value);
 * - in a merged range only the top-left cell holds a value.
 * Where exceljs reads wrong, this reader does not (test/cli/xlsxReader.test.ts shows each case): a formula whose
 * cached result is 0 or FALSE is 0 or false (exceljs dropped falsy results: a blank cell, unlike Excel and the task
 * pane); a text, boolean or error result of a formula in a date-formatted cell stays text, boolean or error (exceljs
 * made an invalid Date or 1899-12-31 of it); an ISO date cell (`t="d"`) is that date (exceljs: the year read as a
 * serial); CDATA text is text; a phonetic run in an inline string is left out (exceljs lost the cell); `str` text is
 * decoded once (exceljs decoded `&amp;lt;` to `<`); rows and cells without a reference follow the one before, and
 * lower-case references are read (exceljs could not load such sheets); `date1904="true"` counts like `"1"`;
 * worksheets are found through the relationships whatever their part names; overlapping merges do not stop the read.
 */

export interface SheetCells {
  name: string;
  /** cells by 0-based row and column: cells[r][c] is sheet row r+1, column c+1 */
  cells: RawCell[][];
}

/** exceljs's built-in number formats (its defaultnumformats table; ids without a format there are not dates) */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Whether a number format shows a date or time (exceljs's rule, so dates are read as before). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(f);
}

/** The Date of a spreadsheet serial number (exceljs's arithmetic, to the millisecond). */
export function serialToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function isoDate(text: string): RawCell {
  const t = text.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(t);
  const ms = Date.parse(t.includes("T") && !zoned ? `${t}Z` : t);
  return Number.isNaN(ms) ? text : new Date(ms);
}

/** Per cell style (cellXfs index): 1 when its number format is a date format. Style 0 never converts (as exceljs). */
function dateStyles(xml: string | null): Uint8Array {
  if (!xml) return new Uint8Array(0);
  const p = rootPrefix(xml, "styleSheet");
  const custom = new Map<number, string>();
  for (const tag of xml.match(new RegExp(`<${p.replace(/[.-]/g, "\\$&")}numFmt\\b[^>]*>`, "g")) ?? []) {
    const a = attrs(tag);
    custom.set(parseInt(a.numFmtId, 10), (a.formatCode ?? "").replace(/[\\](.)/g, "$1"));
  }
  const section = new RegExp(`<${p.replace(/[.-]/g, "\\$&")}cellXfs\\b[^>]*?(/?)>`).exec(xml);
  if (!section || section[1] === "/") return new Uint8Array(0);
  const close = xml.indexOf(`</${p}cellXfs>`, section.index);
  const inner = xml.slice(section.index + section[0].length, close < 0 ? xml.length : close);
  const xfs = inner.match(new RegExp(`<${p.replace(/[.-]/g, "\\$&")}xf\\b[^>]*>`, "g")) ?? [];
  const out = new Uint8Array(xfs.length);
  xfs.forEach((tag, i) => {
    const id = parseInt(attrs(tag).numFmtId, 10);
    if (i > 0 && id) out[i] = isDateFormat(custom.get(id) ?? BUILTIN_FORMATS[id]) ? 1 : 0;
  });
  return out;
}

/** The shared-string table as cell values: plain or rich text (runs joined, phonetic runs left out), "" → null. */
function sharedStrings(xml: string | null): RawCell[] {
  const out: RawCell[] = [];
  if (!xml) return out;
  const p = rootPrefix(xml, "sst");
  const si = `${p}si`;
  const t = `${p}t`;
  const r = `${p}r`;
  const rPh = `${p}rPh`;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf(`<${si}`, i);
    if (lt < 0) break;
    const te = tagEnd(xml, lt);
    if (te < 0) break;
    if (!isName(xml, lt + 1, si)) {
      i = te + 1;
      continue;
    }
    if (xml.charCodeAt(te - 1) === 47) {
      out.push(null);
      i = te + 1;
      continue;
    }
    const end = xml.indexOf(`</${si}>`, te);
    const stop = end < 0 ? xml.length : end;
    // the usual entry: <si><t>text</t></si>
    if (xml.startsWith(`<${t}`, te + 1) && isName(xml, te + 2, t)) {
      const tte = tagEnd(xml, te + 1);
      const tclose = xml.indexOf(`</${t}>`, tte);
      if (tte > 0 && xml.charCodeAt(tte - 1) !== 47 && tclose === stop - t.length - 3 && xml.indexOf("<", tte + 1) === tclose) {
        out.push(decodeOoxmlEscapes(decodeText(xml.slice(tte + 1, tclose))) || null);
        i = stop + si.length + 3;
        continue;
      }
    }
    // general: direct <t> (the last one counts, as in exceljs) or rich-text runs <r><t>…</t></r>; <rPh> is skipped
    let direct: string | undefined;
    const runs: string[] = [];
    let run: string | undefined;
    let inRun = false;
    let collect: string[] | null = null;
    let k = te + 1;
    while (k < stop) {
      const at = xml.indexOf("<", k);
      if (at < 0 || at > stop) break;
      if (collect && at > k) collect.push(xml.slice(k, at));
      const c = xml.charCodeAt(at + 1);
      if (c === 33 || c === 63) {
        k = skipSpecial(xml, at, (a, b) => collect?.push(xml.slice(a, b).replace(/&/g, "&amp;")));
        continue;
      }
      const e = tagEnd(xml, at);
      if (e < 0) break;
      if (c === 47) {
        if (isName(xml, at + 2, t) && collect) {
          const text = decodeOoxmlEscapes(decodeText(collect.join("")));
          if (inRun) run = text;
          else direct = text;
          collect = null;
        } else if (isName(xml, at + 2, r)) {
          runs.push(run ?? "");
          inRun = false;
        }
        k = e + 1;
        continue;
      }
      const self = xml.charCodeAt(e - 1) === 47;
      if (isName(xml, at + 1, rPh)) {
        k = skipElement(xml, at, e);
        continue;
      }
      if (isName(xml, at + 1, t)) {
        if (self) {
          if (inRun) run = "";
          else direct = "";
        } else collect = [];
      } else if (isName(xml, at + 1, r) && !self) {
        inRun = true;
        run = undefined;
      }
      k = e + 1;
    }
    out.push((runs.length ? runs.join("") : direct) || null);
    i = stop + si.length + 3;
  }
  return out;
}

interface SheetContext {
  sst: RawCell[];
  dateStyle: Uint8Array;
  date1904: boolean;
}

/**
 * The value of a cell's text by its type, as exceljs reads it (and, for a formula, its cached result: a `s` or
 * `inlineStr` type does not occur there). Only numbers become dates.
 */
function plainValue(type: string, style: number, val: string, ctx: SheetContext): RawCell {
  switch (type) {
    case "s": {
      const idx = parseInt(val, 10);
      if (!(idx >= 0 && idx < ctx.sst.length)) throw new Error(`shared string ${val} does not exist`);
      return ctx.sst[idx];
    }
    case "str":
    case "inlineStr":
    case "e":
      return val;
    case "b":
      return parseInt(val, 10) !== 0;
    case "d":
      return isoDate(val);
    default: {
      const n = parseFloat(val);
      return style && ctx.dateStyle[style] === 1 ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

const R = Buffer.from("r");

/** `t` attribute values, shared so that comparing them is cheap */
function typeName(b: Buffer, from: number, to: number): string {
  const len = to - from;
  if (len === 1) {
    const c = b[from];
    if (c === 115) return "s";
    if (c === 110) return "n";
    if (c === 98) return "b";
    if (c === 101) return "e";
    if (c === 100) return "d";
  } else if (len === 3 && b[from] === 115 && b[from + 1] === 116 && b[from + 2] === 114) return "str";
  else if (len === 9 && b[from] === 105 && b.toString("latin1", from, to) === "inlineStr") return "inlineStr";
  return b.toString("latin1", from, to);
}

interface Tags {
  p: string;
  c: string;
  v: string;
  f: string;
  t: string;
  r: string;
  rPh: string;
}

/**
 * Any cell, from its `<c` at `lt`, read the long way (the string `s` is the Latin-1 view of `buf`): attributes
 * anywhere, formulas, rich text, phonetic runs, comments, CDATA.
 */
function slowCell(s: string, buf: Buffer, lt: number, lastCol: number, ctx: SheetContext, tags: Tags): { next: number; col: number; has: boolean; value: RawCell } {
  const te = tagEnd(s, lt);
  if (te < 0) throw new Error("unterminated tag in sheetData");
  const from = lt + 1 + tags.c.length;
  const r = attrRaw(s, from, te, "r");
  const col = r !== undefined && refColumn(r, 0, r.length) >= 0 ? refColumn(r, 0, r.length) : lastCol + 1;
  const style = parseInt(attrRaw(s, from, te, "s") ?? "", 10) || 0;
  const type = attrRaw(s, from, te, "t") ?? "";
  if (s.charCodeAt(te - 1) === 47) return { next: te + 1, col, has: false, value: null };

  let val: string | undefined;
  let formula = false;
  let runs: string[] | null = null;
  let run: string | undefined;
  let inRun = false;
  let phonetic = 0;
  let mode = 0; // 1 <v> or a direct <t>, 2 <f>, 3 <t> of a run
  let runText = "";
  let k = te + 1;
  for (;;) {
    const at = s.indexOf("<", k);
    if (at < 0) throw new Error("unterminated cell");
    if (mode !== 0 && at > k) {
      if (mode === 2) formula = true;
      else {
        const text = textOf(s, buf, k, at);
        if (mode === 1) val = val === undefined ? text : val + text;
        else runText += text;
      }
    }
    const c = s.charCodeAt(at + 1);
    if (c === 33 || c === 63) {
      k = skipSpecial(s, at, (x, y) => {
        if (mode === 0 || y <= x) return;
        if (mode === 2) formula = true;
        else {
          const text = buf.toString("utf8", x, y);
          if (mode === 1) val = val === undefined ? text : val + text;
          else runText += text;
        }
      });
      continue;
    }
    const e = tagEnd(s, at);
    if (e < 0) throw new Error("unterminated tag in a cell");
    k = e + 1;
    if (c === 47) {
      if (isName(s, at + 2, tags.c)) break;
      if (isName(s, at + 2, tags.r)) {
        (runs ??= []).push(run ?? "");
        inRun = false;
      } else if (isName(s, at + 2, tags.rPh)) phonetic--;
      else {
        if (mode === 3 && isName(s, at + 2, tags.t)) run = decodeOoxmlEscapes(runText);
        mode = 0;
      }
      continue;
    }
    const self = s.charCodeAt(e - 1) === 47;
    if (isName(s, at + 1, tags.v)) mode = self ? 0 : 1;
    else if (isName(s, at + 1, tags.f)) {
      if (attrRaw(s, at + 1 + tags.f.length, e, "t")) formula = true;
      mode = self ? 0 : 2;
    } else if (isName(s, at + 1, tags.t)) {
      if (phonetic > 0) mode = 0;
      else if (inRun) {
        runText = "";
        if (self) run = "";
        mode = self ? 0 : 3;
      } else mode = self ? 0 : 1;
    } else if (isName(s, at + 1, tags.r) && !self) {
      inRun = true;
      run = undefined;
    } else if (isName(s, at + 1, tags.rPh) && !self) phonetic++;
  }
  let value: RawCell;
  if (formula) value = val ? plainValue(type === "str" || type === "b" || type === "e" || type === "d" ? type : "n", style, val, ctx) : null;
  else if (runs) value = runs.join("") || null;
  else if (val === undefined) return { next: k, col, has: false, value: null };
  else value = plainValue(type, style, val, ctx);
  return { next: k, col, has: true, value };
}

/** The cell values of one worksheet part. */
export function readSheetCells(buf: Buffer, ctx: SheetContext): RawCell[][] {
  // the Latin-1 view of the bytes, made when a cell needs the long way round
  let latin1: string | null = null;
  const S = () => (latin1 ??= buf.toString("latin1"));
  const head = buf.toString("latin1", 0, Math.min(buf.length, 8192));
  const p = /<([\w.-]+:)?worksheet[\s>]/.test(head) ? rootPrefix(head, "worksheet") : rootPrefix(S(), "worksheet");
  const tags: Tags = { p, c: `${p}c`, v: `${p}v`, f: `${p}f`, t: `${p}t`, r: `${p}r`, rPh: `${p}rPh` };
  const bin = (x: string) => Buffer.from(x, "latin1");
  const cName = bin(`${p}c`);
  const rowName = bin(`${p}row`);
  const vOpen = bin(`<${p}v>`);
  const vcClose = bin(`</${p}v></${p}c>`);
  const isOpen = bin(`<${p}is><${p}t>`);
  const isClose = bin(`</${p}t></${p}is></${p}c>`);
  const b = buf;
  const n = b.length;
  const rows: (RawCell[] | undefined)[] = [];

  let open = -1;
  const sheetData = bin(`${p}sheetData`);
  for (let at = b.indexOf(`<${p}sheetData`); at >= 0; at = b.indexOf(`<${p}sheetData`, at + 1)) {
    if (nameAt(b, at + 1, sheetData)) {
      open = at;
      break;
    }
  }
  if (open < 0) return [];
  const openEnd = tagEndAt(b, open, n);
  if (openEnd < 0) throw new Error("unterminated sheetData");
  // one sheetData per sheet; its end tag cannot occur in cell text (escaped there): found from the end
  let end = b[openEnd - 1] === 47 ? openEnd : b.lastIndexOf(`</${p}sheetData>`);
  if (end < openEnd) end = n;
  const { sst, dateStyle, date1904 } = ctx;

  let rowNum = 0;
  let line: RawCell[] | undefined;
  let lastCol = -1;
  let i = openEnd + 1;
  for (;;) {
    while (i < end && b[i] !== 60) i++;
    if (i >= end) break;
    const lt = i;
    const c1 = b[lt + 1];
    if (c1 === 47) {
      while (i < end && b[i] !== 62) i++;
      i++;
      continue;
    }
    if (c1 === 33 || c1 === 63) {
      i = skipSpecial(S(), lt);
      continue;
    }

    if (nameAt(b, lt + 1, cName)) {
      // <c r="B2" s="1" t="s">, one pass over the attributes
      let k = lt + 1 + cName.length;
      let col = -1;
      let style = 0;
      let type = "";
      let te = -1;
      let self = false;
      for (;;) {
        let c = b[k];
        while (WS(c)) c = b[++k];
        if (c === 62) {
          te = k;
          break;
        }
        if (c === 47 && b[k + 1] === 62) {
          te = k + 1;
          self = true;
          break;
        }
        const ns = k;
        while (c !== 61 && c !== 62 && c !== 47 && !WS(c) && k < n) c = b[++k];
        const q = b[k + 1];
        if (c !== 61 || (q !== 34 && q !== 39)) break; // spaces around "=" or no value: the long way
        let v = k + 2;
        const single = k - ns === 1 ? b[ns] : 0;
        if (single === 114) {
          // r: the column letters
          let x = b[v] === 36 ? v + 1 : v;
          let letters = 0;
          for (let ch = b[x]; ; ch = b[++x]) {
            if (ch >= 97 && ch <= 122) ch -= 32;
            if (ch < 65 || ch > 90) break;
            letters = letters * 26 + (ch - 64);
          }
          col = letters - 1;
        } else if (single === 115) {
          let x = v;
          let id = 0;
          for (let d = b[x] - 48; d >= 0 && d <= 9; d = b[++x] - 48) id = id * 10 + d;
          style = id;
        }
        while (v < n && b[v] !== q) v++;
        if (single === 116) type = typeName(b, k + 2, v);
        k = v + 1;
      }
      if (te < 0) {
        const g = slowCell(S(), buf, lt, lastCol, ctx, tags);
        lastCol = g.col;
        i = g.next;
        if (g.has) (line ??= rows[rowNum - 1] = [])[g.col] = g.value;
        continue;
      }
      if (col < 0) col = lastCol + 1;
      lastCol = col;
      if (self) {
        i = te + 1;
        continue;
      }
      let value: RawCell;
      if (bytesAt(b, te + 1, vOpen)) {
        // the usual cell: <v>…</v></c>, numbers and shared-string indexes read from the bytes
        const vs = te + 1 + vOpen.length;
        let ve = vs;
        let num = 0;
        let plain = true;
        for (let ch = b[ve]; ch !== 60 && ve < end; ch = b[++ve]) {
          const d = ch - 48;
          if (d < 0 || d > 9) plain = false;
          else num = num * 10 + d;
        }
        if (!bytesAt(b, ve, vcClose)) {
          const g = slowCell(S(), buf, lt, lastCol - 1, ctx, tags);
          i = g.next;
          if (g.has) (line ??= rows[rowNum - 1] = [])[col] = g.value;
          continue;
        }
        i = ve + vcClose.length;
        if (ve === vs) continue;
        if (ve - vs > 15) plain = false;
        if (plain && type === "s" && num < sst.length) value = sst[num];
        else if (plain && (type === "" || type === "n")) value = style && dateStyle[style] === 1 ? serialToDate(num, date1904) : num;
        else value = plainValue(type, style, textOfBytes(buf, vs, ve), ctx);
      } else if (type === "inlineStr" && bytesAt(b, te + 1, isOpen)) {
        // an inline string as Jili writes it: <is><t>…</t></is></c>
        const ts = te + 1 + isOpen.length;
        let tEnd = ts;
        while (tEnd < end && b[tEnd] !== 60) tEnd++;
        if (!bytesAt(b, tEnd, isClose)) {
          const g = slowCell(S(), buf, lt, lastCol - 1, ctx, tags);
          i = g.next;
          if (g.has) (line ??= rows[rowNum - 1] = [])[col] = g.value;
          continue;
        }
        i = tEnd + isClose.length;
        if (tEnd === ts) continue;
        value = decodeText(buf.toString("utf8", ts, tEnd));
      } else {
        const g = slowCell(S(), buf, lt, lastCol - 1, ctx, tags);
        i = g.next;
        if (g.has) (line ??= rows[rowNum - 1] = [])[col] = g.value;
        continue;
      }
      (line ??= rows[rowNum - 1] = [])[col] = value;
      continue;
    }

    const te = tagEndAt(b, lt, n);
    if (te < 0) throw new Error("unterminated tag in sheetData");
    if (nameAt(b, lt + 1, rowName)) {
      let num = NaN;
      if (attrValue(b, lt + 1 + rowName.length, te, R)) {
        num = 0;
        for (let x = span.start; x < span.end; x++) {
          const d = b[x] - 48;
          if (d < 0 || d > 9) {
            num = parseInt(b.toString("latin1", span.start, span.end), 10);
            break;
          }
          num = num * 10 + d;
        }
      }
      rowNum = num > 0 ? num : rowNum + 1;
      // a row given twice: the later one counts (as in exceljs)
      rows[rowNum - 1] = undefined;
      line = undefined;
      lastCol = -1;
      i = te + 1;
      continue;
    }
    i = skipElement(S(), lt, te);
  }

  // merged ranges: only the top-left cell holds a value; the rows they cover count as read
  const tail = buf.toString("latin1", end);
  const mergeRe = new RegExp(`<${p.replace(/[.-]/g, "\\$&")}mergeCell\\b[^>]*>`, "g");
  let m: RegExpExecArray | null;
  while ((m = mergeRe.exec(tail))) {
    const g = parseRange(attrs(m[0]).ref ?? "");
    if (!g) continue;
    for (let r = g.top; r <= g.bottom; r++) {
      const ln = rows[r - 1];
      if (!ln) {
        if (r !== g.top || g.right > g.left) rows[r - 1] = [];
        continue;
      }
      for (let c = g.left; c <= g.right && c < ln.length; c++) if (r !== g.top || c !== g.left) delete ln[c];
    }
  }
  const cells: RawCell[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const ln = rows[r];
    if (!ln) {
      cells[r] = [];
      continue;
    }
    let n = ln.length;
    while (n > 0 && ln[n - 1] === undefined) n--;
    ln.length = n;
    for (let c = 0; c < n; c++) if (ln[c] === undefined) ln[c] = null;
    cells[r] = ln;
  }
  return cells;
}

/** Every worksheet of the workbook, in the workbook's order. */
export async function readWorkbook(bytes: Buffer): Promise<SheetCells[]> {
  const pkg = await Package.open(bytes);
  const root = pkg.has("_rels/.rels") ? parseRels(await pkg.text("_rels/.rels")) : [];
  const office = root.find((r) => r.type === REL_TYPES.officeDocument);
  const workbook = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  if (!pkg.has(workbook)) throw new Error("no workbook part");
  const xml = await pkg.text(workbook);
  const rels = await pkg.rels(workbook);
  const partOf = (type: string, fallback: string): string | null => {
    const rel = rels.find((r) => r.type === type && !r.external);
    const part = rel ? resolveTarget(workbook, rel.target) : fallback;
    return pkg.has(part) ? part : null;
  };
  const sstPart = partOf(REL_TYPES.sharedStrings, "xl/sharedStrings.xml");
  const stylesPart = partOf(REL_TYPES.styles, "xl/styles.xml");
  const wp = rootPrefix(xml, "workbook");
  const prMatch = new RegExp(`<${wp.replace(/[.-]/g, "\\$&")}workbookPr\\b[^>]*>`).exec(xml);
  const flag1904 = prMatch ? attrs(prMatch[0]).date1904 : undefined;
  const ctx: SheetContext = {
    sst: sharedStrings(sstPart ? await pkg.text(sstPart) : null),
    dateStyle: dateStyles(stylesPart ? await pkg.text(stylesPart) : null),
    date1904: flag1904 === "1" || flag1904 === "true",
  };
  const nsm = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml);
  const rPrefix = nsm ? nsm[1] : "r";
  const out: SheetCells[] = [];
  for (const tag of xml.match(new RegExp(`<${wp.replace(/[.-]/g, "\\$&")}sheet\\b[^>]*>`, "g")) ?? []) {
    const a = attrs(tag);
    const rel = rels.find((r) => r.id === a[`${rPrefix}:id`]);
    if (!rel || rel.type !== REL_TYPES.worksheet || rel.external) continue;
    const part = resolveTarget(workbook, rel.target);
    if (!pkg.has(part)) continue;
    out.push({ name: a.name ?? "", cells: readSheetCells(pkg.bytes(part), ctx) });
  }
  return out;
}
