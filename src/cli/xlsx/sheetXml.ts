import { CellOut } from "../../engine";
import { attrs, colIndex, colLetters, escapeXml, parseRange, parseRef, Range, rootPrefix, setAttr, startTag } from "./xml";

interface CellTok {
  text: string;
  col: number;
  hasRef: boolean;
  formula: boolean;
  empty: boolean;
}

interface RowTok {
  text: string;
  row: number;
  cells: CellTok[];
}

export interface ParsedSheet {
  prefix: string;
  xml: string;
  /** offsets of the sheetData element's inner text */
  innerStart: number;
  innerEnd: number;
  selfClosing: boolean;
  rows: RowTok[];
  merges: Range[];
}

function re(prefix: string, body: string, flags = "g"): RegExp {
  return new RegExp(body.replace(/§/g, prefix.replace(/[.-]/g, "\\$&")), flags);
}

export function parseSheet(xml: string): ParsedSheet {
  const prefix = rootPrefix(xml, "worksheet");
  const open = re(prefix, "<§sheetData\\b[^>]*?(/?)>", "").exec(xml);
  if (!open) throw new Error("worksheet without sheetData");
  const selfClosing = open[1] === "/";
  const innerStart = open.index + open[0].length;
  const innerEnd = selfClosing ? innerStart : xml.indexOf(`</${prefix}sheetData>`, innerStart);
  if (innerEnd < 0) throw new Error("unterminated sheetData");
  const inner = xml.slice(innerStart, innerEnd);
  const rows: RowTok[] = [];
  const rowRe = re(prefix, "<§row\\b[^>]*?/>|<§row\\b[^>]*>[\\s\\S]*?</§row>");
  const cellRe = re(prefix, "<§c\\b[^>]*?/>|<§c\\b[^>]*>[\\s\\S]*?</§c>");
  const formulaRe = re(prefix, "<§f[\\s/>]", "");
  const valueRe = re(prefix, "<§(v|is)\\b[^>]*>[\\s\\S]*?\\S[\\s\\S]*?</§\\1>", "");
  let lastRow = 0;
  let m: RegExpExecArray | null;
  while ((m = rowRe.exec(inner))) {
    const text = m[0];
    const a = attrs(startTag(text));
    const row = a.r ? Number(a.r) : lastRow + 1;
    lastRow = row;
    const cells: CellTok[] = [];
    const body = text.endsWith("/>") && !text.includes(`</${prefix}row>`) ? "" : text.slice(startTag(text).length);
    let lastCol = -1;
    let c: RegExpExecArray | null;
    cellRe.lastIndex = 0;
    while ((c = cellRe.exec(body))) {
      const ct = c[0];
      const ca = attrs(startTag(ct));
      const ref = ca.r ? parseRef(ca.r) : null;
      const col = ref ? ref.col : lastCol + 1;
      lastCol = col;
      cells.push({ text: ct, col, hasRef: !!ref, formula: formulaRe.test(ct), empty: !formulaRe.test(ct) && !valueRe.test(ct) });
    }
    rows.push({ text, row, cells });
  }
  const merges: Range[] = [];
  const mergeRe = re(prefix, "<§mergeCell\\b[^>]*>");
  while ((m = mergeRe.exec(xml))) {
    const r = parseRange(attrs(m[0]).ref ?? "");
    if (r) merges.push(r);
  }
  return { prefix, xml, innerStart, innerEnd, selfClosing, rows, merges };
}

export function maxColumn(sheet: ParsedSheet): number {
  let max = -1;
  for (const r of sheet.rows) for (const c of r.cells) max = Math.max(max, c.col);
  for (const g of sheet.merges) max = Math.max(max, g.right);
  return max;
}

