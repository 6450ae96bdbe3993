/**
 * The facts a description states — numbers, terms (roles, categories, grades) and the reason codes of its rules —
 * gathered from the scheme's structure, so that a description written by hand can be compared with the generated
 * one fact by fact rather than word by word. 0 and 1 are left out: they are the language of conditions (月租 == 0,
 * a count of 1), not of the rule's amounts.
 */
import { parseExpr, type Ast } from "../expr/parse";
import type { SchemeDocument } from "../scheme/schema";

export interface Facts {
  numbers: Set<string>;
  terms: Set<string>;
  codes: Set<string>;
  /** the codes that exclude a row or make it invalid (the rest are warnings and notes) */
  exclusions: Set<string>;
}

export function emptyFacts(): Facts {
  return { numbers: new Set(), terms: new Set(), codes: new Set(), exclusions: new Set() };
}

/** A number as the facts hold it: a plain decimal without trailing zeros. */
export function factNumber(n: number): string {
  return String(Number(n.toFixed(10)));
}

export function addNumber(f: Facts, n: number | undefined | null): void {
  if (typeof n !== "number" || !Number.isFinite(n) || n === 0 || n === 1) return;
  f.numbers.add(factNumber(n));
}

/** The numbers an expression states, its literals and the values of the parameters it reads. */
export function addExprFacts(f: Facts, text: string | undefined, scheme: SchemeDocument): void {
  if (!text) return;
  const walk = (n: Ast | undefined | null): void => {
    if (!n || typeof n !== "object") return;
    if (n.type === "Literal" && typeof n.value === "number") addNumber(f, n.value);
    if (n.type === "Literal" && typeof n.value === "string" && n.value.trim() !== "") f.terms.add(n.value);
    if (n.type === "MemberExpression") {
      const obj = n.object as Ast;
      const prop = n.property as Ast;
      if (obj.type === "Identifier" && obj.name === "params" && prop.type === "Identifier") {
        const v = scheme.params.find((p) => p.key === prop.name)?.value;
        if (typeof v === "number") addNumber(f, v);
      }
      return;
    }
    // pending("EXTERNAL_SCHEME"): a code the expression can raise
    if (n.type === "CallExpression" && (n.callee as Ast).name === "pending") {
      const first = (n.arguments as Ast[])[0];
      if (first?.type === "Literal" && typeof first.value === "string") f.codes.add(first.value);
      return;
    }
    for (const key of ["left", "right", "argument", "test", "consequent", "alternate"]) walk(n[key] as Ast);
    for (const key of ["arguments", "elements"]) for (const c of (n[key] as Ast[] | undefined) ?? []) walk(c);
  };
  walk(parseExpr(text));
}
