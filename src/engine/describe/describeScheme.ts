/**
 * A scheme in its own words, in both languages: per part, the steps that decide something said one by one in the
 * order they apply, then the parameters set by the company. Generated from the document alone, so it says what
 * Jili computes — compared with the description written by hand from the source (test/engine/describe).
 */
import type { Lang } from "../i18n/messages";
import type { SchemeDocument } from "../scheme/schema";
import { describeContext } from "./context";
import { addNumber, emptyFacts, Facts } from "./facts";
import { DESCRIBERS } from "./kinds";

export interface SchemeDescription {
  /** the lines of the description, per language (a part's title, then its rules, one line each, tables indented) */
  lines: Record<Lang, string[]>;
  /** what it states, for comparison with a description written by hand */
  facts: Facts;
}

function linesIn(scheme: SchemeDocument, lang: Lang, facts: Facts): string[] {
  const out: string[] = [`${scheme.title[lang]}`];
  for (const part of scheme.parts) {
    const ctx = describeContext(scheme, part, lang);
    // a blank required cell, a category outside its list: the field's own reasons a row is refused
    for (const f of part.fields) {
      for (const code of [f.missingCode, f.closed?.code, f.rangeCode]) if (code) facts.codes.add(code);
      if (f.closed?.status === "excluded") facts.exclusions.add(f.closed.code);
      for (const v of f.values ?? []) facts.terms.add(v.value);
      addNumber(facts, f.min);
      addNumber(facts, f.max);
    }
    if (scheme.parts.length > 1) out.push("", `${part.title[lang]}`);
    // what the clerk's sheet holds: the columns the part reads, by the names a clerk uses
    const columns = part.fields.map((f) => f.title[lang]).join(lang === "zh-CN" ? "、" : ", ");
    out.push(lang === "zh-CN" ? `所用的列：${columns}` : `Columns read: ${columns}`);
    for (const f of part.fields) facts.terms.add(f.title["zh-CN"]);
    for (const step of part.steps) {
      const describe = DESCRIBERS[step.kind] as (s: typeof step, c: typeof ctx, f: Facts) => string[];
      for (const line of describe(step, ctx, facts)) out.push(line.startsWith("  ") ? line : `- ${line}`);
    }
  }
  const masked = scheme.params.filter((p) => !p.optional && (p.value === undefined || p.value === null || p.value === ""));
  if (masked.length) facts.codes.add("MASKED_PARAMETER");
  for (const p of scheme.params) if (typeof p.value === "number") addNumber(facts, p.value);
  if (masked.length) {
    const list = masked.map((p) => p.title[lang]).join(lang === "zh-CN" ? "、" : ", ");
    out.push("", lang === "zh-CN" ? `由公司设定（原文未公开）：${list}` : `Set by the company (masked in the source): ${list}`);
  }
  return out;
}

export function describeScheme(scheme: SchemeDocument): SchemeDescription {
  const facts = emptyFacts();
  const lines = { "zh-CN": linesIn(scheme, "zh-CN", facts), "en-US": linesIn(scheme, "en-US", emptyFacts()) };
  return { lines, facts };
}
