// Workbooks generated the ways producers vary them, with the values each cell must read as (written by hand, not by Jili).
import fc from "fast-check";
import { MAIN, packageParts, REL } from "./packages";

/** One cell: how it is stored and the value a reader must give (a Date for dates, null for none). */
export interface GenCell {
  xml: (ref: string, sst: SharedStrings) => string;
  expected: string | number | boolean | Date | null;
  /** SheetJS 0.20.3 reads this cell otherwise (rich text with plain text before the runs: it keeps only that text) */
  sheetjs?: string;
}

export class SharedStrings {
  readonly items: string[] = [];
  add(si: string): number {
    this.items.push(si);
    return this.items.length - 1;
  }
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** text with characters producers escape: XML entities and `_xHHHH_` (a CR, a tab, an escaped underscore) */
const textArb = fc
  .array(fc.constantFrom("王", "丽", "a", "B", " ", "&", "<", "1", ["_x000D_", "\r"], ["_x0009_", "\t"], ["_x005F_x0041_", "_x0041_"], ["_x000d_", "\r"]), { minLength: 1, maxLength: 6 })
  .map((parts) => ({ raw: parts.map((p) => (Array.isArray(p) ? p[0] : esc(p))).join(""), text: parts.map((p) => (Array.isArray(p) ? p[1] : p)).join("") }))
  .filter((t) => t.text.trim() !== "" && t.text.trim() === t.text);

const p = (prefix: string, name: string) => `${prefix}${name}`;

function textCell(prefix: string): fc.Arbitrary<GenCell> {
  return fc.tuple(textArb, textArb, fc.constantFrom("shared", "inline", "sharedRich", "sharedRichLead", "inlineRichLead")).map(([a, b, how]) => {
    const t = (x: { raw: string }) => `<${p(prefix, "t")} xml:space="preserve">${x.raw}</${p(prefix, "t")}>`;
    const run = (x: { raw: string }) => `<${p(prefix, "r")}><${p(prefix, "rPr")}><${p(prefix, "b")}/></${p(prefix, "rPr")}>${t(x)}</${p(prefix, "r")}>`;
    if (how === "inline") return { expected: a.text, xml: (ref) => `<${p(prefix, "c")} r="${ref}" t="inlineStr"><${p(prefix, "is")}>${t(a)}</${p(prefix, "is")}></${p(prefix, "c")}>` };
    if (how === "inlineRichLead") {
      return { expected: a.text + b.text, sheetjs: a.text, xml: (ref) => `<${p(prefix, "c")} r="${ref}" t="inlineStr"><${p(prefix, "is")}>${t(a)}${run(b)}</${p(prefix, "is")}></${p(prefix, "c")}>` };
    }
    // the shared-string part declares the main namespace as its default: its elements have no prefix
    const st = (x: { raw: string }) => `<t xml:space="preserve">${x.raw}</t>`;
    const srun = (x: { raw: string }) => `<r><rPr><b/></rPr>${st(x)}</r>`;
    const si = how === "shared" ? st(a) : how === "sharedRich" ? srun(a) + srun(b) : st(a) + srun(b);
    const expected = how === "shared" ? a.text : a.text + b.text;
    return {
      expected,
      sheetjs: how === "sharedRichLead" ? a.text : undefined,
      xml: (ref, sst) => `<${p(prefix, "c")} r="${ref}" t="s"><${p(prefix, "v")}>${sst.add(si)}</${p(prefix, "v")}></${p(prefix, "c")}>`,
    };
  });
}

/** days from the date system's day 0 to a date: 1900 system counts from 1899-12-30, 1904 from 1904-01-01 */
const serialOf = (d: Date, date1904: boolean) => (d.getTime() - Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30)) / 86_400_000;

export interface GenBook {
  parts: Record<string, string>;
  /** expected values by sheet name, row by row */
  expected: Map<string, (string | number | boolean | Date | null)[][]>;
  sheetjs: Map<string, (string | number | boolean | Date | null)[][]>;
  what: string;
}