/** The XML of one cell Jili writes: numbers and booleans as values, text inline (the shared-string table is left alone). */
export function cellXml(prefix: string, ref: string, value: CellOut, style?: number): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  if (value === null || value === undefined) return `<${prefix}c r="${ref}"${s}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<${prefix}c r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${prefix}c>` : cellXml(prefix, ref, String(value), style);
  if (typeof value === "boolean") return `<${prefix}c r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeXml(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** Row number → column → new cell XML, or null to remove the cell. */
export type Edits = Map<number, Map<number, string | null>>;

function rebuildRow(prefix: string, row: RowTok, edits: Map<number, string | null>): string {
  const tag = startTag(row.text);
  const selfClosing = tag.endsWith("/>");
  const needRefs = row.cells.some((c) => !c.hasRef);
  const cells: { col: number; text: string }[] = [];
  for (const c of row.cells) {
    if (edits.has(c.col)) continue;
    let text = c.text;
    if (needRefs && !c.hasRef) text = startTag(text).replace(/^<([^\s/>]+)/, `<$1 r="${colLetters(c.col)}${row.row}"`) + text.slice(startTag(text).length);
    cells.push({ col: c.col, text });
  }
  for (const [col, text] of edits) if (text !== null) cells.push({ col, text });
  cells.sort((a, b) => a.col - b.col);
  let open = selfClosing ? tag.replace(/\s*\/>$/, ">") : tag;
  const spans = attrs(tag).spans;
  if (spans !== undefined) open = cells.length ? setAttr(open, "spans", `${cells[0].col + 1}:${cells[cells.length - 1].col + 1}`) : setAttr(open, "spans", null);
  return `${open}${cells.map((c) => c.text).join("")}</${prefix}row>`;
}

/** Applies cell edits to the sheet's XML: untouched rows, and everything outside sheetData but the dimension, stay byte for byte. */
export function applyEdits(sheet: ParsedSheet, edits: Edits): string {
  const { prefix, xml } = sheet;
  const parts: string[] = [];
  const seen = new Set<number>();
  let cursor = 0;
  const inner = xml.slice(sheet.innerStart, sheet.innerEnd);
  // rows Jili writes that the sheet does not have yet (a Set: comparing every edit with every row was quadratic)
  const present = new Set(sheet.rows.map((x) => x.row));
  const pending = [...edits.keys()].filter((r) => !present.has(r)).sort((a, b) => a - b);
  const newRow = (r: number) => rebuildRow(prefix, { text: `<${prefix}row r="${r}">`, row: r, cells: [] }, edits.get(r) as Map<number, string | null>);
  for (const row of sheet.rows) {
    const at = inner.indexOf(row.text, cursor);
    parts.push(inner.slice(cursor, at));
    while (pending.length && pending[0] < row.row) parts.push(newRow(pending.shift() as number));
    const e = edits.get(row.row);
    parts.push(e && e.size ? rebuildRow(prefix, row, e) : row.text);
    seen.add(row.row);
    cursor = at + row.text.length;
  }
  parts.push(inner.slice(cursor));
  for (const r of pending) parts.push(newRow(r));
  let body = parts.join("");
  let head = xml.slice(0, sheet.innerStart);
  if (sheet.selfClosing) {
    head = head.replace(/\s*\/>$/, ">");
    body += `</${prefix}sheetData>`;
  }
  let out = head + body + xml.slice(sheet.innerEnd);
  // the dimension covers every cell
  out = out.replace(new RegExp(`<${prefix.replace(/[.-]/g, "\\$&")}dimension\\b[^>]*>`), (tag) => {
    const r = parseRange(attrs(tag).ref ?? "");
    let maxCol = r ? r.right : 0;
    let maxRow = r ? r.bottom : 1;
    for (const [row, cols] of edits)
      for (const [col, text] of cols)
        if (text !== null) {
          maxCol = Math.max(maxCol, col);
          maxRow = Math.max(maxRow, row);
        }
    const top = r ? `${colLetters(r.left)}${r.top}` : "A1";
    return setAttr(tag, "ref", `${top}:${colLetters(maxCol)}${maxRow}`);
  });
  return out;
}

export { colIndex };

/** Gives Jili's columns a width where no `<col>` of the sheet covers them yet (user column widths stay as they are). */
export function withColumnWidths(xml: string, prefix: string, widths: Map<number, number>): string {
  const esc = prefix.replace(/[.-]/g, "\\$&");
  const colsRe = new RegExp(`<${esc}cols\\b[^>]*>([\\s\\S]*?)</${esc}cols>`);
  const m = colsRe.exec(xml);
  const existing: string[] = m ? (m[1].match(new RegExp(`<${esc}col\\b[^>]*>`, "g")) ?? []) : [];
  const covered = (c: number) =>
    existing.some((tag) => {
      const a = attrs(tag);
      return Number(a.min) <= c + 1 && c + 1 <= Number(a.max);
    });
  const add = [...widths].filter(([c]) => !covered(c)).sort((a, b) => a[0] - b[0]);
  if (!add.length) return xml;
  const items = [
    ...existing.map((tag) => ({ min: Number(attrs(tag).min), text: tag })),
    ...add.map(([c, w]) => ({ min: c + 1, text: `<${prefix}col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` })),
  ].sort((a, b) => a.min - b.min);
  if (m) {
    // keep the user's <col> elements as written, only interleave Jili's in order
    let inner = m[1];
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (existing.includes(it.text)) continue;
      const after = k > 0 ? items[k - 1] : undefined;
      if (after) {
        const at = inner.indexOf(after.text) + after.text.length;
        inner = inner.slice(0, at) + it.text + inner.slice(at);
      } else inner = it.text + inner;
    }
    const openTag = m[0].slice(0, m[0].indexOf(">") + 1);
    return xml.slice(0, m.index) + openTag + inner + `</${prefix}cols>` + xml.slice(m.index + m[0].length);
  }
  const at = xml.search(new RegExp(`<${esc}sheetData\\b`));
  return xml.slice(0, at) + `<${prefix}cols>${items.map((x) => x.text).join("")}</${prefix}cols>` + xml.slice(at);
}
