/**
 * What the column report says about a table put together from several sheets: which sheet each joined table came
 * from and by which keys, how many rows found no partner, disagreed or stood alone, which wide columns were read
 * long, and which joined tables were found nowhere (their fields are then absent, and said so field by field).
 */
import type { DataTable } from "../input/locateTable";
import type { BilingualText } from "../scheme/schema";
import type { Lang } from "../i18n/messages";

export interface TableAccount {
  joins: {
    table: string;
    title: BilingualText;
    sheet: string;
    keys: BilingualText[];
    fields: { key: string; title: BilingualText; header: string }[];
    unmatched: number;
    conflicts: number;
    sideOnly: number;
  }[];
  wide: { sheet: string; columns: string[] } | null;
  notFound: { table: string; title: BilingualText }[];
  onMain: { table: string; title: BilingualText; sheet?: string }[];
}

/** The account of `table.links`, or undefined for a table read from one sheet as it is. */
export function tableAccount(table: DataTable): TableAccount | undefined {
  const links = table.links;
  if (!links) return undefined;
  const title = (k: string) => table.part.fields.find((f) => f.key === k)?.title ?? { "zh-CN": k, "en-US": k };
  return {
    joins: links.joins.map((j) => ({ ...j, keys: j.keys.map(title), fields: j.fields.map((f) => ({ ...f, title: title(f.key) })) })),
    wide: links.wide ? { sheet: table.sheet, columns: links.wide.map((w) => w.header) } : null,
    notFound: links.notFound,
    onMain: links.onMain,
  };
}

/** The account as report lines in one language. */
export function tableAccountLines(account: TableAccount | undefined, lang: Lang): string[] {
  if (!account) return [];
  const zh = lang === "zh-CN";
  const sep = zh ? "、" : ", ";
  const lines: string[] = [];
  if (account.wide) {
    const cols = account.wide.columns.join(sep);
    lines.push(zh ? `按列展开读取（每列一行）：工作表「${account.wide.sheet}」的 ${cols}` : `Read long, one row per column: ${cols} of the sheet ${account.wide.sheet}`);
  }
  for (const j of account.joins) {
    const keys = j.keys.map((k) => k[lang]).join(sep);
    const fields = j.fields.map((f) => (zh ? `${f.title[lang]}（${f.header}）` : `${f.title[lang]} (${f.header})`)).join(sep) || (zh ? "名单" : "the roster");
    const counts: string[] = [];
    if (j.unmatched) counts.push(zh ? `${j.unmatched} 行没有对应行` : `${j.unmatched} rows without a partner`);
    if (j.conflicts) counts.push(zh ? `${j.conflicts} 组对应行不一致` : `${j.conflicts} partner groups disagree`);
    if (j.sideOnly) counts.push(zh ? `${j.sideOnly} 行只在该表中` : `${j.sideOnly} rows only in that table`);
    const tail = counts.length ? (zh ? `；${counts.join("，")}` : `; ${counts.join(", ")}`) : "";
    lines.push(zh ? `「${j.title[lang]}」取自工作表「${j.sheet}」，按 ${keys} 对应：${fields}${tail}` : `${j.title[lang]} from the sheet ${j.sheet}, matched by ${keys}: ${fields}${tail}`);
  }
  for (const n of account.onMain) {
    const sheet = n.sheet ? (zh ? `，未读取工作表「${n.sheet}」` : `; the sheet ${n.sheet} is not read`) : "";
    lines.push(zh ? `「${n.title[lang]}」的列都在主表中，按主表读取${sheet}` : `Every column of ${n.title[lang]} is on the main sheet and read there${sheet}`);
  }
  for (const n of account.notFound) {
    lines.push(zh ? `未找到「${n.title[lang]}」所在的工作表：其中的列按未找到处理` : `No sheet holds ${n.title[lang]}: its columns are treated as not found`);
  }
  return lines;
}
