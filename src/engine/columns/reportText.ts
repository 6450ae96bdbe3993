/**
 * The column report in words, the same for the CLI's report and the task pane: which columns were used and how,
 * which fields took a value without a column, and which columns were not used.
 */
import { tableAccountLines } from "../tables/account";
import type { Lang } from "../i18n/messages";
import type { ColumnRef, ColumnReport, FieldAccount } from "./account";
import type { FieldUse } from "./fieldUse";

const SEP: Record<Lang, string> = { "zh-CN": "、", "en-US": ", " };

/** A reader of a field by name: its title, a rule's code, or the step's name. */
export function readerName(use: FieldUse, lang: Lang): string {
  if (use.kind === "rule" && use.code) return lang === "zh-CN" ? `规则 ${use.code}` : `rule ${use.code}`;
  if (use.kind === "duplicate" && use.code) return lang === "zh-CN" ? `重复检查 ${use.code}` : `duplicate check ${use.code}`;
  if (use.kind === "level") return lang === "zh-CN" ? `分组「${use.title?.[lang] ?? use.step}」` : `grouping ${use.title?.[lang] ?? use.step}`;
  return use.title?.[lang] ?? use.step;
}

function readers(a: FieldAccount, lang: Lang): string {
  if (!a.readBy.length) return "";
  const names = a.readBy.map((u) => readerName(u, lang)).join(SEP[lang]);
  return lang === "zh-CN" ? `（${names} 用到）` : ` (read by ${names})`;
}

const columnName = (c: ColumnRef) => `${c.header}（${c.letter}）`;
const columnNameEn = (c: ColumnRef) => `${c.header} (${c.letter})`;

function fieldWithColumn(a: FieldAccount, lang: Lang): string {
  const title = a.title[lang];
  if (!a.column || a.column.header === a.title["zh-CN"] || a.column.header === title) return title;
  return lang === "zh-CN" ? `${title}←${a.column.header}` : `${title} ← ${a.column.header}`;
}

/** One line per kind of account that has members, then the unused columns. */
export function columnReportLines(report: ColumnReport, lang: Lang): string[] {
  const zh = lang === "zh-CN";
  const of = (s: FieldAccount["state"]) => report.fields.filter((f) => f.state === s);
  const lines: string[] = [...tableAccountLines(report.tables, lang)];
  const matched = of("matched");
  if (matched.length) lines.push(`${zh ? "已对应的列：" : "Columns used: "}${matched.map((a) => fieldWithColumn(a, lang)).join(SEP[lang])}`);
  for (const a of of("derived")) {
    const src = (a.sources ?? []).map(zh ? columnName : columnNameEn).join(SEP[lang]);
    lines.push(zh ? `由其他列推出：${a.title[lang]} ← ${src}` : `Worked out from other columns: ${a.title[lang]} ← ${src}`);
  }
  for (const a of of("assumed")) lines.push(zh ? `按确认值计（整张表）：${a.title[lang]}＝${a.value}` : `Assumed for the whole sheet: ${a.title[lang]} = ${a.value}`);
  for (const a of matched.filter((x) => x.value !== undefined)) lines.push(zh ? `空白格按确认值计：${a.title[lang]}＝${a.value}` : `Blank cells taken as confirmed: ${a.title[lang]} = ${a.value}`);
  for (const a of of("defaulted")) lines.push(zh ? `未找到，按默认值计：${a.title[lang]}＝${a.value}${readers(a, lang)}` : `Not found, taken as its stated default: ${a.title[lang]} = ${a.value}${readers(a, lang)}`);
  for (const a of of("absent")) {
    const why = a.meaning ? (zh ? `（${a.meaning[lang]}）` : ` (${a.meaning[lang]})`) : readers(a, lang);
    lines.push(zh ? `未找到，不需要：${a.title[lang]}${why}` : `Not found, not needed: ${a.title[lang]}${why}`);
  }
  if (report.unused.length) {
    const cols = report.unused.map((c) => {
      const looks = c.proposal ? report.fields.find((f) => f.key === c.proposal)?.title[lang] : undefined;
      const name = zh ? columnName(c) : columnNameEn(c);
      return looks ? (zh ? `${name}（像「${looks}」）` : `${name} (looks like ${looks})`) : name;
    });
    lines.push(`${zh ? "未使用的列：" : "Unused columns: "}${cols.join(SEP[lang])}`);
  }
  return lines;
}

/** The fields that stop a run (needed, no column), each with who reads it and the columns that look like it. */
export function neededFieldLines(report: ColumnReport, lang: Lang): string[] {
  const zh = lang === "zh-CN";
  return report.fields
    .filter((a) => a.state === "needed")
    .map((a) => {
      const looks = (a.lookalikes ?? []).map(zh ? columnName : columnNameEn).join(SEP[lang]);
      const like = looks ? (zh ? `；看起来相关的列：${looks}` : `; columns that look like it: ${looks}`) : "";
      const params = (a.switchedOnBy ?? []).map((t) => t[lang]).join(SEP[lang]);
      const set = params ? (zh ? `；已设置参数「${params}」，该检查需要这一列` : `; the parameter ${params} is set, and its check needs this column`) : "";
      return `${a.title[lang]}${readers(a, lang)}${set}${like}`;
    });
}

/**
 * The lines every sheet Jili writes carries under its table: what the results rest on besides the sheet's own cells
 * (values confirmed for the whole sheet, stated defaults of absent columns, fields worked out from other columns).
 */
export function resultNotes(report: ColumnReport, lang: Lang): string[] {
  const fields = report.fields.filter((a) => a.state === "assumed" || a.state === "defaulted" || a.state === "derived" || (a.state === "matched" && a.value !== undefined));
  return columnReportLines({ fields, unused: [], tables: report.tables }, lang).filter((line) => !line.startsWith(lang === "zh-CN" ? "已对应的列" : "Columns used"));
}
