/**
 * People told apart by a staff id, or by name where the id is blank (a level key `coalesce(staffId, name)`): two
 * names under one id are summed as one person, one name under two ids as two. Either may be right (two 王丽 with
 * different ids) or a typo; neither is decided silently — each such row carries a warning naming the id and names.
 */
import type { ColumnMapping } from "../evaluate/mapColumns";
import type { PartDef } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";
import type { AssemblyMark } from "../tables/grid";
import { normalizeCategory } from "../values/normalizeText";

const COALESCE = /^coalesce\(\s*([\p{L}_][\p{L}\p{N}_]*)\s*,\s*([\p{L}_][\p{L}\p{N}_]*)\s*\)$/u;

/** A cell as compared (C6), each distinct text normalised once: a column of 100 000 rows holds a few hundred names. */
function textReader(): (c: RawCell) => string {
  const seen = new Map<unknown, string>();
  return (c) => {
    if (c === null || c === undefined) return "";
    let t = seen.get(c);
    if (t === undefined) seen.set(c, (t = normalizeCategory(String(c))));
    return t;
  };
}

/** The (id, name) field pairs of the part's person keys whose columns are both in the sheet. */
function identityPairs(part: PartDef, mapping: ColumnMapping): [number, number][] {
  const pairs = new Map<string, [number, number]>();
  for (const level of part.levels) {
    for (const k of level.keys) {
      const m = COALESCE.exec(k.expr.trim());
      if (!m) continue;
      const [id, name] = [part.fields.find((f) => f.key === m[1]), part.fields.find((f) => f.key === m[2])];
      if (!id || !name || id.type !== "text" || name.type !== "text") continue;
      const [a, b] = [mapping.index.get(id.key), mapping.index.get(name.key)];
      if (a !== undefined && b !== undefined) pairs.set(`${a}:${b}`, [a, b]);
    }
  }
  return [...pairs.values()];
}

/** Per row, the warnings about ids and names that disagree; null when no row has one. */
export function identityMarks(part: PartDef, rows: readonly RawCell[][], mapping: ColumnMapping): (AssemblyMark[] | undefined)[] | null {
  let out: (AssemblyMark[] | undefined)[] | null = null;
  for (const [idCol, nameCol] of identityPairs(part, mapping)) {
    const namesOf = new Map<string, Set<string>>();
    const idsOf = new Map<string, Set<string>>();
    const text = textReader();
    const ids = rows.map((row) => text(row[idCol]));
    const names = rows.map((row) => text(row[nameCol]));
    for (let i = 0; i < rows.length; i++) {
      const [id, name] = [ids[i], names[i]];
      if (!name) continue;
      if (id) (namesOf.get(id) ?? namesOf.set(id, new Set()).get(id)!).add(name);
      (idsOf.get(name) ?? idsOf.set(name, new Set()).get(name)!).add(id);
    }
    // one warning per name and per id, shared by its rows (a row's reasons are read from the mark it carries)
    const byName = new Map<string, { partly: AssemblyMark | null; twoIds: AssemblyMark | null }>();
    for (const [name, set] of idsOf) {
      const named = [...set].filter(Boolean);
      byName.set(name, {
        // 王丽 with a 工号 on some rows and none on others is two people to the key: said on each of her rows
        partly: set.has("") && named.length ? { status: "warning", code: "ID_PARTLY_BLANK", value: name, detail: named.join("、") } : null,
        twoIds: named.length > 1 ? { status: "warning", code: "NAME_IDS_DIFFER", value: name, detail: named.join("、") } : null,
      });
    }
    const byId = new Map<string, AssemblyMark>();
    for (const [id, set] of namesOf) if (set.size > 1) byId.set(id, { status: "warning", code: "ID_NAMES_DIFFER", value: id, detail: [...set].join("、") });
    // the usual sheet: every id with one name and every name with one id — nothing to say, no row visited again
    if (!byId.size && [...byName.values()].every((n) => !n.partly && !n.twoIds)) continue;
    for (let i = 0; i < rows.length; i++) {
      const [id, name] = [ids[i], names[i]];
      if (!name) continue;
      const n = byName.get(name)!;
      const found = [n.partly, id ? (byId.get(id) ?? null) : null, id ? n.twoIds : null].filter((m): m is AssemblyMark => m !== null);
      if (found.length) ((out ??= new Array(rows.length))[i] ??= []).push(...found);
    }
  }
  return out;
}

/** Two lists of row marks as one (either may be absent). */
export function mergeRowMarks(a: (AssemblyMark[] | undefined)[] | undefined | null, b: (AssemblyMark[] | undefined)[] | null): (AssemblyMark[] | undefined)[] | undefined {
  if (!b) return a ?? undefined;
  if (!a) return b;
  // a plain loop: both lists have holes (rows with nothing to say), which map and forEach would skip
  const out: (AssemblyMark[] | undefined)[] = new Array(Math.max(a.length, b.length));
  for (let i = 0; i < out.length; i++) if (a[i] || b[i]) out[i] = [...(a[i] ?? []), ...(b[i] ?? [])];
  return out;
}
