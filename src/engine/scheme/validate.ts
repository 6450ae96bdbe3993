import { z } from "zod";
import { compileExpr, NameResolver } from "../expr/compile";
import { ENGINE_MESSAGES } from "../i18n/messages";
import { bandIssues } from "../steps/slab/checks";
import { kindOf } from "../steps/registry";
import { ExprError, formatPath, SchemeError, SchemeIssue } from "./errors";
import { applyVersion } from "../versions/applyVersion";
import { levelPath } from "./levels";
import { parseNumber } from "../values/parseNumber";
import { parseDate } from "../values/parseDate";
import { CellProblem } from "../values/problem";
import { Band, PartDef, SchemeDocument } from "./schema";

type Path = (string | number)[];

/** Largest scheme document accepted from a file or a workbook (characters of JSON). */
export const MAX_SCHEME_SIZE = 512 * 1024;

function zodIssues(error: z.ZodError): SchemeIssue[] {
  return error.issues.map((i) => ({ code: `SCHEMA_${i.code.toUpperCase()}`, path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message }));
}


function checkPart(doc: SchemeDocument, part: PartDef, base: Path, issues: SchemeIssue[]): void {
  const levels = new Map(part.levels.map((l) => [l.id, l]));
  const scopes = new Set(["row", ...levels.keys()]);
  const defined = new Map<string, string>();
  const aliases = new Map<string, string>();
  const built = new Set<string>(["row"]);
  const params = new Set(doc.params.map((p) => p.key));
  const known = new Set([...Object.keys(ENGINE_MESSAGES), ...Object.keys(doc.messages)]);
  for (const s of part.steps) for (const code of kindOf(s).declares(s as never)) known.add(code);
  const add = (issue: SchemeIssue) => issues.push(issue);
  const define = (name: string, scope: string, path: Path) => {
    if (defined.has(name) || aliases.has(name)) add({ code: "DUPLICATE_NAME", path, message: `the name ${name} is already used in this part` });
    else defined.set(name, scope);
  };

  part.fields.forEach((f, i) => {
    define(f.key, "row", [...base, "fields", i, "key"]);
    for (const a of [f.title["zh-CN"], f.title["en-US"], ...f.headers]) if (!aliases.has(a) && !defined.has(a)) aliases.set(a, f.key);
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) add({ code: "RANGE_INVERTED", path: [...base, "fields", i, "max"], message: `fields[${i}].max must be ≥ min` });
    for (const code of [f.closed?.code, f.rangeCode, f.missingCode, f.ifColumnMissing?.warning]) {
      if (code && !known.has(code)) add({ code: "UNKNOWN_CODE", path: [...base, "fields", i], message: `code ${code} has no message: add it to messages` });
    }
    if (f.yearFrom && !params.has(f.yearFrom)) add({ code: "UNKNOWN_PARAM", path: [...base, "fields", i, "yearFrom"], message: `no parameter ${f.yearFrom}` });
  });
  part.levels.forEach((l, i) => {
    if (!scopes.has(l.of) || l.of === l.id || !levelPath(levels, "row", l.id)) {
      add({ code: "BAD_LEVEL_CHAIN", path: [...base, "levels", i, "of"], message: `levels[${i}].of must be "row" or another level, without cycles` });
    }
  });

  const resolver = (scope: string): NameResolver => ({
    name: (raw) => {
      const name = aliases.get(raw) ?? raw;
      const home = defined.get(name);
      if (home === undefined) throw new ExprError("UNKNOWN_NAME", `unknown name ${raw} (not a field, a level key or an earlier step)`);
      if (home !== scope && !levelPath(levels, scope, home)) throw new ExprError("WRONG_SCOPE", `${raw} belongs to ${home} and cannot be read from ${scope}; aggregate it instead`);
      return () => null;
    },
    param: (name) => {
      if (!params.has(name)) throw new ExprError("UNKNOWN_NAME", `unknown parameter params.${name}`);
      return () => null;
    },
  });
  const checkExpr = (expr: string, scope: string, path: Path) => {
    try {
      compileExpr(expr, resolver(scope));
      for (const m of expr.matchAll(/pending\(\s*"([A-Z0-9_]+)"\s*\)/g)) {
        if (!known.has(m[1])) add({ code: "UNKNOWN_CODE", path, message: `code ${m[1]} has no message: add it to messages` });
      }
    } catch (e) {
      if (e instanceof ExprError) add({ code: e.code, path, message: e.message });
      else throw e;
    }
  };
  const build = (levelId: string, path: Path) => {
    if (built.has(levelId)) return;
    const l = levels.get(levelId);
    if (!l) return;
    build(l.of, path);
    l.keys.forEach((k, i) => checkExpr(k.expr, l.of, [...base, "levels", part.levels.indexOf(l), "keys", i, "expr"]));
    l.keys.forEach((k, i) => define(k.name, l.id, [...base, "levels", part.levels.indexOf(l), "keys", i, "name"]));
    built.add(levelId);
    void path;
  };

  const isBelow = (lower: string, upper: string) => levelPath(levels, lower, upper) !== null;
  part.steps.forEach((step, i) => {
    const p: Path = [...base, "steps", i];
    if (!scopes.has(step.scope)) {
      add({ code: "UNKNOWN_SCOPE", path: [...p, "scope"], message: `steps[${i}].scope must be "row" or a level id (${[...levels.keys()].join(", ") || "none declared"})` });
      return;
    }
    build(step.scope, p);
    const kind = kindOf(step);
    const level = levels.get(step.scope);
    if (kind.onGroups && !level) {
      add({ code: "NEEDS_LEVEL", path: [...p, "scope"], message: `a ${step.kind} step works on groups: its scope must be a level` });
      return;
    }
    const stepScopes = { own: step.scope, members: level?.of ?? "row" };
    const context = { path: p, hasParam: (k: string) => params.has(k), hasScope: (x: string) => scopes.has(x), isBelow };
    // an expression in a scope that is not this step's own or one below it is reported by the kind's check
    for (const e of kind.exprs(step as never, stepScopes)) {
      if (e.scope !== step.scope && !(scopes.has(e.scope) && isBelow(e.scope, step.scope))) continue;
      build(e.scope, p);
      checkExpr(e.expr, e.scope, [...p, ...e.path]);
    }
    issues.push(...kind.check(step as never, context));
    for (const c of kind.codes(step as never)) if (!known.has(c.code)) add({ code: "UNKNOWN_CODE", path: [...p, ...c.path], message: `code ${c.code} has no message: add it to messages` });
    for (const n of kind.names(step as never, stepScopes)) define(n.name, n.scope, [...p, "name"]);
  });
  for (const id of levels.keys()) build(id, [...base, "levels"]);

  for (const [scope, outs] of Object.entries(part.outputs)) {
    if (!scopes.has(scope)) {
      add({ code: "UNKNOWN_SCOPE", path: [...base, "outputs", scope], message: `outputs.${scope}: no such scope` });
      continue;
    }
    outs.forEach((o, i) => {
      const home = defined.get(o.name);
      if (home === undefined) add({ code: "UNKNOWN_NAME", path: [...base, "outputs", scope, i, "name"], message: `output ${o.name} is not a field, key or step` });
      else if (home !== scope) add({ code: "WRONG_SCOPE", path: [...base, "outputs", scope, i, "name"], message: `output ${o.name} belongs to ${home}, not ${scope}` });
    });
  }
}

