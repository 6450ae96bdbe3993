/**
 * Reads the clerk's rules sheet back against the structure sheet: each section found by its heading, each table by
 * its header row, its data rows down to the first blank row (or the next heading); then the rows go into the scheme
 * through the rates model, all or nothing. Every problem names the visible cell in both languages.
 */
import { ratesModel, applyRates } from "../../rates";
import type { RateCell, RatesModel } from "../../rates";
import { loadScheme } from "../../scheme/validate";
import { SchemeError } from "../../scheme/errors";
import type { Json } from "../tags";
import type { RawCell } from "../../values/parseNumber";
import type { RulesProblem, RulesReadResult } from "../read";
import { readStructure } from "./structure";
import { blankHints } from "./write";
import { columnLetter as colLetters } from "../../evaluate/table";

const text = (v: RawCell) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
const cellOf = (v: RawCell): RateCell => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? null : v);

interface Found {
  /** 0-based row of the header */
  header: number;
  rows: RateCell[][];
}

const issue = (code: string, address: string, zh: string, en: string): RulesProblem => ({ code, address, message: { "zh-CN": `${address}：${zh}`, "en-US": `${address}: ${en}` } });

/** Finds every table of the model in the cells; what cannot be found is a problem at the nearest cell. */
function locate(cells: RawCell[][], model: RatesModel): { found: (Found | undefined)[][]; problems: RulesProblem[] } {
  const problems: RulesProblem[] = [];
  const headings = new Set(model.sections.map((s) => s.heading));
  // rows Jili writes around tables: a table's data stops at one of them even when the blank row under it was typed in
  const written = new Set(model.sections.flatMap((s) => [s.heading, ...s.sentence, ...s.tables.flatMap((t) => [t.caption ?? "", blankHints(t, model.lang) ?? ""])].map((x) => x.trim())));
  written.delete("");
  const headerRows = model.sections.flatMap((s) => s.tables.map((t) => t.columns.map((c) => c.label)));
  const isHeader = (row: RawCell[]) => headerRows.some((labels) => labels.every((l, c) => text(row[c]) === l));
  const found: (Found | undefined)[][] = [];
  let pos = 0;
  model.sections.forEach((section, s) => {
    found[s] = [];
    const at = cells.findIndex((r, i) => i >= pos && text(r?.[0]) === section.heading);
    if (at < 0) {
      // named at the first written row where the heading should be (a retyped heading), not the blank row above it
      let near = pos;
      while (near < cells.length - 1 && text(cells[near]?.[0]) === "") near++;
      problems.push(issue("RULES_SECTION_MISSING", `A${near + 1}`, `找不到「${section.heading}」这一节（标题行不能改动或删除）`, `section "${section.heading}" is not found (its heading row must stay as written)`));
      return;
    }
    pos = at + 1;
    section.tables.forEach((table, t) => {
      const labels = table.columns.map((c) => c.label);
      let h = pos;
      for (; h < cells.length; h++) {
        const row = cells[h] ?? [];
        if (h > pos && headings.has(text(row[0]))) break;
        if (labels.every((l, c) => text(row[c]) === l)) break;
      }
      const row = cells[h] ?? [];
      if (h >= cells.length || !labels.every((l, c) => text(row[c]) === l)) {
        problems.push(issue("RULES_HEADER_MISSING", `A${at + 1}`, `「${section.heading}」中找不到表头「${labels.join(" | ")}」（表头行不能改动或删除）`, `the header row "${labels.join(" | ")}" of "${section.heading}" is not found (header rows must stay as written)`));
        return;
      }
      // a row inserted above the header and typed in would be passed over without a word: it is refused with its cell
      for (let above = pos; above < h; above++) {
        const line = cells[above] ?? [];
        // a note in column A alone is left alone; values in the table's other columns are a row that would be lost
        if (written.has(text(line[0])) || labels.every((_, c) => c === 0 || text(line[c]) === "")) continue;
        problems.push(
          issue(
            "RULES_ROW_ABOVE_HEADER",
            `A${above + 1}`,
            `这一行在「${section.heading}」的表头之上，不会被读到；要加一档请在表头下面的表格中插入一行`,
            `this row is above the header row of "${section.heading}" and would not be read; insert a row inside the table, under its header, to add one`,
          ),
        );
      }
      const rows: RateCell[][] = [];
      const ends = (line: RawCell[]) => written.has(text(line[0])) || isHeader(line);
      const blank = (line: RawCell[]) => labels.every((_, c) => text(line[c]) === "");
      let r = h + 1;
      for (; r < cells.length; r++) {
        const line = cells[r] ?? [];
        if (ends(line)) break;
        if (blank(line)) break;
        rows.push(labels.map((_, c) => cellOf(line[c])));
      }
      // a row emptied in the middle of a table (its contents cleared rather than the row deleted) would end the table
      // there and drop every row under it without a word: rows of values under a blank row, before what Jili wrote
      // next, are refused with the blank row's cell
      if (r < cells.length && !ends(cells[r] ?? [])) {
        for (let below = r + 1; below < cells.length && !ends(cells[below] ?? []); below++) {
          // a line with column A only is a heading or a note (a retyped heading is said by its own problem), not a row
          const line = cells[below] ?? [];
          if (labels.every((_, c) => c === 0 || text(line[c]) === "")) continue;
          problems.push(
            issue(
              "RULES_BLANK_ROW_IN_TABLE",
              `A${r + 1}`,
              `「${section.heading}」的表格在这一行中断，下面第 ${below + 1} 行还有内容；删除一档请删除整行，不要只清空内容`,
              `the table of "${section.heading}" breaks at this blank row while row ${below + 1} below still has values; delete a whole row to remove a tier, do not just clear it`,
            ),
          );
          break;
        }
      }
      found[s][t] = { header: h, rows };
      pos = r;
    });
  });
  return { found, problems };
}

