/**
 * What a part's joined and wide tables must satisfy beyond their shape: every name a field of the part, a field
 * in one table only, keys that are not joined values, a wide table's `across` a week-like or month field.
 */
import type { SchemeIssue } from "../scheme/errors";
import type { PartDef, WideDef } from "../scheme/schema";

type Path = (string | number)[];

const ACROSS_TYPES = new Set(["text", "integer", "month"]);

function wideIssues(part: PartDef, wide: WideDef, path: Path, fieldOf: (k: string) => PartDef["fields"][number] | undefined): SchemeIssue[] {
  const out: SchemeIssue[] = [];
  for (const name of ["value", "across"] as const) {
    if (!fieldOf(wide[name])) out.push({ code: "UNKNOWN_FIELD", path: [...path, name], message: `${wide[name]} is not a field of part ${part.id}` });
  }
  const across = fieldOf(wide.across);
  if (across && !ACROSS_TYPES.has(across.type)) out.push({ code: "WIDE_ACROSS_TYPE", path: [...path, "across"], message: `a wide table runs across a week number or a month; ${across.key} is ${across.type}` });
  if (wide.value === wide.across) out.push({ code: "WIDE_ACROSS_TYPE", path: [...path, "value"], message: "value and across must be two fields" });
  return out;
}

/** The issues of `part.tables` and `part.wide`, with paths from `base`. */
export function tableIssues(part: PartDef, base: Path): SchemeIssue[] {
  const out: SchemeIssue[] = [];
  const fields = new Map(part.fields.map((f) => [f.key, f]));
  const fieldOf = (k: string) => fields.get(k);
  const home = new Map<string, string>();
  const ids = new Set<string>();
  if (part.wide) out.push(...wideIssues(part, part.wide, [...base, "wide"], fieldOf));
  (part.tables ?? []).forEach((t, i) => {
    const path = [...base, "tables", i];
    if (ids.has(t.id)) out.push({ code: "DUPLICATE_NAME", path: [...path, "id"], message: `two tables are called ${t.id}` });
    ids.add(t.id);
    const keys = new Set(t.keys.flat());
    t.keys.flat().forEach((k) => {
      if (!fields.has(k)) out.push({ code: "UNKNOWN_FIELD", path: [...path, "keys"], message: `key ${k} is not a field of part ${part.id}` });
    });
    t.fields.forEach((k, j) => {
      if (!fields.has(k)) out.push({ code: "UNKNOWN_FIELD", path: [...path, "fields", j], message: `${k} is not a field of part ${part.id}` });
      else if (keys.has(k)) out.push({ code: "TABLE_FIELD_IS_KEY", path: [...path, "fields", j], message: `${k} is a key of table ${t.id}, not one of its values` });
      else if (home.has(k)) out.push({ code: "TABLE_FIELD_TWICE", path: [...path, "fields", j], message: `${k} is already held by table ${home.get(k)}` });
      else home.set(k, t.id);
    });
    if (t.wide) {
      out.push(...wideIssues(part, t.wide, [...path, "wide"], fieldOf));
      if (!t.fields.includes(t.wide.value) || !keys.has(t.wide.across)) {
        out.push({ code: "WIDE_ACROSS_TYPE", path: [...path, "wide"], message: `a wide joined table holds its value among its fields and runs across one of its keys` });
      }
    }
  });
  return out;
}
