/**
 * Rows read from the rules sheet or the rates form put back into the scheme: all or nothing. Every cell that cannot
 * be read is a problem at its table, row and column; then the whole document is validated and each finding of the
 * validator (tiers that no longer ascend, a value out of its range) is named at the row it came from.
 */
import { SchemeError } from "../scheme/errors";
import type { BilingualText, SchemeDocument } from "../scheme/schema";
import { loadScheme } from "../scheme/validate";
import { parseChangePath } from "../versions/changePath";
import { startsWith, valueAt } from "./docPath";
import { ruleWords } from "./ruleWords";
import type { DocPath } from "./docPath";
import type { RateCell, RatesModel } from "./model";

/** Where a problem is: section and table by index, row (null: the table as a whole) and column. */
export interface RatesProblem {
  section: number;
  table: number;
  row: number | null;
  col: number;
  code: string;
  message: BilingualText;
}

export type RatesApplied = { ok: true; scheme: SchemeDocument } | { ok: false; problems: RatesProblem[] };

/** rows[s][t] is what section s's table t holds now (as read); absent: unchanged. */
export function applyRates(scheme: SchemeDocument, model: RatesModel, rows: (RateCell[][] | undefined)[][]): RatesApplied {
  const doc = JSON.parse(JSON.stringify(scheme)) as Record<string, unknown>;
  const problems: RatesProblem[] = [];
  const owners: { section: number; table: number; row: number | null; path: DocPath }[] = [];
  model.sections.forEach((sec, s) =>
    sec.tables.forEach((table, t) => {
      const given = rows[s]?.[t];
      if (!given) return;
      const done = table.apply(doc, given);
      for (const p of done.problems) problems.push({ section: s, table: t, row: p.row, col: p.col, code: p.code, message: p.message });
      owners.push({ section: s, table: t, row: null, path: table.path });
      done.rowPaths.forEach((path, r) => path && owners.push({ section: s, table: t, row: r, path }));
    }),
  );
  if (problems.length) return { ok: false, problems };
  const moved = versionsByPosition(scheme, doc, owners);
  if (moved.length) return { ok: false, problems: moved };
  try {
    return { ok: true, scheme: loadScheme(doc) };
  } catch (e) {
    if (!(e instanceof SchemeError)) throw e;
    return { ok: false, problems: e.issues.map((issue) => locate(issue.path, owners, issue.code, issue.message, model)) };
  }
}

/** The column of a row's cell that holds the value at `path`: by the table's numbers, exactly or by the property. */
function columnOf(model: RatesModel, section: number, table: number, path: DocPath): number {
  const numbers = model.sections[section]?.tables[table]?.numbers ?? [];
  const exact = numbers.find((n) => n.path.length === path.length && startsWith(path, n.path));
  if (exact) return exact.col;
  const last = path[path.length - 1];
  if (typeof last !== "string") return 0;
  const same = numbers.find((n) => n.path.length === path.length && n.path[n.path.length - 1] === last);
  return same ? same.col : 0;
}

/** The deepest table row (else table) whose document path holds the finding's path. */
function locate(path: DocPath, owners: { section: number; table: number; row: number | null; path: DocPath }[], code: string, text: string, model: RatesModel): RatesProblem {
  let best: (typeof owners)[number] | null = null;
  for (const o of owners) if (startsWith(path, o.path) && (!best || o.path.length > best.path.length)) best = o;
  const col = best && best.row !== null ? columnOf(model, best.section, best.table, path) : 0;
  const label = best && best.table >= 0 ? (model.sections[best.section].tables[best.table].columns[col]?.label ?? "") : "";
  const message = ruleWords(code, label) ?? { "zh-CN": `规则不成立：${text}`, "en-US": `The rule does not hold: ${text}` };
  return { section: best?.section ?? -1, table: best?.table ?? -1, row: best?.row ?? null, col, code, message };
}

const IDENTITY = ["id", "name", "key", "code"];

/** The document paths of the lists a change names an element of by position (`tiers[2]`), in the scheme as it was. */
function positionalLists(scheme: unknown, at: string): DocPath[] {
  const steps = parseChangePath(at);
  if (!steps) return [];
  const out: DocPath[] = [];
  const path: DocPath = [];
  let node = scheme;
  for (const step of steps) {
    if ("prop" in step) {
      path.push(step.prop);
      node = (node as Record<string, unknown> | undefined)?.[step.prop];
      continue;
    }
    if (!Array.isArray(node)) return out;
    const byPosition = /^\d+$/.test(step.element);
    const pos = byPosition ? Number(step.element) - 1 : node.findIndex((el) => typeof el === "object" && el !== null && IDENTITY.some((k) => (el as Record<string, unknown>)[k] === step.element));
    if (byPosition) out.push([...path]);
    path.push(pos);
    node = node[pos];
  }
  return out;
}

/**
 * A dated version whose change names a list item by position (a tier has no name: `营业员[2].rate`) would land on
 * another item once a row is inserted or deleted in that list: refused at the table, since the version's values are
 * changed in the scheme document.
 */
function versionsByPosition(scheme: SchemeDocument, doc: Record<string, unknown>, owners: { section: number; table: number; row: number | null; path: DocPath }[]): RatesProblem[] {
  const out: RatesProblem[] = [];
  for (const version of scheme.versions ?? []) {
    for (const change of version.changes) {
      for (const list of positionalLists(scheme, change.at)) {
        const before = valueAt(scheme, list);
        const after = valueAt(doc, list);
        if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) continue;
        const owner = owners.filter((o) => o.row === null && startsWith(list, o.path)).sort((a, b) => b.path.length - a.path.length)[0];
        if (!owner) continue;
        const title = version.title;
        out.push({
          section: owner.section,
          table: owner.table,
          row: null,
          col: 0,
          code: "RATE_VERSION_BY_POSITION",
          message: {
            "zh-CN": `版本「${title["zh-CN"]}」按位置改这张表里的一项，这里增删行会让它改到另一项；请只改数字，增删行请在方案文件中连同版本一起改`,
            "en-US": `Version "${title["en-US"]}" changes an item of this table by its position; adding or removing rows here would move that change to another item: change numbers only, or change rows and the version in the scheme document`,
          },
        });
      }
    }
  }
  return out;
}
