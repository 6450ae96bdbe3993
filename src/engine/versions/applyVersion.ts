import { SchemeDocument, VersionDef } from "../scheme/schema";
import { parseChangePath, setAt } from "./changePath";

export interface ChangeProblem {
  change: number;
  message: string;
}

/**
 * The document a version describes: the scheme without its versions, each change applied in order. The result is
 * unvalidated JSON (the caller validates it); problems name the change that could not be applied.
 */
export function applyVersion(scheme: SchemeDocument, version: VersionDef): { document: Record<string, unknown>; problems: ChangeProblem[] } {
  const document = JSON.parse(JSON.stringify({ ...scheme, versions: undefined })) as Record<string, unknown>;
  delete document.versions;
  if (version.from || version.to) document.effective = { ...(version.from ? { from: version.from } : {}), ...(version.to ? { to: version.to } : {}) };
  const problems: ChangeProblem[] = [];
  version.changes.forEach((c, i) => {
    const path = parseChangePath(c.at);
    if (!path) {
      problems.push({ change: i, message: `cannot read the path ${c.at}` });
      return;
    }
    const why = setAt(document, path, JSON.parse(JSON.stringify(c.value ?? null)));
    if (why) problems.push({ change: i, message: `${c.at}: ${why}` });
  });
  return { document, problems };
}
