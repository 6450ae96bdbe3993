import { z } from "zod";
import { bandIssues } from "../steps/slab/checks";
import { PartChecker } from "./checkPart";
import { personTotalIssues } from "../report/personTotal/checks";
import { payOutputIssues } from "../report/payOutput";
import { formatPath, SchemeError, SchemeIssue } from "./errors";
import { applyVersion } from "../versions/applyVersion";
import { parseNumber } from "../values/parseNumber";
import { parseDate } from "../values/parseDate";
import { CellProblem } from "../values/problem";
import { Band, SchemeDocument } from "./schema";

/** Largest scheme document accepted from a file or a workbook (characters of JSON). */
export const MAX_SCHEME_SIZE = 512 * 1024;

function zodIssues(error: z.ZodError): SchemeIssue[] {
  return error.issues.map((i) => ({ code: `SCHEMA_${i.code.toUpperCase()}`, path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message }));
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

/** A document without its `$comment` notes (a template explains itself with them; they are never rules). */
function withoutComments(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutComments);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([k]) => k !== "$comment").map(([k, x]) => [k, withoutComments(x)]));
  return v;
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
  const parsed = SchemeDocument.safeParse(withoutComments(input));
  if (!parsed.success) throw new SchemeError(zodIssues(parsed.error));
  const doc = parsed.data;
  const issues: SchemeIssue[] = [];
  checkParams(doc, issues);
  const partIds = new Set<string>();
  doc.parts.forEach((part, i) => {
    if (partIds.has(part.id)) issues.push({ code: "DUPLICATE_NAME", path: ["parts", i, "id"], message: `part ${part.id} is declared twice` });
    partIds.add(part.id);
    new PartChecker(doc, part, ["parts", i], issues).run();
  });
  issues.push(...personTotalIssues(doc), ...payOutputIssues(doc));
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

