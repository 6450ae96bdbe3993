// Lays out one person's statement on the sheet: header, sections with their rows and values, total, signatures.
import { displayWidth } from "../../layout/textWidth";
import { STATEMENT_LABELS } from "./labels";
import { Statement, StatementSection, StatementSet } from "./model";
import { Orientation, PAGE_CHARS } from "./print";
import { StatementSheet } from "./sheet";
import { sheetCell, SheetRows } from "./sheetRows";

/** Where the group values and explanations go, and the page the header lines must fit. */
export interface BlockGeometry {
  valueCol: number;
  explainCol: number;
  orientation: Orientation;
}

type Labels = Record<string, string>;
type Pair = { title: string; value: string };

const pairs = (L: Labels, list: Pair[]) => list.map((p) => `${p.title}${L.pairSep}${p.value}`);

/** info pairs in lines of at most ~the page's width, so no merged line needs wrapping */
function infoLines(L: Labels, items: string[], orientation: Orientation): string[] {
  const limit = PAGE_CHARS[orientation] - 4;
  const lines: string[] = [];
  for (const item of items) {
    const last = lines[lines.length - 1];
    if (last !== undefined && displayWidth(last) + displayWidth(L.gap) + displayWidth(item) <= limit) lines[lines.length - 1] = `${last}${L.gap}${item}`;
    else lines.push(item);
  }
  return lines;
}

/** The title, who the statement is for (with their info and periods), and the scheme, part and source. */
function headerLines(sheet: SheetRows, set: StatementSet, s: Statement, g: BlockGeometry): void {
  const L = STATEMENT_LABELS[set.lang];
  sheet.spanRow(`${set.scheme.title} — ${L.title}`, "title");
  const head = pairs(L, s.subject).concat(pairs(L, s.info));
  if (s.periods) head.push(`${s.periods.title}${L.pairSep}${s.periods.values.join(L.listSep)}`);
  for (const line of infoLines(L, head, g.orientation)) sheet.spanRow(line, "info");
  const scheme = [set.lang === "zh-CN" ? `${L.scheme}${L.pairSep}${set.scheme.title}（${set.scheme.id}）` : `${L.scheme}${L.pairSep}${set.scheme.title} (${set.scheme.id})`];
  if (set.parts > 1) scheme.push(`${L.part}${L.pairSep}${set.part.title}`);
  if (set.source) scheme.push(`${L.source}${L.pairSep}${set.source}`);
  for (const line of infoLines(L, scheme, g.orientation)) sheet.spanRow(line, "info");
  // a statement handed to one person says as plainly as the summary what its amounts assume
  for (const note of set.notes) sheet.spanRow(note, "info");
}

/** One section: its heading, the row table, the group's values (pending ones noted) and its explanation. */
function sectionLines(sheet: SheetRows, set: StatementSet, sec: StatementSection, g: BlockGeometry): void {
  const L = STATEMENT_LABELS[set.lang];
  const cols = set.columns;
  sheet.push(sheet.empty());
  if (sec.heading.length) sheet.spanRow(pairs(L, sec.heading).join(L.gap), "section");
  sheet.push(cols.map((c) => sheetCell(c.title, "header")));
  const styles = cols.map((c) => (c.kind === "status" || c.kind === "explanation" ? "cellWrap" : "cell"));
  for (const r of sec.rows) sheet.push(cols.map((c, j) => sheet.tableCell(j, r.cells[j], styles[j], c.numberFormat)));
  for (const o of sec.outputs) {
    const line = sheet.empty();
    sheet.span(line, 0, g.valueCol - 1, o.title, "label");
    line[g.valueCol] = sheetCell(o.value, "value", o.numberFormat);
    if (o.pending) line[g.explainCol] = sheetCell(`${L.pending} ${o.pending}`, "note");
    sheet.push(line);
  }
  if (sec.explanation) {
    const line = sheet.empty();
    sheet.span(line, 0, g.valueCol, L.groupExplanation, "explainLabel");
    line[g.explainCol] = sheetCell(sec.explanation, "explain");
    sheet.push(line);
  }
}

/** The total with its pending note, the incomplete note and the signature lines; the total's row, if any. */
function closingLines(sheet: SheetRows, set: StatementSet, s: Statement, g: BlockGeometry): number | null {
  const L = STATEMENT_LABELS[set.lang];
  sheet.push(sheet.empty());
  let totalRow: number | null = null;
  if (s.total) {
    const line = sheet.empty();
    sheet.span(line, 0, g.valueCol - 1, `${L.total}${L.pairSep}${s.total.title}`, "totalLabel");
    line[g.valueCol] = sheetCell(s.total.value, "totalValue", s.total.numberFormat);
    totalRow = sheet.next;
    sheet.push(line);
    if (s.total.pending.length) sheet.spanRow(L.pendingNote.replace("{items}", s.total.pending.join(L.listSep)), "note");
  }
  if (!s.complete) sheet.spanRow(L.incomplete, "note");
  if (s.acrossParts) sheet.spanRow(s.acrossParts, "info");
  sheet.push(sheet.empty());
  sheet.spanRow(L.received, "sign");
  sheet.push(sheet.empty());
  sheet.spanRow(L.prepared, "sign");
  // the rule beside the amount: what the scheme says, in words, for the payee to check
  if (set.rules.length) {
    sheet.push(sheet.empty());
    sheet.spanRow(L.rules, "info");
    for (const line of set.rules) sheet.spanRow(line, "info");
  }
  return totalRow;
}

/** Statement s from the sheet's next row on; where it sits and its total. */
export function statementBlock(sheet: SheetRows, set: StatementSet, s: Statement, g: BlockGeometry): StatementSheet["blocks"][number] {
  const top = sheet.next;
  headerLines(sheet, set, s, g);
  for (const sec of s.sections) sectionLines(sheet, set, sec, g);
  const totalRow = closingLines(sheet, set, s, g);
  return { subject: s.subject.map((x) => x.value).join(" "), top, bottom: sheet.rows.length, totalRow, total: s.total ? s.total.value : null };
}