function cellArb(prefix: string, date1904: boolean, dateStyle: boolean): fc.Arbitrary<GenCell> {
  const c = (ref: string, attrs: string, inner: string) => `<${p(prefix, "c")} r="${ref}"${attrs}>${inner}</${p(prefix, "c")}>`;
  const v = (x: string | number) => `<${p(prefix, "v")}>${x}</${p(prefix, "v")}>`;
  const date = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2050, 0, 1)), noInvalidDate: true }).map((d) => new Date(Math.floor(d.getTime() / 86_400_000) * 86_400_000));
  return fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }).map((n): GenCell => ({ expected: n, xml: (ref) => c(ref, "", v(n)) })),
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)).map((n): GenCell => ({ expected: n, xml: (ref) => c(ref, "", v(n)) })),
    fc.boolean().map((b): GenCell => ({ expected: b, xml: (ref) => c(ref, ` t="b"`, v(b ? 1 : 0)) })),
    textCell(prefix),
    // a date as a serial in a date-formatted cell (a number where the styles part has no date style)
    date.map((d): GenCell => ({ expected: dateStyle ? d : serialOf(d, date1904), xml: (ref) => c(ref, dateStyle ? ` s="1"` : "", v(serialOf(d, date1904))) })),
    // a date as an ISO text (t="d"), the same whatever the style
    date.map((d): GenCell => ({ expected: d, xml: (ref) => c(ref, ` t="d"`, v(d.toISOString().slice(0, 19))) })),
    // a formula with its cached result
    fc.integer({ min: 0, max: 999 }).map((n): GenCell => ({ expected: n, xml: (ref) => c(ref, "", `<${p(prefix, "f")}>1+${n - 1}</${p(prefix, "f")}>${v(n)}`) })),
  );
}

/** A workbook: namespace placement and prefixes, strings, dates, formulas, styles and part-name case all drawn. */
export const genBook: fc.Arbitrary<GenBook> = fc
  .record({
    prefix: fc.constantFrom("", "x:", "ss:"),
    rel: fc.constantFrom("root-r", "element-r", "root-other", "element-other"),
    date1904: fc.boolean(),
    styles: fc.constantFrom("dates", "bare", "none"),
    caseDiffers: fc.boolean(),
    shared: fc.boolean(),
  })
  .chain((o) =>
    fc.record({ o: fc.constant(o), grid: fc.array(fc.array(cellArb(o.prefix, o.date1904, o.styles === "dates"), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }) }),
  )
  .map(({ o, grid }) => {
    const sst = new SharedStrings();
    const pre = o.prefix;
    const col = (i: number) => String.fromCharCode(65 + i);
    let rows = grid.map((line, r) => `<${p(pre, "row")} r="${r + 1}">${line.map((cell, i) => cell.xml(`${col(i)}${r + 1}`, sst)).join("")}</${p(pre, "row")}>`);
    const expected = grid.map((line) => line.map((cell) => cell.expected));
    const sheetjs = grid.map((line) => line.map((cell) => cell.sheetjs ?? cell.expected));
    if (o.shared) {
      // a shared formula over a column below the grid, each cell with its cached result
      const top = grid.length + 1;
      rows = rows.concat(
        [0, 1, 2].map(
          (k) =>
            `<${p(pre, "row")} r="${top + k}"><${p(pre, "c")} r="A${top + k}">` +
            (k === 0 ? `<${p(pre, "f")} t="shared" ref="A${top}:A${top + 2}" si="0">ROW()*2</${p(pre, "f")}>` : `<${p(pre, "f")} t="shared" si="0"/>`) +
            `<${p(pre, "v")}>${(top + k) * 2}</${p(pre, "v")}></${p(pre, "c")}></${p(pre, "row")}>`,
        ),
      );
      for (let k = 0; k < 3; k++) {
        expected.push([(top + k) * 2]);
        sheetjs.push([(top + k) * 2]);
      }
    }
    const ns = pre ? `xmlns:${pre.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>\n<${p(pre, "worksheet")} ${ns}><${p(pre, "sheetData")}>${rows.join("")}</${p(pre, "sheetData")}></${p(pre, "worksheet")}>`;
    const rp = o.rel.endsWith("other") ? "rel" : "r";
    const relDecl = `xmlns:${rp}="${REL}"`;
    const onRoot = o.rel.startsWith("root");
    const workbook =
      `<?xml version="1.0" encoding="UTF-8"?>\n<${p(pre, "workbook")} ${ns}${onRoot ? ` ${relDecl}` : ""}>` +
      `<${p(pre, "workbookPr")} date1904="${o.date1904 ? 1 : 0}"/><${p(pre, "sheets")}><${p(pre, "sheet")}${onRoot ? "" : ` ${relDecl}`} name="Data" sheetId="1" ${rp}:id="rId1"/></${p(pre, "sheets")}></${p(pre, "workbook")}>`;
    const styles =
      o.styles === "none"
        ? undefined
        : o.styles === "bare"
          ? `<styleSheet xmlns="${MAIN}"/>`
          : `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    const sstXml = sst.items.length ? `<sst xmlns="${MAIN}" count="${sst.items.length}" uniqueCount="${sst.items.length}">${sst.items.map((si) => `<si>${si}</si>`).join("")}</sst>` : undefined;
    const part = o.caseDiffers ? "xl/worksheets/Sheet1.xml" : "xl/worksheets/sheet1.xml";
    const parts = packageParts({ workbook, sheets: [{ part, target: "worksheets/sheet1.xml", xml: sheet }], sst: sstXml, styles });
    return { parts, expected: new Map([["Data", expected]]), sheetjs: new Map([["Data", sheetjs]]), what: JSON.stringify(o) };
  });
