// Jili's summary sheet (and its person-total sheet) in the package: an earlier one (either language) replaced in place, or a new sheet added, with its drawing and chart.
import { SummaryTable } from "../../engine";
import { SUMMARY_SHEET_NAMES } from "../input";
import { CliError } from "../messages";
import { CONTENT_TYPES, isRel, Package, REL_TYPES, relativeTarget, relsPathFor, relsXml, resolveTarget, withOverride, withoutOverride } from "./opc";
import { StylePatcher } from "./styles";
import { chartXml, drawingXml, summarySheetXml } from "./summarySheet";
import { childNS, newElementLike, parsePart, serialize, setAttrNSInScope } from "./dom";
import { MAIN_NS, REL_NS } from "./namespaces";
import { nextPart, SheetEntry, WorkbookParts } from "./workbookParts";

/** The parts reachable from an old summary sheet through its drawing: the drawing, its charts and their styles. */
async function summaryChain(pkg: Package, sheetPart: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of (await pkg.rels(sheetPart)).filter((r) => isRel(r, "drawing") && !r.external)) {
    const drawing = resolveTarget(sheetPart, d.target);
    out.push(drawing, relsPathFor(drawing));
    for (const c of (await pkg.rels(drawing)).filter((r) => isRel(r, "chart") && !r.external)) {
      const chart = resolveTarget(drawing, c.target);
      out.push(chart, relsPathFor(chart));
      for (const s of (await pkg.rels(chart)).filter((r) => (r.type === REL_TYPES.chartStyle || r.type === REL_TYPES.chartColorStyle) && !r.external)) {
        out.push(resolveTarget(chart, s.target));
      }
    }
  }
  out.push(relsPathFor(sheetPart));
  return out.filter((p) => pkg.has(p));
}

/** The package's edits in progress: the content types text and whether the workbook tree changed. */
interface Texts {
  types: string;
  workbookChanged: boolean;
}

/**
 * Writes the summary sheet (replacing an earlier one, whichever language it was written in) and its chart. In a
 * Strict workbook the sheet is written in the Strict namespace and without the chart (DrawingML's Strict namespaces
 * are not written by Jili).
 */
export async function writeSummary(pkg: Package, wb: WorkbookParts, data: SheetEntry, summary: SummaryTable, styles: StylePatcher | null, oldNames: readonly string[] = SUMMARY_SHEET_NAMES): Promise<void> {
  const texts: Texts = { types: await pkg.text("[Content_Types].xml"), workbookChanged: false };
  const old = wb.sheets.find((s) => oldNames.includes(s.name) && s.part !== data.part);
  const clash = wb.sheets.find((s) => s.name === summary.sheetName && s !== old);
  if (clash) throw new CliError("sheetNameTaken", { sheet: summary.sheetName });
  const sheetPart = old ? await replaceOld(pkg, old, summary.sheetName, texts) : await addSheet(pkg, wb, summary.sheetName, texts);
  if (texts.workbookChanged) pkg.set(wb.workbook, serialize(wb.doc));

  const formats = summary.numberFormats.map((f) => (f && styles ? styles.xf(f) : undefined));
  const header = styles ? styles.xf(null, true) : 0;
  const withChart = !!summary.chart && summary.rows.length > 0 && !wb.strict;
  pkg.set(sheetPart, summarySheetXml(summary, { header, formats }, withChart, wb.strict));
  if (withChart) addChart(pkg, sheetPart, summary, texts);
  if (texts.types !== (await pkg.text("[Content_Types].xml"))) pkg.set("[Content_Types].xml", texts.types);
}

/** The old summary sheet's part, its drawing and chart removed, renamed when the new name differs. */
async function replaceOld(pkg: Package, old: SheetEntry, name: string, texts: Texts): Promise<string> {
  for (const part of await summaryChain(pkg, old.part)) {
    pkg.remove(part);
    texts.types = withoutOverride(texts.types, part);
  }
  if (old.name !== name) {
    old.el.setAttribute("name", name);
    texts.workbookChanged = true;
  }
  return old.part;
}

/** Appends a relationship to the workbook's relationships part, in the namespace that part declares. */
async function addRelationship(pkg: Package, wb: WorkbookParts, rid: string, type: string, target: string): Promise<void> {
  const relsPart = relsPathFor(wb.workbook);
  const doc = parsePart(relsPart, await pkg.text(relsPart));
  const root = doc.documentElement!;
  const rel = newElementLike(root, "Relationship");
  rel.setAttribute("Id", rid);
  rel.setAttribute("Type", type);
  rel.setAttribute("Target", target);
  root.appendChild(rel);
  pkg.set(relsPart, serialize(doc));
}

/**
 * A new worksheet part, with its relationship, `<sheet>` in the workbook and content type. The `<sheet>` is made in
 * the namespace and with the prefix of the sheets beside it; its `r:id` uses the prefix in scope for the
 * relationships namespace, or declares one on the element where none is (openpyxl declares it on each `<sheet>`).
 */
async function addSheet(pkg: Package, wb: WorkbookParts, name: string, texts: Texts): Promise<string> {
  const sheetPart = nextPart(pkg, "worksheets", "sheet");
  let rid = "rIdJili1";
  for (let k = 2; wb.rels.some((r) => r.id === rid); k++) rid = `rIdJili${k}`;
  const relNs = wb.strict ? REL_NS[1] : REL_NS[0];
  await addRelationship(pkg, wb, rid, `${relNs}/worksheet`, relativeTarget(wb.workbook, sheetPart));
  const root = wb.doc.documentElement!;
  const list = childNS(root, MAIN_NS, "sheets");
  if (!list) throw new CliError("badWorkbook", { detail: "no <sheets> in the workbook part" });
  const ids = wb.sheets.map((s) => Number(s.el.getAttribute("sheetId")) || 0);
  const sheet = newElementLike(wb.sheets[0]?.el ?? list, "sheet");
  sheet.setAttribute("name", name);
  sheet.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
  list.appendChild(sheet);
  setAttrNSInScope(sheet, relNs, "id", rid, "r");
  texts.workbookChanged = true;
  texts.types = withOverride(texts.types, sheetPart, CONTENT_TYPES.worksheet);
  return sheetPart;
}
/** The summary's drawing and chart, related to its sheet. */
function addChart(pkg: Package, sheetPart: string, summary: SummaryTable, texts: Texts): void {
  const drawingPart = nextPart(pkg, "drawings", "drawing");
  const chartPart = nextPart(pkg, "charts", "chart");
  pkg.set(relsPathFor(sheetPart), relsXml([{ id: "rId1", type: REL_TYPES.drawing, target: relativeTarget(sheetPart, drawingPart) }]));
  pkg.set(drawingPart, drawingXml(summary.headers.length, summary.rows.length));
  pkg.set(relsPathFor(drawingPart), relsXml([{ id: "rId1", type: REL_TYPES.chart, target: relativeTarget(drawingPart, chartPart) }]));
  pkg.set(chartPart, chartXml(summary, summary.sheetName));
  texts.types = withOverride(texts.types, drawingPart, CONTENT_TYPES.drawing);
  texts.types = withOverride(texts.types, chartPart, CONTENT_TYPES.chart);
}
