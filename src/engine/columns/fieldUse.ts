/**
 * Which steps read each field of a part: the expressions every step kind reports (through the registry) and the
 * level keys, by the names they mention. A field no step reads is a label; a field a step reads decides eligibility,
 * a grouping or an amount, so its column may not silently be missing.
 */
import { namesIn } from "../expr/compile";
import { Ast, parseExpr } from "../expr/parse";
import type { BilingualText, PartDef } from "../scheme/schema";
import { kindOf } from "../steps/registry";

/** One reader of a field: a step (by name, with its title and its code when it is a rule) or a level's key. */
export interface FieldUse {
  step: string;
  kind: string;
  title?: BilingualText;
  code?: string;
  /** the parameters read in the same expressions (a check a parameter switches on: params.newModel) */
  params?: string[];
}

const cache = new WeakMap<PartDef, Map<string, FieldUse[]>>();

/** field key → the steps and level keys that read it, in document order (cached per part). */
export function fieldUses(part: PartDef): Map<string, FieldUse[]> {
  const known = cache.get(part);
  if (known) return known;
  const alias = new Map<string, string>();
  for (const f of part.fields) for (const a of [f.key, f.title["zh-CN"], f.title["en-US"], ...f.headers]) if (!alias.has(a)) alias.set(a, f.key);
  const uses = new Map<string, FieldUse[]>(part.fields.map((f) => [f.key, []]));
  const note = (expr: string, use: FieldUse) => {
    const read = namesIn(expr);
    for (const name of read.names) {
      const list = uses.get(alias.get(name) ?? "");
      if (!list) continue;
      const known = list.find((u) => u.step === use.step);
      const entry = known ?? { ...use };
      if (read.params.length) entry.params = [...new Set([...(entry.params ?? []), ...read.params])];
      if (!known) list.push(entry);
    }
  };
  const levels = new Map(part.levels.map((l) => [l.id, l]));
  for (const level of part.levels) for (const k of level.keys) note(k.expr, { step: level.id, kind: "level", title: level.title });
  for (const step of part.steps) {
    const kind = kindOf(step);
    const scopes = { own: step.scope, members: levels.get(step.scope)?.of ?? "row" };
    const use: FieldUse = { step: step.name, kind: step.kind, title: step.title ?? (step.kind === "rule" ? step.message : undefined), code: step.kind === "rule" || step.kind === "duplicate" ? step.code : undefined };
    for (const e of kind.exprs(step as never, scopes)) note(e.expr, use);
  }
  cache.set(part, uses);
  return uses;
}

/**
 * A field whose column must be there (or derived, or assumed): one a step reads, with no stated default and no
 * stated meaning for its absence (absentMeans). Whatever its type — a missing date, factor or post changes money
 * as surely as a missing yes/no.
 */
export function isNeededField(part: PartDef, key: string): boolean {
  const f = part.fields.find((x) => x.key === key);
  if (!f || f.required || f.default !== undefined || f.ifColumnMissing || f.absentMeans) return false;
  return (fieldUses(part).get(key) ?? []).length > 0;
}

const blankCache = new WeakMap<PartDef, Set<string>>();

/** Names an expression asks about being blank: `isBlank(x)`, `coalesce(x, …)`, `x == null`, `x != null`. */
function blankTestedNames(expr: string): string[] {
  const out: string[] = [];
  const walk = (n: Ast | null | undefined): void => {
    if (!n || typeof n !== "object") return;
    if (n.type === "CallExpression") {
      const callee = n.callee as Ast;
      const first = (n.arguments as Ast[])[0];
      if (callee.type === "Identifier" && (callee.name === "isBlank" || callee.name === "coalesce") && first?.type === "Identifier") out.push(first.name as string);
      (n.arguments as Ast[]).forEach(walk);
      return;
    }
    if (n.type === "BinaryExpression" && (n.operator === "==" || n.operator === "!=")) {
      const [l, r] = [n.left as Ast, n.right as Ast];
      if (l.type === "Identifier" && r.type === "Literal" && r.value === null) out.push(l.name as string);
      if (r.type === "Identifier" && l.type === "Literal" && l.value === null) out.push(r.name as string);
    }
    for (const key of ["left", "right", "argument", "test", "consequent", "alternate"]) walk(n[key] as Ast);
    if (n.type === "ArrayExpression") (n.elements as Ast[]).forEach(walk);
  };
  walk(parseExpr(expr));
  return out;
}

/**
 * Fields whose blank cell the scheme gives a meaning of its own, because a step asks whether it is blank
 * (`isBlank(orderTime)`, `coalesce(postWage, levelWage)`, `signDate != null`). A blank cell of any other field a
 * step reads is unknown, never a silent value (cached per part).
 */
export function blankAwareFields(part: PartDef): Set<string> {
  const known = blankCache.get(part);
  if (known) return known;
  const alias = new Map<string, string>();
  for (const f of part.fields) for (const a of [f.key, f.title["zh-CN"], f.title["en-US"], ...f.headers]) if (!alias.has(a)) alias.set(a, f.key);
  const out = new Set<string>();
  const levels = new Map(part.levels.map((l) => [l.id, l]));
  for (const level of part.levels) for (const k of level.keys) for (const n of blankTestedNames(k.expr)) out.add(alias.get(n) ?? n);
  for (const step of part.steps) {
    const scopes = { own: step.scope, members: levels.get(step.scope)?.of ?? "row" };
    for (const e of kindOf(step).exprs(step as never, scopes)) for (const n of blankTestedNames(e.expr)) out.add(alias.get(n) ?? n);
  }
  blankCache.set(part, out);
  return out;
}
