/** Reading and writing a value at a JSON path of a document copy (the rates tables' only way into a scheme). */
export type DocPath = (string | number)[];

export function valueAt(doc: unknown, path: DocPath): unknown {
  let node = doc as Record<string | number, unknown> | undefined;
  for (const p of path) node = node?.[p] as Record<string | number, unknown> | undefined;
  return node;
}

export function setAt(doc: Record<string, unknown>, path: DocPath, value: unknown): void {
  let node = doc as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

export const startsWith = (path: DocPath, prefix: DocPath) => prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
