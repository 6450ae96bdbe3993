import { FillPlan, Lang } from "../../engine";
import { SUMMARY_SHEET_NAMES } from "../input";
import { CliError } from "../messages";
import { CONTENT_TYPES, Package, parseRels, REL_TYPES, relativeTarget, relsPathFor, relsXml, resolveTarget, withOverride, withoutOverride } from "./opc";
import { CELL_EMPTY, CELL_FORMULA, cellStartTag, cellXml, inlineTail, maxColumn, NewCell, parseSheet, SheetEdit, SheetLayout, withColumnWidths, withDimension, writeSheet } from "./sheetXml";
import { StylePatcher } from "./styles";
import { chartXml, drawingXml, summarySheetXml } from "./summarySheet";
import { attrs, colLetters, escapeXml, rootPrefix, setAttr } from "./xml";

export interface XlsxTarget {
  /** the data sheet's name */
  sheet: string;
  /** 1-based sheet row of the header */
  headerRow: number;
  /** 1-based sheet row of each data row, in the order of the plan's values */
  rowNumbers: number[];
  /** 0-based column → header text of the columns Jili already owns on this sheet */
  ownedHeaders: Map<number, string>;
}

/** `xl/<folder>/<stem>N.xml` with N one above the highest in use (readers such as exceljs only see parts named so). */
function nextPart(pkg: Package, folder: string, stem: string): string {
  const re = new RegExp(`^xl/${folder}/${stem}(\\d+)\\.xml$`);
  let max = 0;
  for (const p of pkg.names()) {
    const m = re.exec(p);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `xl/${folder}/${stem}${max + 1}.xml`;
}

interface SheetEntry {
  tag: string;
  name: string;
  rid: string;
  part: string;
}

async function workbookParts(pkg: Package): Promise<{ workbook: string; xml: string; rPrefix: string; sheets: SheetEntry[]; stylesPart?: string }> {
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

/** `<sheetProtection sheet="1" …/>` / `<workbookProtection lockStructure="1" …/>`: on when the flag is 1 or true. */
function isProtected(xml: string, element: string, flag: string): boolean {
  const m = new RegExp(`<(?:[\\w.-]+:)?${element}\\b[^>]*>`).exec(xml);
  if (!m) return false;
  const v = attrs(m[0])[flag];
  return v === "1" || v === "true";
}

/**
 * `<sheetProtection sheet="1" …/>` in a sheet's bytes outside its rows (the schema places it after sheetData; a
 * cell's text saying "sheetProtection" is not the element, and 100 000 rows need not be searched).
 */
function sheetProtected(sheet: SheetLayout): boolean {
  const { bytes } = sheet;
  return protectionIn(bytes.subarray(0, sheet.innerStart)) || protectionIn(bytes.subarray(sheet.innerEnd));
}

function protectionIn(bytes: Buffer): boolean {
  for (let at = bytes.indexOf("sheetProtection"); at >= 0; at = bytes.indexOf("sheetProtection", at + 1)) {
    let lt = at - 1;
    if (bytes[lt] === 58) while (lt > 0 && bytes[lt] !== 60 && at - lt < 64) lt--; // a namespace prefix
    if (bytes[lt] !== 60) continue;
    const end = bytes.indexOf(">", at);
    if (end < 0) return false;
    const tag = bytes.toString("utf8", lt, end + 1);
    if (new RegExp(`^<(?:[\\w.-]+:)?sheetProtection\\b`).test(tag)) return isProtected(tag, "sheetProtection", "sheet");
  }
  return false;
}

/** the largest number of a long list (Math.max(...list) would pass 100 000 arguments) */
function largest(list: number[]): number {
  let max = 0;
  for (const n of list) if (n > max) max = n;
  return max;
}

/**
 * Writes a fill plan into an .xlsx/.xlsm package. Only these parts change: the data sheet (Jili's columns, appended
 * to the right or replacing columns whose header is Jili's), Jili's summary sheet with its drawing and chart, and
 * append-only additions to the workbook's sheet list, relationships, content types and cell styles. Every other
 * part is carried over byte for byte.
 */
export async function fillXlsx(bytes: Buffer, target: XlsxTarget, plan: FillPlan, lang: Lang): Promise<Buffer> {
  const pkg = await Package.open(bytes);
  const wb = await workbookParts(pkg);
  const data = wb.sheets.find((s) => s.name === target.sheet);
  if (!data) throw new CliError("noSheet", { sheet: target.sheet, sheets: wb.sheets.map((s) => s.name).join(", ") });
  const styles = wb.stylesPart && pkg.has(wb.stylesPart) ? new StylePatcher(await pkg.text(wb.stylesPart)) : null;

  // a protected sheet or workbook structure is the user's decision: refuse before anything is changed
  const sheet = parseSheet(pkg.bytes(data.part));
  if (sheetProtected(sheet)) throw new CliError("sheetProtected", { sheet: target.sheet });
  const summaryName = plan.summary?.sheetName;
  if (summaryName && isProtected(wb.xml, "workbookProtection", "lockStructure")) {
    const same = wb.sheets.find((s) => s.name === summaryName && s.part !== data.part);
    // replacing the summary sheet's contents in place is a sheet edit, but adding or renaming one is a structure edit
    if (!same) throw new CliError("workbookProtected", { sheet: summaryName });
  }

  // 1. the data sheet
  const p = sheet.prefix;
  const owned = new Map(target.ownedHeaders);
  const slots = new Map<number, number>(); // plan column → sheet column
  plan.columns.forEach((c, i) => {
    for (const [col, header] of owned)
      if (header === c.header) {
        slots.set(i, col);
        owned.delete(col);
        break;
      }
  });
  const freeOwned = [...owned.keys()].sort((a, b) => a - b);
  let next = maxColumn(sheet) + 1;
  plan.columns.forEach((_, i) => {
    if (slots.has(i)) return;
    const col = freeOwned.shift();
    slots.set(i, col !== undefined ? col : next++);
  });
  const jiliColumns = new Set([...slots.values(), ...target.ownedHeaders.keys()]);
  // plan row of each sheet row (-1: none), by row number: one typed array instead of a Set and a Map of 100 000 rows
  const lastRow = Math.max(target.headerRow, largest(target.rowNumbers));
  const rowIndex = new Int32Array(lastRow + 1).fill(-1);
  target.rowNumbers.forEach((row, k) => (rowIndex[row] = k));

  // never write over a user's cell: formulas in Jili's columns and merged ranges are the user's
  for (const col of slots.values()) {
    const across = sheet.merges.filter((m) => col >= m.left && col <= m.right);
    if (!across.length) continue;
    for (const row of [target.headerRow, ...target.rowNumbers]) {
      const merge = across.find((m) => row >= m.top && row <= m.bottom);
      if (merge) throw new CliError("cellMerged", { sheet: target.sheet, cell: `${colLetters(col)}${row}`, range: `${colLetters(merge.left)}${merge.top}:${colLetters(merge.right)}${merge.bottom}` });
    }
  }
  const ownedMask = new Uint8Array(Math.max(0, ...jiliColumns) + 1);
  for (const col of jiliColumns) ownedMask[col] = 1;
  let headerCell = -1; // the last user cell of the header row with something in it: its style heads Jili's columns
  for (let k = 0; k < sheet.rowCount; k++) {
    const row = sheet.rowNum[k];
    if (row < target.headerRow) continue;
    const targeted = row === target.headerRow || (row <= lastRow && rowIndex[row] >= 0);
    for (let c = sheet.rowFirstCell[k]; c < sheet.rowFirstCell[k + 1]; c++) {
      const col = sheet.cellCol[c];
      if (col < ownedMask.length && ownedMask[col] === 1) {
        if (targeted && sheet.cellFlags[c] & CELL_FORMULA) throw new CliError("cellTaken", { sheet: target.sheet, cell: `${colLetters(col)}${row}`, detail: lang === "zh-CN" ? "公式" : "a formula" });
      } else if (row === target.headerRow && !(sheet.cellFlags[c] & CELL_EMPTY)) headerCell = c;
    }
  }
  const headerStyleAttr = headerCell >= 0 ? attrs(cellStartTag(sheet, headerCell)).s : undefined;
  const headerStyle = headerStyleAttr !== undefined ? Number(headerStyleAttr) : undefined;
  const columnStyles = plan.columns.map((column) => (column.numberFormat && styles ? styles.xf(column.numberFormat) : undefined));
  // Jili's columns in sheet order
  const order = plan.columns.map((_, i) => i).sort((a, b) => (slots.get(a) as number) - (slots.get(b) as number));
  const letters = plan.columns.map((_, i) => colLetters(slots.get(i) as number));
  const values = plan.columns.map((c) => c.values);
  let maxRow = target.headerRow;
  // from the end: in the usual ascending sheet, the last row with a value settles it
  for (let k = target.rowNumbers.length - 1; k >= 0; k--) {
    const row = target.rowNumbers[k];
    if (row > maxRow && values.some((v) => v[k] !== null && v[k] !== "")) maxRow = row;
  }
  const writtenRows: number[] = [];
  for (let row = 0; row <= lastRow; row++) if (row === target.headerRow || rowIndex[row] >= 0) writtenRows.push(row);
  const widths = new Map<number, number>();
  plan.columns.forEach((c, i) => widths.set(slots.get(i) as number, c.kind === "explanation" ? 60 : c.kind === "status" ? 24 : 14));
  const cols = plan.columns.map((_, i) => slots.get(i) as number);
  const slot: NewCell[] = cols.map((col) => ({ col, xml: "" }));
  const reused: NewCell[] = [];
  const tails = new Map<string, string>();
  // each column's start tags as bytes, around the row number: text cells, number cells (with the column's number
  // format), yes/no cells; numbers' tails (`220</v></c>`) made once per value
  const opens = letters.map((l) => Buffer.from(`<${p}c r="${l}`, "utf8"));
  const textClose = Buffer.from(`" t="inlineStr">`, "utf8");
  const numberCloses = columnStyles.map((style) => Buffer.from(`"${style !== undefined ? ` s="${style}"` : ""}><${p}v>`, "utf8"));
  const boolClose = Buffer.from(`" t="b"><${p}v>`, "utf8");
  const valueEnd = `</${p}v></${p}c>`;
  const numberTails = new Map<number, string>();
  const sheetEdit: SheetEdit = {
    owned: ownedMask,
    fromRow: target.headerRow,
    rows: writtenRows,
    // one array and one object per column, reused row after row (the sheet writer uses them before asking again)
    cellsOf(row) {
      reused.length = 0;
      const k = row <= lastRow && rowIndex[row] >= 0 ? rowIndex[row] : undefined;
      if (row === target.headerRow) {
        for (const i of order) reused.push({ col: cols[i], xml: cellXml(p, `${letters[i]}${row}`, plan.columns[i].header, headerStyle) });
      } else if (k !== undefined) {
        for (const i of order) {
          const v = plan.columns[i].values[k];
          if (v === null || v === "") continue;
          const cell = slot[i];
          cell.open = opens[i];
          cell.row = row;
          if (typeof v === "string") {
            // statuses and explanations repeat: each text's tail is built once and written from its bytes
            let tail = tails.get(v);
            if (tail === undefined) {
              tail = inlineTail(p, v);
              if (tails.size < 4096) tails.set(v, tail);
            }
            cell.close = textClose;
            cell.tail = tail;
          } else if (typeof v === "number" && Number.isFinite(v)) {
            let tail = numberTails.get(v);
            if (tail === undefined) {
              tail = `${v}${valueEnd}`;
              if (numberTails.size < 4096) numberTails.set(v, tail);
            }
            cell.close = numberCloses[i];
            cell.tail = tail;
          } else if (typeof v === "boolean") {
            cell.close = boolClose;
            cell.tail = `${v ? 1 : 0}${valueEnd}`;
          } else {
            cell.open = null;
            cell.xml = cellXml(p, `${letters[i]}${row}`, v, typeof v === "number" ? columnStyles[i] : undefined);
            cell.tail = null;
          }
          reused.push(cell);
        }
      }
      return reused;
    },
    head: (xml) => withColumnWidths(withDimension(xml, p, Math.max(...slots.values()), maxRow), p, widths),
  };

  // 2. Jili's summary sheet (replacing an earlier one, whichever language it was written in)
  const summary = plan.summary;
  if (summary) {
    let types = await pkg.text("[Content_Types].xml");
    let workbookXml = wb.xml;
    const old = wb.sheets.find((s) => SUMMARY_SHEET_NAMES.includes(s.name) && s.part !== data.part);
    const clash = wb.sheets.find((s) => s.name === summary.sheetName && s !== old);
    if (clash) throw new CliError("sheetNameTaken", { sheet: summary.sheetName });
    let sheetPart: string;
    if (old) {
      sheetPart = old.part;
      for (const part of await summaryChain(pkg, old.part)) {
        pkg.remove(part);
        types = withoutOverride(types, part);
      }
      if (old.name !== summary.sheetName) workbookXml = workbookXml.replace(old.tag, setAttr(old.tag, "name", summary.sheetName));
    } else {
      sheetPart = nextPart(pkg, "worksheets", "sheet");
      const rels = await pkg.rels(wb.workbook);
      let rid = "rIdJili1";
      for (let k = 2; rels.some((r) => r.id === rid); k++) rid = `rIdJili${k}`;
      const relsPart = relsPathFor(wb.workbook);
      const relsText = await pkg.text(relsPart);
      const close = relsText.lastIndexOf("</");
      pkg.set(relsPart, `${relsText.slice(0, close)}<Relationship Id="${rid}" Type="${REL_TYPES.worksheet}" Target="${escapeXml(relativeTarget(wb.workbook, sheetPart))}"/>${relsText.slice(close)}`);
      const wp = rootPrefix(workbookXml, "workbook");
      const ids = wb.sheets.map((s) => Number(attrs(s.tag).sheetId) || 0);
      const tag = `<${wp}sheet name="${escapeXml(summary.sheetName)}" sheetId="${Math.max(0, ...ids) + 1}" ${wb.rPrefix}:id="${rid}"/>`;
      const end = workbookXml.indexOf(`</${wp}sheets>`);
      if (end < 0) throw new CliError("badWorkbook", { detail: "no <sheets> in the workbook part" });
      workbookXml = workbookXml.slice(0, end) + tag + workbookXml.slice(end);
      types = withOverride(types, sheetPart, CONTENT_TYPES.worksheet);
    }
    if (workbookXml !== wb.xml) pkg.set(wb.workbook, workbookXml);

    const formats = summary.numberFormats.map((f) => (f && styles ? styles.xf(f) : undefined));
    const header = styles ? styles.xf(null, true) : 0;
    const withChart = !!summary.chart && summary.rows.length > 0;
    pkg.set(sheetPart, summarySheetXml(summary, { header, formats }, withChart));
    if (withChart) {
      const DRAWING_PART = nextPart(pkg, "drawings", "drawing");
      const CHART_PART = nextPart(pkg, "charts", "chart");
      pkg.set(relsPathFor(sheetPart), relsXml([{ id: "rId1", type: REL_TYPES.drawing, target: relativeTarget(sheetPart, DRAWING_PART) }]));
      pkg.set(DRAWING_PART, drawingXml(summary.headers.length + 1, summary.rows.length));
      pkg.set(relsPathFor(DRAWING_PART), relsXml([{ id: "rId1", type: REL_TYPES.chart, target: relativeTarget(DRAWING_PART, CHART_PART) }]));
      pkg.set(CHART_PART, chartXml(summary, summary.sheetName));
      types = withOverride(types, DRAWING_PART, CONTENT_TYPES.drawing);
      types = withOverride(types, CHART_PART, CONTENT_TYPES.chart);
    }
    if (types !== (await pkg.text("[Content_Types].xml"))) pkg.set("[Content_Types].xml", types);
  }
  if (styles && styles.changed && wb.stylesPart) pkg.set(wb.stylesPart, styles.text);
  // written last, once nothing can stop the fill: the sheet is deflated on the thread pool while it is built
  pkg.setDeflated(data.part, writeSheet(sheet, sheetEdit));
  return pkg.generate();
}