/**
 * The scheme the two sheets hold: the structure sheet's document with the visible tables' values in it, validated.
 * `structure` null: the workbook has no structure sheet (it was deleted, or the sheet came from elsewhere).
 */
export function rulesBookToScheme(view: RawCell[][], structure: RawCell[][] | null): RulesReadResult {
  const read = structure ? readStructure(structure) : null;
  if (read === null || read === "damaged") {
    const why = read === "damaged" ? ["Jili 的规则结构表已损坏", "Jili's rules structure sheet is damaged"] : ["工作簿中没有 Jili 的规则结构表（规则表由 Jili 写出时一并写入）", "the workbook has no Jili rules structure sheet (written with the rules sheet)"];
    return { ok: false, problems: [issue("RULES_STRUCTURE_MISSING", "A1", `${why[0]}；请在 Jili 中点「编辑规则」重新写出规则表`, `${why[1]}; click Edit rules in Jili to write the rules sheet again`)] };
  }
  let base;
  try {
    base = loadScheme(read.document);
  } catch (e) {
    if (!(e instanceof SchemeError)) throw e;
    return { ok: false, problems: [issue("RULES_STRUCTURE_INVALID", "A1", "Jili 的规则结构表中的方案无效，请重新写出规则表", "the scheme in Jili's rules structure sheet is not valid; write the rules sheet again")] };
  }
  const model = ratesModel(base, read.lang);
  const { found, problems } = locate(view, model);
  if (problems.length) return { ok: false, problems };
  const applied = applyRates(base, model, found.map((tables) => tables.map((f) => f?.rows)));
  if (applied.ok) return { ok: true, scheme: applied.scheme, document: JSON.parse(JSON.stringify(applied.scheme)) as Record<string, Json> };
  return {
    ok: false,
    problems: applied.problems.map((p) => {
      const f = p.section >= 0 && p.table >= 0 ? found[p.section][p.table] : undefined;
      const address = !f ? "A1" : `${colLetters(p.col)}${f.header + 1 + (p.row === null ? 0 : p.row + 1)}`;
      return { code: p.code, address, message: { "zh-CN": `${address}：${p.message["zh-CN"]}`, "en-US": `${address}: ${p.message["en-US"]}` } };
    }),
  };
}
