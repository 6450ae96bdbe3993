// Cell styles Jili adds to styles.xml, append-only, edited as a namespace-aware DOM so every existing style keeps its index.
import { childNS, childrenNS, newElementLike, parsePart, serialize, XDocument, XElement } from "./dom";
import { MAIN_NS } from "./namespaces";

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

/** the children of styleSheet in schema order (a missing section is created before the first later one present) */
const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** the first custom number format id (0–163 are Excel's own) */
const FIRST_CUSTOM_FORMAT = 164;

/**
 * Adds the few cell formats Jili needs to styles.xml, append-only: existing fonts, formats and cell styles keep
 * their indices, and an identical entry is reused, so filling twice gives the same file. Before the first addition
 * the part is given what a cell style needs (a default font, the two required fills, a border, a base style) and
 * cellXfs is padded with plain styles up to the highest index a cell uses: whatever the part held (even a bare
 * `<styleSheet/>`), a style Jili adds never takes an index an existing cell shows.
 */
export class StylePatcher {
  private readonly doc: XDocument;
  private readonly root: XElement;
  private padded = false;
  changed = false;

  /** `inUse`: the highest cell style index a cell of the workbook uses (0 when none has one) */
  constructor(
    private readonly xml: string,
    part: string,
    private readonly inUse: number,
  ) {
    this.doc = parsePart(part, xml);
    this.root = this.doc.documentElement!;
  }

  get text(): string {
    return this.changed ? serialize(this.doc) : this.xml;
  }

  private el(local: string, attrs: Record<string, string | number> = {}, children: XElement[] = []): XElement {
    const e = newElementLike(this.root, local);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    for (const c of children) e.appendChild(c);
    return e;
  }

  /** The section element, created in schema order when missing. */
  private section(name: string): XElement {
    const found = childNS(this.root, MAIN_NS, name);
    if (found) return found;
    const created = this.el(name, { count: 0 });
    const later = SECTIONS.slice(SECTIONS.indexOf(name) + 1)
      .map((s) => childNS(this.root, MAIN_NS, s))
      .find((e) => e);
    this.root.insertBefore(created, later ?? null);
    this.changed = true;
    return created;
  }

  private items(section: XElement, child: string): XElement[] {
    return childrenNS(section, MAIN_NS, child);
  }

  private append(section: XElement, element: XElement, child: string): number {
    section.appendChild(element);
    const n = this.items(section, child).length;
    section.setAttribute("count", String(n));
    this.changed = true;
    return n - 1;
  }

  /** Gives the part what a cell style needs before Jili's first one, and pads cellXfs past every index in use. */
  private pad(): void {
    if (this.padded) return;
    this.padded = true;
    const fill = (pattern: string) => this.el("fill", {}, [this.el("patternFill", { patternType: pattern })]);
    const fonts = this.section("fonts");
    if (!this.items(fonts, "font").length) this.append(fonts, this.el("font", {}, [this.el("sz", { val: 11 }), this.el("name", { val: "Calibri" })]), "font");
    const fills = this.section("fills");
    if (!this.items(fills, "fill").length) this.append(fills, fill("none"), "fill");
    if (this.items(fills, "fill").length < 2) this.append(fills, fill("gray125"), "fill");
    const borders = this.section("borders");
    if (!this.items(borders, "border").length) this.append(borders, this.el("border", {}, ["left", "right", "top", "bottom", "diagonal"].map((s) => this.el(s))), "border");
    const base = this.section("cellStyleXfs");
    if (!this.items(base, "xf").length) this.append(base, this.el("xf", { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 }), "xf");
    const xfs = this.section("cellXfs");
    while (this.items(xfs, "xf").length <= this.inUse) this.append(xfs, this.el("xf", { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 }), "xf");
  }

  /** Appends `element` to the section unless an identical one is there; its index. */
  private ensure(name: string, element: XElement, child: string): number {
    this.pad();
    const section = this.section(name);
    const same = serialize(element as unknown as XDocument);
    const i = this.items(section, child).findIndex((e) => serialize(e as unknown as XDocument) === same);
    return i >= 0 ? i : this.append(section, element, child);
  }

  numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const list = childNS(this.root, MAIN_NS, "numFmts");
    let max = FIRST_CUSTOM_FORMAT - 1;
    for (const e of list ? this.items(list, "numFmt") : []) {
      if (e.getAttribute("formatCode") === code) return Number(e.getAttribute("numFmtId"));
      max = Math.max(max, Number(e.getAttribute("numFmtId")) || 0);
    }
    const id = max + 1;
    this.pad();
    this.append(this.section("numFmts"), this.el("numFmt", { numFmtId: id, formatCode: code }), "numFmt");
    return id;
  }

  /** The default font (font 0) made bold. */
  boldFontId(): number {
    this.pad();
    const first = this.items(this.section("fonts"), "font")[0];
    const bold = first.cloneNode(true) as XElement;
    if (!childNS(bold, MAIN_NS, "b")) bold.insertBefore(this.el("b"), bold.firstChild);
    return this.ensure("fonts", bold, "font");
  }

  /** A cell style (cellXfs index) with the given number format and font. */
  xf(numFmt: string | null, bold = false): number {
    const numFmtId = numFmt === null ? 0 : this.numFmtId(numFmt);
    const fontId = bold ? this.boldFontId() : 0;
    const attrs: Record<string, number> = { numFmtId, fontId, fillId: 0, borderId: 0, xfId: 0 };
    if (numFmtId) attrs.applyNumberFormat = 1;
    if (bold) attrs.applyFont = 1;
    return this.ensure("cellXfs", this.el("xf", attrs), "xf");
  }
}
