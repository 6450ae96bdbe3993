// Jili's summary sheet in the package: an earlier one (either language) replaced in place, or a new sheet added, with its drawing and chart.
import { SummaryTable } from "../../engine";
import { SUMMARY_SHEET_NAMES } from "../input";
import { CliError } from "../messages";
import { CONTENT_TYPES, Package, REL_TYPES, relativeTarget, relsPathFor, relsXml, resolveTarget, withOverride, withoutOverride } from "./opc";
import { StylePatcher } from "./styles";
import { chartXml, drawingXml, summarySheetXml } from "./summarySheet";
import { nextPart, SheetEntry, WorkbookParts } from "./workbookParts";
import { attrs, escapeXml, rootPrefix, setAttr } from "./xml";

/** The parts reachable from an old summary sheet through its drawing: the drawing, its charts and their styles. */
async function summaryChain(pkg: Package, sheetPart: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of (await pkg.rels(sheetPart)).filter((r) => r.type === REL_TYPES.drawing && !r.external)) {
    const drawing = resolveTarget(sheetPart, d.target);
    out.push(drawing, relsPathFor(drawing));
    for (const c of (await pkg.rels(drawing)).filter((r) => r.type === REL_TYPES.chart && !r.external)) {
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

/** The package's edits in progress: the content types and workbook texts. */
interface Texts {
  types: string;
  workbookXml: string;
}

/** Writes the summary sheet (replacing an earlier one, whichever language it was written in) and its chart. */
export async function writeSummary(pkg: Package, wb: WorkbookParts, data: SheetEntry, summary: SummaryTable, styles: StylePatcher | null): Promise<void> {
  const texts: Texts = { types: await pkg.text("[Content_Types].xml"), workbookXml: wb.xml };
  const old = wb.sheets.find((s) => SUMMARY_SHEET_NAMES.includes(s.name) && s.part !== data.part);
  const clash = wb.sheets.find((s) => s.name === summary.sheetName && s !== old);
  if (clash) throw new CliError("sheetNameTaken", { sheet: summary.sheetName });
  const sheetPart = old ? await replaceOld(pkg, old, summary.sheetName, texts) : await addSheet(pkg, wb, summary.sheetName, texts);
  if (texts.workbookXml !== wb.xml) pkg.set(wb.workbook, texts.workbookXml);

  const formats = summary.numberFormats.map((f) => (f && styles ? styles.xf(f) : undefined));
  const header = styles ? styles.xf(null, true) : 0;
  const withChart = !!summary.chart && summary.rows.length > 0;
  pkg.set(sheetPart, summarySheetXml(summary, { header, formats }, withChart));
  if (withChart) addChart(pkg, sheetPart, summary, texts);
  if (texts.types !== (await pkg.text("[Content_Types].xml"))) pkg.set("[Content_Types].xml", texts.types);
}

/** The old summary sheet's part, its drawing and chart removed, renamed when the new name differs. */
async function replaceOld(pkg: Package, old: SheetEntry, name: string, texts: Texts): Promise<string> {
  for (const part of await summaryChain(pkg, old.part)) {
    pkg.remove(part);
    texts.types = withoutOverride(texts.types, part);
  }
  if (old.name !== name) texts.workbookXml = texts.workbookXml.replace(old.tag, setAttr(old.tag, "name", name));
  return old.part;
}

/** A new worksheet part, with its relationship, `<sheet>` in the workbook and content type. */
async function addSheet(pkg: Package, wb: WorkbookParts, name: string, texts: Texts): Promise<string> {
  const sheetPart = nextPart(pkg, "worksheets", "sheet");
  const rels = await pkg.rels(wb.workbook);
  let rid = "rIdJili1";
  for (let k = 2; rels.some((r) => r.id === rid); k++) rid = `rIdJili${k}`;
  const relsPart = relsPathFor(wb.workbook);
  const relsText = await pkg.text(relsPart);
  const close = relsText.lastIndexOf("</");
  pkg.set(relsPart, `${relsText.slice(0, close)}<Relationship Id="${rid}" Type="${REL_TYPES.worksheet}" Target="${escapeXml(relativeTarget(wb.workbook, sheetPart))}"/>${relsText.slice(close)}`);
  const workbookXml = texts.workbookXml;
  const wp = rootPrefix(workbookXml, "workbook");
  const ids = wb.sheets.map((s) => Number(attrs(s.tag).sheetId) || 0);
  const tag = `<${wp}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${wb.rPrefix}:id="${rid}"/>`;
  const end = workbookXml.indexOf(`</${wp}sheets>`);
  if (end < 0) throw new CliError("badWorkbook", { detail: "no <sheets> in the workbook part" });
  texts.workbookXml = workbookXml.slice(0, end) + tag + workbookXml.slice(end);
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