/**
 * Whether a value given for a bands or table parameter at run time (the pane, --param) is one: the same rules as
 * the parameter's value in the document, so a step never reads a malformed table.
 */
export function isParamStructure(type: "bands" | "table", v: unknown): boolean {
  if (type === "table") return typeof v === "object" && v !== null && !Array.isArray(v);
  const parsed = z.array(Band).min(1).safeParse(v);
  return parsed.success && bandIssues(parsed.data, []).length === 0;
}

function checkParams(doc: SchemeDocument, issues: SchemeIssue[]): void {
  const seen = new Set<string>();
  doc.params.forEach((p, i) => {
    if (seen.has(p.key)) issues.push({ code: "DUPLICATE_NAME", path: ["params", i, "key"], message: `parameter ${p.key} is declared twice` });
    seen.add(p.key);
    const v = p.value;
    const bad = (what: string) => issues.push({ code: "PARAM_VALUE_INVALID", path: ["params", i, "value"], message: `params[${i}] (${p.key}) must be ${what}` });
    if (v !== undefined && v !== null && v !== "") {
      if ((p.type === "number" || p.type === "money" || p.type === "rate") && !(typeof v === "number" ? Number.isFinite(v) : typeof v === "string" && parseNumber(v) instanceof Object && !(parseNumber(v) instanceof CellProblem))) bad("a number");
      if (p.type === "date" && !(typeof v === "string" && typeof parseDate(v) === "number")) bad("a date (YYYY-MM-DD)");
      if (p.type === "bool" && typeof v !== "boolean") bad("true or false");
      if (p.type === "text" && typeof v !== "string") bad("text");
      if (p.type === "table" && (typeof v !== "object" || Array.isArray(v))) bad("a lookup table (an object)");
    }
    if (p.type === "bands" && p.value !== undefined && p.value !== null) {
      const parsed = z.array(Band).min(1).safeParse(p.value);
      if (!parsed.success) issues.push(...zodIssues(parsed.error).map((x) => ({ ...x, path: ["params", i, "value", ...x.path] })));
      else issues.push(...bandIssues(parsed.data, ["params", i, "value"]));
    }
  });
}

