// The styles.xml of a statements workbook: one cell format per look the engine asks for, built while the sheets are written.
import { CellStyle } from "../../engine";
import { escapeXml } from "../xlsx/xml";

/** Number formats Excel knows by id (the ones Jili's statements and summary use); others get ids from 164. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;

/** A list of distinct XML entries (fonts, fills …), each kept once: the index of an entry is its id in styles.xml. */
class Entries {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];

  constructor(first: string[]) {
    first.forEach((x) => this.id(x));
  }

  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(xml, id);
      this.list.push(xml);
    }
    return id;
  }
}

function fontXml(s: CellStyle): string {
  return `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}<sz val="${s.size ?? 11}"/><name val="Calibri"/><family val="2"/></font>`;
}

function fillXml(colour: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${colour.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const THIN_BORDER = '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';

function alignmentXml(s: CellStyle): string {
  if (!s.align && !s.valign && !s.wrap) return "";
  const h = s.align ? ` horizontal="${s.align}"` : "";
  const v = s.valign ? ` vertical="${s.valign}"` : "";
  return `<alignment${h}${v}${s.wrap ? ' wrapText="1"' : ""}/>`;
}

/**
 * Cell formats (cellXfs) by look: `xf` gives the index a cell's `s` attribute takes, the same look always the same
 * index, 0 for the default look. The engine decides every look (STATEMENT_STYLES, the summary's formats); this only
 * numbers them and writes them in SpreadsheetML's words.
 */
export class StyleBook {
  private readonly fonts = new Entries([fontXml({})]);
  private readonly fills = new Entries(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Entries([NO_BORDER]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Entries(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  private formatId(code: string | null): number {
    if (code === null) return 0;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = FIRST_CUSTOM_FORMAT + this.formats.size));
    return id;
  }

  /** The cellXfs index of a look and a number format. */
  xf(s: CellStyle, numberFormat: string | null): number {
    const numFmtId = this.formatId(numberFormat);
    const fontId = this.fonts.id(fontXml(s));
    const fillId = s.fill ? this.fills.id(fillXml(s.fill)) : 0;
    const borderId = s.border ? this.borders.id(THIN_BORDER) : 0;
    const alignment = alignmentXml(s);
    const apply =
      (numFmtId ? ' applyNumberFormat="1"' : "") + (fontId ? ' applyFont="1"' : "") + (fillId ? ' applyFill="1"' : "") + (borderId ? ' applyBorder="1"' : "") + (alignment ? ' applyAlignment="1"' : "");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
    return this.xfs.id(alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
  }

  /** styles.xml, sections in schema order. */
  xml(): string {
    const section = (tag: string, list: string[]) => `<${tag} count="${list.length}">${list.join("")}</${tag}>`;
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (numFmts.length ? section("numFmts", numFmts) : "") +
      section("fonts", this.fonts.list) +
      section("fills", this.fills.list) +
      section("borders", this.borders.list) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      section("cellXfs", this.xfs.list) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0"/>` +
      `</styleSheet>`
    );
  }
}
