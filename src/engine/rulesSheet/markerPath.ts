/** A location in a scheme document as written in a block marker: `parts[0].steps[bonus].tiersBy.tables`. */
export type Segment = { prop: string } | { index: number } | { ident: string };

export const ROOT_PATH = "$";

export function pathText(segments: Segment[]): string {
  if (!segments.length) return ROOT_PATH;
  let out = "";
  for (const s of segments) {
    if ("prop" in s) out += out ? `.${s.prop}` : s.prop;
    else out += `[${"index" in s ? s.index : s.ident}]`;
  }
  return out;
}

const TOKEN = /\.?([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\]|\[([A-Za-z_][A-Za-z0-9_]*)\]/y;

/** Parses a marker path; null when it is not one. */
export function parsePath(text: string): Segment[] | null {
  if (text === ROOT_PATH) return [];
  const out: Segment[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m || m.index !== at) return null;
    if (m[1] !== undefined) {
      if (at === 0 && text[0] === ".") return null;
      out.push({ prop: m[1] });
    } else if (m[2] !== undefined) out.push({ index: Number(m[2]) });
    else out.push({ ident: m[3] });
    at = TOKEN.lastIndex;
  }
  return out;
}
