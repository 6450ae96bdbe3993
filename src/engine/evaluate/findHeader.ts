import { PartDef } from "../scheme/schema";
import { normalizeHeader } from "../values/normalizeText";
import { RawCell } from "../values/parseNumber";

export interface HeaderGuess {
  /** 0-based index of the header row among the rows given */
  row: number;
  /** how many of the part's fields that row names */
  matched: number;
  /** how many required fields it names */
  requiredMatched: number;
}

function spellings(part: PartDef): { required: boolean; names: Set<string> }[] {
  const strip = (s: string) => s.replace(/[(（][^)）]*[)）]/g, "");
  return part.fields.map((f) => {
    const names = new Set<string>();
    for (const s of [f.title["zh-CN"], f.title["en-US"], f.key, ...f.headers]) {
      names.add(normalizeHeader(s));
      names.add(strip(normalizeHeader(s)));
    }
    return { required: f.required, names };
  });
}

/**
 * Finds the header row when titles sit above it (common in finance sheets): the first row among the first
 * `scan` that names the most fields of the part, required ones first. Null when no row names any field.
 */
export function findHeaderRow(rows: RawCell[][], part: PartDef, scan = 30): HeaderGuess | null {
  const fields = spellings(part);
  let best: HeaderGuess | null = null;
  for (let r = 0; r < Math.min(scan, rows.length); r++) {
    const cells = new Set(rows[r].filter((c) => c !== null && c !== undefined && c !== "").map((c) => normalizeHeader(String(c))));
    const bare = new Set([...cells].map((c) => c.replace(/[(（][^)）]*[)）]/g, "")));
    let matched = 0;
    let requiredMatched = 0;
    for (const f of fields) {
      if ([...f.names].some((n) => cells.has(n) || bare.has(n))) {
        matched++;
        if (f.required) requiredMatched++;
      }
    }
    if (matched === 0) continue;
    if (!best || requiredMatched > best.requiredMatched || (requiredMatched === best.requiredMatched && matched > best.matched)) {
      best = { row: r, matched, requiredMatched };
    }
  }
  return best;
}

/** The part of a multi-part scheme whose fields a header row names best. */
export function guessPart(rows: RawCell[][], parts: PartDef[]): PartDef {
  let best = parts[0];
  let score = -1;
  for (const p of parts) {
    const g = findHeaderRow(rows, p);
    const s = g ? g.requiredMatched * 1000 + g.matched : 0;
    if (s > score) {
      score = s;
      best = p;
    }
  }
  return best;
}
