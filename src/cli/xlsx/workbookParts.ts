// The workbook part of a package and its sheet list, as the fill patches them (read with small regular expressions).
import { CliError } from "../messages";
import { Package, parseRels, REL_TYPES, resolveTarget } from "./opc";
import { attrs } from "./xml";

/** A `<sheet>` of the workbook: its tag as written, name, relationship id and part. */
export interface SheetEntry {
  tag: string;
  name: string;
  rid: string;
  part: string;
}

export interface WorkbookParts {
  /** the workbook part's name and text */
  workbook: string;
  xml: string;
  /** the prefix the workbook gives the relationships namespace (`r`) */
  rPrefix: string;
  sheets: SheetEntry[];
  stylesPart?: string;
}

export async function workbookParts(pkg: Package): Promise<WorkbookParts> {
  const root = pkg.has("_rels/.rels") ? parseRels(await pkg.text("_rels/.rels")) : [];
  const office = root.find((r) => r.type === REL_TYPES.officeDocument);
  if (!office) throw new CliError("badWorkbook", { detail: "no officeDocument relationship" });
  const workbook = resolveTarget("", office.target);
  const xml = await pkg.text(workbook);
  const nsm = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml);
  const rPrefix = nsm ? nsm[1] : "r";
  const rels = await pkg.rels(workbook);
  const sheets: SheetEntry[] = [];
  for (const tag of xml.match(/<([\w.-]+:)?sheet\b[^>]*>/g) ?? []) {
    const a = attrs(tag);
    const rid = a[`${rPrefix}:id`];
    const rel = rels.find((r) => r.id === rid);
    if (rel) sheets.push({ tag, name: a.name, rid, part: resolveTarget(workbook, rel.target) });
  }
  const styles = rels.find((r) => r.type === REL_TYPES.styles);
  return { workbook, xml, rPrefix, sheets, stylesPart: styles ? resolveTarget(workbook, styles.target) : undefined };
}

/** `xl/<folder>/<stem>N.xml` with N one above the highest in use (readers such as exceljs only see parts named so). */
export function nextPart(pkg: Package, folder: string, stem: string): string {
  const re = new RegExp(`^xl/${folder}/${stem}(\\d+)\\.xml$`);
  let max = 0;
  for (const p of pkg.names()) {
    const m = re.exec(p);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `xl/${folder}/${stem}${max + 1}.xml`;
}
