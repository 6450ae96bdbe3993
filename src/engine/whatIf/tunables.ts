import { Lang } from "../i18n/messages";
import { SchemeDocument } from "../scheme/schema";
import { loadScheme } from "../scheme/validate";
import { numberLabel, ratesModel } from "../rates";

/** One number of a scheme a clerk may try another value for (a tier rate, a lookup amount, a weight, a parameter). */
export interface Tunable {
  /** stable id: the JSON path of the number */
  id: string;
  label: string;
  value: number;
  path: (string | number)[];
}

/**
 * Every number of the scheme a clerk may change, labelled with the words of the rules sheet and the rates form
 * (section · row · column: 「4. 揽装奖励合计(元) · 营业员 6– · 每户奖励（元）」), in the order the sheet shows them.
 */
export function tunables(scheme: SchemeDocument, lang: Lang): Tunable[] {
  const out: Tunable[] = [];
  for (const section of ratesModel(scheme, lang).sections) {
    for (const table of section.tables) {
      for (const n of table.numbers) {
        const label = numberLabel(section, table, n);
        out.push({ id: JSON.stringify(n.path), label, value: n.value, path: n.path });
      }
    }
  }
  return out;
}

function valueAt(doc: unknown, path: (string | number)[]): unknown {
  let node = doc as Record<string | number, unknown>;
  for (const p of path) node = node?.[p] as Record<string | number, unknown>;
  return node;
}

/** The scheme with one number changed, validated; a value the scheme's rules refuse throws SchemeError. */
export function withTunable(scheme: SchemeDocument, id: string, value: number): SchemeDocument {
  const path = JSON.parse(id) as (string | number)[];
  if (typeof valueAt(scheme, path) !== "number") throw new RangeError(`no number at ${id}`);
  const copy = JSON.parse(JSON.stringify(scheme)) as Record<string | number, unknown>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return loadScheme(copy);
}
