import { Lang } from "../i18n/messages";
import { SchemeDocument } from "../scheme/schema";
import { loadScheme } from "../scheme/validate";
import { keyWord } from "../rulesSheet/labels";
import { kindOf } from "../steps";

/** One number of a scheme a clerk may try another value for (a tier rate, a lookup amount, a weight, a parameter). */
export interface Tunable {
  /** stable id: the JSON path of the number */
  id: string;
  label: string;
  value: number;
  path: (string | number)[];
}

/** Numbers of a parameter's value that shape it rather than pay anyone; a step's are declared by its kind. */
const STRUCTURAL = new Set(["decimals", "scale", "min", "max", "default", "first", "last", "length"]);

function words(path: (string | number)[], lang: Lang): string {
  return path
    .map((p) => (typeof p === "number" ? (lang === "zh-CN" ? `第${p + 1}项` : `#${p + 1}`) : keyWord(p, lang)))
    .join(" · ");
}

function collect(node: unknown, path: (string | number)[], out: (string | number)[][], structural: ReadonlySet<string>): void {
  if (typeof node === "number" && Number.isFinite(node)) out.push(path);
  else if (Array.isArray(node)) node.forEach((x, i) => collect(x, [...path, i], out, structural));
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) if (!structural.has(k)) collect(v, [...path, k], out, structural);
}

/** Every number of the scheme's steps and parameters, labelled for people, in document order. */
export function tunables(scheme: SchemeDocument, lang: Lang): Tunable[] {
  const out: Tunable[] = [];
  scheme.params.forEach((p, i) => {
    const paths: (string | number)[][] = [];
    collect(p.value, [], paths, STRUCTURAL);
    for (const rel of paths) {
      const path = ["params", i, "value", ...rel];
      const tail = rel.map((x) => (typeof x === "number" ? (lang === "zh-CN" ? `第${x + 1}项` : `#${x + 1}`) : String(x))).join(" · ");
      out.push({ id: JSON.stringify(path), label: `${lang === "zh-CN" ? "参数" : "Parameter"} ${p.title[lang]}${tail ? ` · ${tail}` : ""}`, value: valueAt(scheme, path) as number, path });
    }
  });
  scheme.parts.forEach((part, pi) =>
    part.steps.forEach((step, si) => {
      const paths: (string | number)[][] = [];
      collect(step, [], paths, new Set(kindOf(step).structural));
      for (const rel of paths) {
        const path = ["parts", pi, "steps", si, ...rel];
        const name = step.title ? `${step.title[lang]} (${step.name})` : step.name;
        out.push({ id: JSON.stringify(path), label: `${name} · ${words(rel, lang)}`, value: valueAt(scheme, path) as number, path });
      }
    }),
  );
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
