// Edits of the XML before a sheet's rows: the dimension and Jili's column widths (a short text, edited as a string).
import { attrs, colLetters, parseRange, setAttr } from "./xml";

/** The dimension covers every cell: `ref` widened to the given last column (0-based) and row. */
export function withDimension(head: string, prefix: string, maxCol: number, maxRow: number): string {
  return head.replace(new RegExp(`<${prefix.replace(/[.-]/g, "\\$&")}dimension\\b[^>]*>`), (tag) => {
    const r = parseRange(attrs(tag).ref ?? "");
    const top = r ? `${colLetters(r.left)}${r.top}` : "A1";
    return setAttr(tag, "ref", `${top}:${colLetters(Math.max(r ? r.right : 0, maxCol))}${Math.max(r ? r.bottom : 1, maxRow)}`);
  });
}

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
  if (m) return xml.slice(0, m.index) + interleaved(m[0], m[1], existing, items, prefix) + xml.slice(m.index + m[0].length);
  const at = xml.search(new RegExp(`<${esc}sheetData\\b`));
  return xml.slice(0, at) + `<${prefix}cols>${items.map((x) => x.text).join("")}</${prefix}cols>` + xml.slice(at);
}

/** The `<cols>` element `whole` (inner text `inner`) with Jili's `<col>` items put in order among the user's, kept as written. */
function interleaved(whole: string, inner: string, existing: string[], items: { min: number; text: string }[], prefix: string): string {
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (existing.includes(it.text)) continue;
    const after = k > 0 ? items[k - 1] : undefined;
    if (after) {
      const at = inner.indexOf(after.text) + after.text.length;
      inner = inner.slice(0, at) + it.text + inner.slice(at);
    } else inner = it.text + inner;
  }
  const openTag = whole.slice(0, whole.indexOf(">") + 1);
  return openTag + inner + `</${prefix}cols>`;
}
