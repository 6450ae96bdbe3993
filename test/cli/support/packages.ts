// Minimal .xlsx packages written part by part, the way other producers write them, and the checks made on a fill's output.
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";
import { DOMParser } from "@xmldom/xmldom";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** A worksheet part around rows written as `<row>` elements in the default namespace. */
export function sheetXml(rows: string, ns = MAIN): string {
  return `${DECL}<worksheet xmlns="${ns}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** Inline-string and number cells of one row. */
export function row(r: number, cells: (string | number)[]): string {
  const col = (c: number) => String.fromCharCode(65 + c);
  const xml = cells.map((v, c) => (typeof v === "number" ? `<c r="${col(c)}${r}"><v>${v}</v></c>` : `<c r="${col(c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`));
  return `<row r="${r}">${xml.join("")}</row>`;
}

export interface PackageSpec {
  /** workbook.xml, whole (its sheets have relationship ids rId1, rId2 …) */
  workbook: string;
  /** the sheet parts, in rId order: the zip name and, when it differs, the relationship's target */
  sheets: { part: string; target?: string; xml: string }[];
  sst?: string;
  styles?: string;
  /** relationship types' namespace (Strict packages use purl.oclc.org) */
  relNs?: string;
}

/** A zip of the given parts (deflated). */
export async function zipParts(parts: Record<string, string | Buffer>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, content] of Object.entries(parts)) z.file(name, content);
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The parts of a package: content types, the root relationship, the workbook, its relationships, sheets, strings, styles. */
export function packageParts(spec: PackageSpec): Record<string, string> {
  const relNs = spec.relNs ?? REL;
  const rels = spec.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="${s.target ?? s.part.replace(/^xl\//, "")}"/>`);
  const parts: Record<string, string> = {};
  const overrides = [`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`];
  spec.sheets.forEach((s) => {
    parts[s.part] = s.xml;
    overrides.push(`<Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  if (spec.sst !== undefined) {
    parts["xl/sharedStrings.xml"] = spec.sst;
    rels.push(`<Relationship Id="rIdSst" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
  }
  if (spec.styles !== undefined) {
    parts["xl/styles.xml"] = spec.styles;
    rels.push(`<Relationship Id="rIdStyles" Type="${relNs}/styles" Target="styles.xml"/>`);
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`);
  }
  parts["[Content_Types].xml"] =
    `${DECL}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  parts["_rels/.rels"] = `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] = spec.workbook;
  parts["xl/_rels/workbook.xml.rels"] = `${DECL}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
  return parts;
}

export async function buildPackage(spec: PackageSpec): Promise<Buffer> {
  return zipParts(packageParts(spec));
}

/**
 * Parses every XML part of a package with a namespace-aware DOM parser that refuses an undeclared prefix (xmldom;
 * the fill's own check uses saxes, so the two judge each other): the names of the parts refused, with the reason.
 */
export async function strictlyBrokenParts(bytes: Buffer): Promise<string[]> {
  const z = await JSZip.loadAsync(bytes);
  const broken: string[] = [];
  for (const name of Object.keys(z.files)) {
    if (z.files[name].dir || !/\.(xml|rels)$/i.test(name)) continue;
    // a byte-order mark before the declaration is allowed (the parser is given the text after it)
    const text = (await z.file(name)!.async("string")).replace(/^\uFEFF/, "");
    try {
      new DOMParser({
        onError: (level: string, msg: string) => {
          if (level !== "warning") throw new Error(msg);
        },
      }).parseFromString(text, "text/xml");
    } catch (e) {
      broken.push(`${name}: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  return broken;
}

/** Every sheet as SheetJS reads it: sheet name → rows of formatted-free values (`v`), errors as their text. */
export function readWithSheetJS(bytes: Buffer): Map<string, unknown[][]> {
  const wb = XLSX.read(bytes, { type: "buffer", dense: true, cellDates: false, cellText: true });
  const out = new Map<string, unknown[][]>();
  for (const name of wb.SheetNames) {
    const data = (wb.Sheets[name]["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
    out.set(
      name,
      Array.from(data, (line) => Array.from(line ?? [], (c) => (c === undefined || c.t === "z" ? null : c.t === "e" ? c.w : c.v === "" ? null : c.v))),
    );
  }
  return out;
}

/** Keeps a fill's output for LibreOffice in CI (`.ci/run` sets JILI_KEEP_FILLS to the folder it opens them from). */
export function keepForLibreOffice(file: string, label: string): void {
  const dir = process.env.JILI_KEEP_FILLS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(file, path.join(dir, `${label.replace(/[^\w.-]+/g, "_")}.xlsx`));
}
