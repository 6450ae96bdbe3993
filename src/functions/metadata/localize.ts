/**
 * Derives a localized custom-functions metadata file from the generated functions.json. Microsoft's generator
 * does not localize; only names and descriptions of functions and parameters may change, never ids.
 */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters?: { name: string; description?: string; [k: string]: unknown }[];
    [k: string]: unknown;
  }[];
  [k: string]: unknown;
}

export interface Translation {
  [id: string]: { name: string; description: string; parameters: Record<string, { name: string; description: string }> };
}

/** Returns the localized metadata, or throws listing every function or parameter the table misses or invents. */
export function localizeMetadata(source: FunctionsMetadata, table: Translation): FunctionsMetadata {
  const problems: string[] = [];
  const ids = new Set(source.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`translation for unknown function ${id}`);
  const functions = source.functions.map((f) => {
    const t = table[f.id];
    if (!t) {
      problems.push(`no translation for ${f.id}`);
      return f;
    }
    const params = f.parameters ?? [];
    for (const p of Object.keys(t.parameters)) if (!params.some((x) => x.name === p)) problems.push(`${f.id}: translation for unknown parameter ${p}`);
    return {
      ...f,
      name: t.name,
      description: t.description,
      parameters: params.map((p) => {
        const tp = t.parameters[p.name];
        if (!tp) {
          problems.push(`${f.id}: no translation for parameter ${p.name}`);
          return p;
        }
        return { ...p, name: tp.name, description: tp.description };
      }),
    };
  });
  if (problems.length) throw new Error(`functions-zh-cn.json cannot be derived:\n  ${problems.join("\n  ")}`);
  return { ...source, functions };
}