/**
 * Validates a scheme document and returns it typed, or throws SchemeError listing every problem with its path
 * (`parts[0].steps[3].tiers[1].upTo must be greater than …`). Expressions are compiled against the names
 * each step can see, so a typo or a forward reference is found before any row is read.
 */
export function loadScheme(input: unknown): SchemeDocument {
  if (typeof input === "string") {
    if (input.length > MAX_SCHEME_SIZE) throw new SchemeError([{ code: "SCHEME_TOO_LARGE", path: [], message: `a scheme document may hold at most ${MAX_SCHEME_SIZE} characters` }]);
    try {
      input = JSON.parse(input);
    } catch (e) {
      throw new SchemeError([{ code: "NOT_JSON", path: [], message: `not JSON: ${(e as Error).message}` }]);
    }
  }
  const parsed = SchemeDocument.safeParse(input);
  if (!parsed.success) throw new SchemeError(zodIssues(parsed.error));
  const doc = parsed.data;
  const issues: SchemeIssue[] = [];
  checkParams(doc, issues);
  const partIds = new Set<string>();
  doc.parts.forEach((part, i) => {
    if (partIds.has(part.id)) issues.push({ code: "DUPLICATE_NAME", path: ["parts", i, "id"], message: `part ${part.id} is declared twice` });
    partIds.add(part.id);
    checkPart(doc, part, ["parts", i], issues);
  });
  if (!issues.length && doc.versions?.length) checkVersions(doc, issues);
  if (issues.length) throw new SchemeError(issues);
  return doc;
}

const DATE_TYPES = new Set(["date", "datetime", "month"]);

/** The report's shape (parts, levels and their keys, output names) must not change between versions. */
function shapeOf(doc: SchemeDocument): string {
  return JSON.stringify(doc.parts.map((p) => [p.id, p.levels.map((l) => [l.id, l.keys.map((k) => k.name)]), Object.entries(p.outputs).map(([k, v]) => [k, v.map((o) => o.name)])]));
}

function checkVersions(doc: SchemeDocument, issues: SchemeIssue[]): void {
  const versions = doc.versions ?? [];
  doc.parts.forEach((p, i) => {
    if (!p.fields.some((f) => DATE_TYPES.has(f.type))) issues.push({ code: "VERSIONS_NEED_DATE", path: ["parts", i, "fields"], message: `part ${p.id} has no date field: versions choose rows by date` });
  });
  const day = (t: string | undefined, end: number) => (t === undefined ? end : (parseDate(t) as number));
  versions.forEach((v, i) => {
    if (!v.from && !v.to) issues.push({ code: "VERSION_WITHOUT_DATES", path: ["versions", i], message: `versions[${i}] needs from or to` });
    if (v.from && v.to && v.from > v.to) issues.push({ code: "VERSION_DATES_INVERTED", path: ["versions", i, "to"], message: `versions[${i}].to is before its from` });
    versions.slice(0, i).forEach((w, j) => {
      if (day(v.from, -Infinity) <= day(w.to, Infinity) && day(w.from, -Infinity) <= day(v.to, Infinity)) {
        issues.push({ code: "VERSIONS_OVERLAP", path: ["versions", i, "from"], message: `versions[${i}] overlaps versions[${j}]: a date must have one version` });
      }
    });
    const { document, problems } = applyVersion(doc, v);
    for (const p of problems) issues.push({ code: "VERSION_CHANGE_FAILED", path: ["versions", i, "changes", p.change, "at"], message: p.message });
    if (problems.length) return;
    try {
      const derived = loadScheme(document);
      if (shapeOf(derived) !== shapeOf(doc)) issues.push({ code: "VERSION_CHANGES_SHAPE", path: ["versions", i, "changes"], message: `versions[${i}] may change rules and values, not the parts, levels or outputs` });
    } catch (e) {
      if (!(e instanceof SchemeError)) throw e;
      for (const x of e.issues) issues.push({ code: x.code, path: ["versions", i, "changes"], message: `versions[${i}] (${v.title["en-US"]}): ${formatPath(x.path)}: ${x.message}` });
    }
  });
}

