import type { DocPath } from "./docPath";

/** Every finite number under `node`, by its path, skipping properties that shape the rule rather than pay anyone. */
export function numberPaths(node: unknown, path: DocPath, structural: ReadonlySet<string>, out: DocPath[] = []): DocPath[] {
  if (typeof node === "number" && Number.isFinite(node)) out.push(path);
  else if (Array.isArray(node)) node.forEach((x, i) => numberPaths(x, [...path, i], structural, out));
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) if (!structural.has(k)) numberPaths(v, [...path, k], structural, out);
  return out;
}
