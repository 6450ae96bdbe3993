/**
 * A column whose cells are keys of a table (a role, a customer type): a drop-down of the values the field allows,
 * the keys the table already has, and 「其他岗位（…）」 for the `*` row, named by the values it stands for.
 */
import type { Lang } from "../../i18n/messages";
import type { DescribeContext } from "../../describe/context";
import type { RateColumn } from "../model";

export interface KeyColumn {
  column: RateColumn;
  /** "*" → 「其他岗位（中心经理、网格经理、装维经理）」; other keys as they are */
  show(key: string): string;
  /** the cell's text back to a key ("*" for the other-values label) */
  keyOf(text: string): string;
}

const join = (lang: Lang, xs: string[]) => xs.join(lang === "zh-CN" ? "、" : ", ");

export function keyColumn(input: string | null, keys: string[], ctx: DescribeContext): KeyColumn {
  const lang = ctx.lang;
  const label = input ? ctx.title(input.trim()) : lang === "zh-CN" ? "键" : "Key";
  const field = input ? ctx.fieldBehind(input.trim()) : undefined;
  const values = (field?.values ?? []).map((v) => v.value);
  const listed = keys.filter((k) => k !== "*");
  const others = values.filter((v) => !listed.includes(v));
  const other = lang === "zh-CN" ? `其他${label}${others.length ? `（${join(lang, others)}）` : ""}` : `Other ${label.toLowerCase()}${others.length ? ` (${join(lang, others)})` : ""}`;
  const closed = values.length > 0;
  const choices = closed ? [...new Set([...listed, ...values, other])] : undefined;
  return {
    column: { label, kind: closed ? "choice" : "text", choices },
    show: (k) => (k === "*" ? other : k),
    keyOf: (t) => (t === other ? "*" : t),
  };
}
