// Cell styles Jili adds to styles.xml, append-only, edited as text so every existing style keeps its index and bytes.
import { attrs, escapeXml, rootPrefix, unescapeXml } from "./xml";

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

/**
 * Adds the few cell formats Jili needs to styles.xml, append-only: existing fonts, formats and cell styles keep
 * their indices and text, and an identical entry is reused, so filling twice gives the same file.
 */
export class StylePatcher {
  private readonly p: string;
  changed = false;

  constructor(private xml: string) {
    this.p = rootPrefix(xml, "styleSheet");
  }

  get text(): string {
    return this.xml;
  }

  private section(name: string): { start: number; end: number; open: string; inner: string } | null {
    const p = this.p;
    const m = new RegExp(`<${p}${name}\\b[^>]*?(/?)>`).exec(this.xml);
    if (!m) return null;
    if (m[1] === "/") return { start: m.index, end: m.index + m[0].length, open: m[0], inner: "" };
    const close = `</${p}${name}>`;
    const endInner = this.xml.indexOf(close, m.index);
    return { start: m.index, end: endInner + close.length, open: m[0], inner: this.xml.slice(m.index + m[0].length, endInner) };
  }

  private elements(inner: string, name: string): string[] {
    const p = this.p;
    return inner.match(new RegExp(`<${p}${name}\\b[^>]*?/>|<${p}${name}\\b[^>]*>[\\s\\S]*?</${p}${name}>`, "g")) ?? [];
  }

  /** Appends `element` to the section (creating it before `before` when missing) unless an identical one is there; its index. */
  private ensure(section: string, element: string, child: string, before: string[]): number {
    const p = this.p;
    const s = this.section(section);
    if (s) {
      const items = this.elements(s.inner, child);
      const i = items.indexOf(element);
      if (i >= 0) return i;
      const open = s.open.endsWith("/>") ? s.open.replace(/\s*\/>$/, ">") : s.open;
      const withCount = /\bcount="\d+"/.test(open) ? open.replace(/\bcount="\d+"/, `count="${items.length + 1}"`) : open;
      this.xml = this.xml.slice(0, s.start) + withCount + s.inner + element + `</${p}${section}>` + this.xml.slice(s.end);
      this.changed = true;
      return items.length;
    }
    let at = -1;
    for (const b of before) {
      const m = new RegExp(`<${p}${b}\\b`).exec(this.xml);
      if (m) {
        at = m.index;
        break;
      }
    }
    if (at < 0) at = this.xml.lastIndexOf(`</${p}styleSheet>`);
    this.xml = this.xml.slice(0, at) + `<${p}${section} count="1">${element}</${p}${section}>` + this.xml.slice(at);
    this.changed = true;
    return 0;
  }

  numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const s = this.section("numFmts");
    let max = 163;
    for (const e of s ? this.elements(s.inner, "numFmt") : []) {
      const a = attrs(e);
      if (unescapeXml(a.formatCode ?? "") === code) return Number(a.numFmtId);
      max = Math.max(max, Number(a.numFmtId));
    }
    const id = max + 1;
    this.ensure("numFmts", `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, "numFmt", ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
    return id;
  }

  /** The default font made bold. */
  boldFontId(): number {
    const s = this.section("fonts");
    const first = s ? this.elements(s.inner, "font")[0] : undefined;
    const base = first && !first.endsWith("/>") ? first : `<${this.p}font></${this.p}font>`;
    const bold = base.includes(`<${this.p}b/>`) ? base : base.replace(/^(<[^>]*>)/, `$1<${this.p}b/>`);
    return this.ensure("fonts", bold, "font", ["fills", "borders", "cellStyleXfs", "cellXfs"]);
  }

  /** A cell style (cellXfs index) with the given number format and font. */
  xf(numFmt: string | null, bold = false): number {
    const numFmtId = numFmt === null ? 0 : this.numFmtId(numFmt);
    const fontId = bold ? this.boldFontId() : 0;
    const el = `<${this.p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ""}${bold ? ' applyFont="1"' : ""}/>`;
    return this.ensure("cellXfs", el, "xf", ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
  }
}
