/**
 * A scheme's rates model: its effective dates and versions on top, the parameters a company sets, then one section
 * per rule that holds numbers, in the order the rules apply, each with the rule in words (describe) and its tables.
 */
import { describeContext } from "../describe/context";
import { emptyFacts } from "../describe/facts";
import { DESCRIBERS } from "../describe/kinds";
import type { Lang } from "../i18n/messages";
import type { SchemeDocument } from "../scheme/schema";
import type { RateSection, RatesModel } from "./model";
import { problem } from "./cells";
import { fixedRowsTable } from "./shapes/fixedRows";
import { paramTables } from "./shapes/params";
import { stepTables } from "./shapes/steps";

function header(scheme: SchemeDocument, lang: Lang): string[] {
  const zh = lang === "zh-CN";
  const out: string[] = [];
  for (const v of scheme.versions ?? []) {
    const span = [v.from && (zh ? `${v.from} 起` : `from ${v.from}`), v.to && (zh ? `至 ${v.to}` : `to ${v.to}`)].filter(Boolean).join(zh ? " " : " ");
    out.push(zh ? `另有版本「${v.title[lang]}」（${span}），其数值在方案文件中` : `Version "${v.title[lang]}" (${span}) has its own values in the scheme document`);
  }
  return out;
}

function effectiveSection(scheme: SchemeDocument, lang: Lang): RateSection {
  const zh = lang === "zh-CN";
  const rows = (["from", "to"] as const).map((k) => ({
    label: k === "from" ? (zh ? "生效起" : "Effective from") : zh ? "生效止" : "Effective to",
    values: [{ path: ["effective", k], value: scheme.effective[k] ?? null, blankOk: true }],
  }));
  const blank = zh ? "不限" : "no limit";
  const table = fixedRowsTable("effective", { label: zh ? "项目" : "Item", kind: "fixed" }, [{ label: zh ? "日期" : "Date", kind: "date", blank }], rows, ["effective"]);
  return {
    id: "effective",
    heading: zh ? "生效日期" : "Effective dates",
    sentence: [zh ? "方案适用的日期（含当天）；留空为不限。" : "The days the scheme applies to (inclusive); blank is no limit."],
    tables: [
      {
        ...table,
        // a last day before the first leaves no day at all: every row would fall outside the scheme and nobody be paid
        apply(doc, given) {
          const done = table.apply(doc, given);
          const span = doc.effective as { from?: string; to?: string } | undefined;
          if (!done.problems.length && span?.from && span.to && span.to < span.from) {
            const at = given.findIndex((row) => String(row[0] ?? "").trim() === rows[1].label);
            done.problems.push(
              problem(at < 0 ? 1 : at, 1, "RATE_EFFECTIVE_EMPTY", {
                "zh-CN": `生效止 ${span.to} 早于生效起 ${span.from}：方案将不适用于任何一天`,
                "en-US": `Effective to ${span.to} is before effective from ${span.from}: the scheme would apply to no day at all`,
              }),
            );
          }
          return done;
        },
      },
    ],
  };
}

export function ratesModel(scheme: SchemeDocument, lang: Lang): RatesModel {
  const zh = lang === "zh-CN";
  const sections: RateSection[] = [effectiveSection(scheme, lang)];
  const first = scheme.parts[0];
  const params = first ? paramTables(scheme, describeContext(scheme, first, lang)) : [];
  if (params.length) {
    sections.push({ id: "params", heading: zh ? "公司设定的参数" : "Parameters the company sets", sentence: [zh ? "留空表示未设定：用到它的行为待定，不会按 0 计算。" : "Blank means not set: rows that need it are pending, never computed as 0."], tables: params });
  }
  scheme.parts.forEach((part, pi) => {
    const ctx = describeContext(scheme, part, lang);
    part.steps.forEach((step, si) => {
      const tables = stepTables(step, ["parts", pi, "steps", si], ctx, scheme);
      if (!tables.length) return;
      const describe = DESCRIBERS[step.kind] as (s: typeof step, c: typeof ctx, f: ReturnType<typeof emptyFacts>) => string[];
      const title = step.title?.[lang] ?? ctx.title(step.name);
      sections.push({
        id: `${part.id}.${step.name}`,
        heading: scheme.parts.length > 1 ? `${part.title[lang]} · ${title}` : title,
        // the rule's own line; the lines under it restate the table's numbers, which the table below shows
        sentence: describe(step, ctx, emptyFacts()).filter((l) => !l.startsWith("  ")),
        tables,
      });
    });
  });
  sections.forEach((s, i) => (s.heading = `${i + 1}. ${s.heading}`));
  return { lang, title: scheme.title[lang], header: header(scheme, lang), sections };
}
