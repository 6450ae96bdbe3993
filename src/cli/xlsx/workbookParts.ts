// The workbook part of a package and its sheet list, read as a namespace-aware DOM (Transitional or Strict, any prefixes).
import { CliError } from "../messages";
import { attrNS, childNS, childrenNS, parsePart, XDocument, XElement } from "./dom";
import { isMainNs, MAIN_NS, REL_NS } from "./namespaces";
import { isRel, Package, Relationship, resolveTarget } from "./opc";

/** A `<sheet>` of the workbook: its element, name, relationship id, relationship and part. */
export interface SheetEntry {
  el: XElement;
  name: string;
  rid: string;
  rel: Relationship;
  part: string;
}

export interface WorkbookParts {
  /** the workbook part's name, text and tree */
  workbook: string;
  xml: string;
  doc: XDocument;
  /** whether the workbook is Strict Open XML (purl.oclc.org namespaces) */
  strict: boolean;
  /** worksheets (chartsheets and dialog sheets are not read) */
  sheets: SheetEntry[];
  rels: Relationship[];
  stylesPart?: string;
  sharedStringsPart?: string;
  date1904: boolean;
}

/** The workbook part named by the package's officeDocument relationship (or the usual name when there is none). */
async function workbookPartName(pkg: Package): Promise<string> {
  const root = await pkg.rels("");
  const office = root.find((r) => isRel(r, "officeDocument"));
  const part = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  if (!pkg.has(part)) throw new CliError("badWorkbook", { detail: "no workbook part" });
  return part;
}

export async function workbookParts(pkg: Package): Promise<WorkbookParts> {
  const workbook = await workbookPartName(pkg);
  const xml = await pkg.text(workbook);
  const doc = parsePart(workbook, xml);
  const root = doc.documentElement!;
  if (root.localName !== "workbook" || !isMainNs(root.namespaceURI)) throw new CliError("badWorkbook", { detail: `${workbook} is not a SpreadsheetML workbook` });
  const rels = await pkg.rels(workbook);
  const sheets: SheetEntry[] = [];
  const list = childNS(root, MAIN_NS, "sheets");
  for (const el of list ? childrenNS(list, MAIN_NS, "sheet") : []) {
    const rid = attrNS(el, REL_NS, "id");
    const rel = rels.find((r) => r.id === rid);
    if (!rid || !rel || rel.external || !isRel(rel, "worksheet")) continue;
    sheets.push({ el, name: el.getAttribute("name") ?? "", rid, rel, part: resolveTarget(workbook, rel.target) });
  }
  const partOf = (name: "styles" | "sharedStrings"): string | undefined => {
    const rel = rels.find((r) => isRel(r, name) && !r.external);
    return rel ? resolveTarget(workbook, rel.target) : undefined;
  };
  const pr = childNS(root, MAIN_NS, "workbookPr");
  const flag1904 = pr?.getAttribute("date1904");
  return {
    workbook,
    xml,
    doc,
    strict: root.namespaceURI === MAIN_NS[1],
    sheets,
    rels,
    stylesPart: partOf("styles"),
    sharedStringsPart: partOf("sharedStrings"),
    date1904: flag1904 === "1" || flag1904 === "true",
  };
}

/** `xl/<folder>/<stem>N.xml` with N one above the highest in use (readers such as exceljs only see parts named so). */
export function nextPart(pkg: Package, folder: string, stem: string): string {
  const re = new RegExp(`^xl/${folder}/${stem}(\\d+)\\.xml$`, "i");
  let max = 0;
  for (const p of pkg.names()) {
    const m = re.exec(p);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `xl/${folder}/${stem}${max + 1}.xml`;
}
