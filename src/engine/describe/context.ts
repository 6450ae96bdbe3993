/**
 * What a description needs to say a name in words: the part's fields and earlier steps by their titles, the
 * scheme's parameters by their values (or "set by the company" when the source masks them), in one language.
 */
import type { Lang } from "../i18n/messages";
import type { BilingualText, PartDef, SchemeDocument } from "../scheme/schema";

export interface DescribeContext {
  /** the field a name stands for, through untitled steps that only carry it (personRole ← single 岗位) */
  fieldBehind(name: string): PartDef["fields"][number] | undefined;
  lang: Lang;
  scheme: SchemeDocument;
  part: PartDef;
  /** a field, level key or step by its title in the language; the name itself when it has none */
  title(name: string): string;
  /** a parameter's value in words, or the words for a value the source does not give */
  param(key: string): string;
}

const MASKED: BilingualText = { "zh-CN": "由公司设定（原文未公开）", "en-US": "set by the company (masked in the source)" };

export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(10)));
}

export function describeContext(scheme: SchemeDocument, part: PartDef, lang: Lang): DescribeContext {
  const titles = new Map<string, BilingualText>();
  for (const f of part.fields) titles.set(f.key, f.title);
  for (const l of part.levels) for (const k of l.keys) titles.set(k.name, k.title);
  for (const s of part.steps) if (s.title) titles.set(s.name, s.title);
  for (const [scope, outs] of Object.entries(part.outputs)) for (const o of outs) if (!titles.has(o.name) || scope !== "row") titles.set(o.name, o.title);
  // an untitled step that only carries one name (a group's single 岗位) is said by that name
  const carried = new Map<string, string>();
  for (const s of part.steps) {
    if (s.title) continue;
    const text = s.kind === "aggregate" ? s.of : s.kind === "expr" ? s.expr : undefined;
    const bare = text?.trim().match(/^[\p{L}_][\p{L}\p{N}_]*$/u);
    if (bare) carried.set(s.name, bare[0]);
  }
  const resolve = (name: string): string => {
    let n = name;
    for (let k = 0; k < 8 && carried.has(n); k++) n = carried.get(n)!;
    return n;
  };
  const fieldOf = (n: string) => part.fields.find((f) => f.key === n || f.title["zh-CN"] === n || f.headers.includes(n));
  return {
    lang,
    scheme,
    part,
    fieldBehind: (name) => fieldOf(resolve(name)),
    title: (name) => {
      const own = titles.get(name);
      if (own) return own[lang];
      const r = resolve(name);
      return titles.get(r)?.[lang] ?? fieldOf(r)?.title[lang] ?? name;
    },
    param: (key) => {
      const p = scheme.params.find((x) => x.key === key);
      if (!p) return key;
      const v = p.value;
      if (v === undefined || v === null || v === "") return p.optional ? (lang === "zh-CN" ? "（未设置）" : "(not set)") : MASKED[lang];
      if (typeof v === "number") return p.type === "rate" ? `${numberText(v * 100)}%` : numberText(v);
      if (typeof v === "boolean") return lang === "zh-CN" ? (v ? "是" : "否") : v ? "yes" : "no";
      if (typeof v === "string") return v;
      return p.title[lang];
    },
  };
}
