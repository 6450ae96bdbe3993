/**
 * A scheme in its own words, in both languages: per part, the columns it reads and the steps that decide something,
 * one by one in the order they apply, then the parameters set by the company. Generated from the document alone, so
 * it says what Jili computes — compared with the description written by hand from the source (test/engine/describe).
 */
import type { Lang } from "../i18n/messages";
import type { PartDef, SchemeDocument } from "../scheme/schema";
import { describeContext } from "./context";
import { addNumber, emptyFacts, Facts } from "./facts";
import { DESCRIBERS } from "./kinds";

export interface SchemeDescription {
  /** the lines of the description, per language (a part's title, then its rules, one line each, tables indented) */
  lines: Record<Lang, string[]>;
  /** what it states, for comparison with a description written by hand */
  facts: Facts;
}

/** The facts a part's fields state: their own refusal codes, category values and bounds, their titles. */
function fieldFacts(part: PartDef, facts: Facts): void {
  for (const f of part.fields) {
    for (const code of [f.missingCode, f.closed?.code, f.rangeCode]) if (code) facts.codes.add(code);
    if (f.closed?.status === "excluded") facts.exclusions.add(f.closed.code);
    for (const v of f.values ?? []) facts.terms.add(v.value);
    addNumber(facts, f.min);
    addNumber(facts, f.max);
    facts.terms.add(f.title["zh-CN"]);
  }
}

/** One part in one language: the columns it reads, then one line per rule (a table's lines indented). */
export function describePart(scheme: SchemeDocument, part: PartDef, lang: Lang, facts: Facts = emptyFacts()): string[] {
  const ctx = describeContext(scheme, part, lang);
  fieldFacts(part, facts);
  const columns = part.fields.map((f) => f.title[lang]).join(lang === "zh-CN" ? "、" : ", ");
  const out = [lang === "zh-CN" ? `所用的列：${columns}` : `Columns read: ${columns}`];
  for (const step of part.steps) {
    const describe = DESCRIBERS[step.kind] as (s: typeof step, c: typeof ctx, f: Facts) => string[];
    for (const line of describe(step, ctx, facts)) out.push(line.startsWith("  ") ? line : `- ${line}`);
  }
  return out;
}

function linesIn(scheme: SchemeDocument, lang: Lang, facts: Facts): string[] {
  const out: string[] = [`${scheme.title[lang]}`];
  for (const part of scheme.parts) {
    if (scheme.parts.length > 1) out.push("", `${part.title[lang]}`);
    out.push(...describePart(scheme, part, lang, facts));
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
