/**
 * A place in a scheme document, as a clerk writes it in a version's change: properties and map keys separated by dots,
 * array elements in brackets by their id / name / key / code or by position (from 1):
 * `parts[orders].steps[bonus].tiersBy.tables.营业员`, `params[effectiveFrom].value`.
 */
export type ChangeStep = { prop: string } | { element: string };

export function parseChangePath(text: string): ChangeStep[] | null {
  const out: ChangeStep[] = [];
  const re = /([^.[\]]+)|\[([^\]]+)\]|(\.)/g;
  let expectProp = true;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index !== at) return null;
    at = m.index + m[0].length;
    if (m[1] !== undefined) {
      if (!expectProp) return null;
      out.push({ prop: m[1] });
      expectProp = false;
    } else if (m[2] !== undefined) {
      if (expectProp && out.length === 0) return null;
      out.push({ element: m[2].trim() });
      expectProp = false;
    } else {
      if (expectProp) return null;
      expectProp = true;
    }
  }
  return at === text.length && !expectProp && out.length ? out : null;
}

type Json = unknown;
const IDENTITY = ["id", "name", "key", "code"];

/** Replaces the value at `path` in a copy-on-write sense: the caller passes a deep copy. Returns why it could not. */
export function setAt(doc: Json, path: ChangeStep[], value: Json): string | null {
  let node = doc as Record<string, unknown> | unknown[];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if ("prop" in step) {
      if (Array.isArray(node) || typeof node !== "object" || node === null) return `${step.prop}: not an object here`;
      if (last) {
        node[step.prop] = value;
        return null;
      }
      if (!(step.prop in node)) return `no ${step.prop} here`;
      node = node[step.prop] as Record<string, unknown>;
    } else {
      if (!Array.isArray(node)) return `[${step.element}]: not a list here`;
      const pos = /^\d+$/.test(step.element) ? Number(step.element) - 1 : node.findIndex((el) => typeof el === "object" && el !== null && IDENTITY.some((k) => (el as Record<string, unknown>)[k] === step.element));
      if (pos < 0 || pos >= node.length) return `no element [${step.element}]`;
      if (last) {
        node[pos] = value;
        return null;
      }
      node = node[pos] as Record<string, unknown>;
    }
  }
  return null;
}
