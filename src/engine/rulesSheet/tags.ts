import { parseBool } from "../values/parseBool";
import { formatDay, parseDate } from "../values/parseDate";
import { parseNumber, RawCell } from "../values/parseNumber";
import { CellProblem } from "../values/problem";
import { RulesCell } from "./layout";

/**
 * A type tag says what a cell may hold, so a value comes back with the type it left with even when Excel or the clerk
 * changed the cell's type (a rate typed as text, a code typed as a number, a date turned into a date serial).
 * Letters: s text, d date text (YYYY-MM-DD), n number, b yes/no, z may be `null`; `ls`/`ln` a list of texts/numbers;
 * j JSON text (anything the blocks cannot draw); t a zh-CN / en-US pair; e an empty object.
 */
export type Tag = string;

/** Written for a value that is null ("not configured"); blank means absent. */
export const NULL_TEXT = "null";

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export function isPlainObject(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function isBilingual(v: unknown): v is { "zh-CN": string; "en-US": string } {
  if (!isPlainObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof v["zh-CN"] === "string" && typeof v["en-US"] === "string";
}

/** The tag letter of one scalar value; null when the value is not a scalar. */
export function scalarLetter(v: unknown): string | null {
  if (v === null) return "z";
  if (typeof v === "number") return Number.isFinite(v) ? "n" : null;
  if (typeof v === "boolean") return "b";
  if (typeof v === "string") return DATE_TEXT.test(v) ? "d" : "s";
  return null;
}

/** A list drawn in cells: every item a text without line breaks, or every item a number. */
export function listTag(v: unknown[]): Tag | null {
  if (v.every((x) => typeof x === "string" && !x.includes("\n") && x !== "")) return "ls";
  if (v.every((x) => typeof x === "number" && Number.isFinite(x))) return "ln";
  return null;
}

/** Merges the letters of several values into one tag (sorted, no repeats). */
export function mergeLetters(letters: Iterable<string>): Tag {
  return [...new Set([...letters].join(""))].sort().join("");
}

const QUOTED = /^"(?:[^"\\]|\\.)*"$/;

/** Texts a cell cannot hold as they are: blank (a blank cell is absent), `null`, and texts that look like these quoted. */
function needsQuotes(text: string): boolean {
  if (text.trim() === "" || text === NULL_TEXT) return true;
  if (!QUOTED.test(text)) return false;
  try {
    return needsQuotes(JSON.parse(text) as string);
  } catch {
    return false;
  }
}

export function scalarCell(v: Json): RulesCell {
  if (v === null) return NULL_TEXT;
  if (typeof v === "string" && needsQuotes(v)) return JSON.stringify(v);
  return v as RulesCell;
}

/** The text a quoted cell stands for (see scalarCell); other texts as they are. */
function unquote(text: string): string {
  if (!QUOTED.test(text)) return text;
  try {
    const inner = JSON.parse(text) as string;
    return needsQuotes(inner) ? inner : text;
  } catch {
    return text;
  }
}

export type Read = { ok: true; value: Json | undefined } | { ok: false; problem: CellProblem };

const fail = (code: string, value: string): Read => ({ ok: false, problem: new CellProblem(code, value) });

/** A date typed by the clerk (a serial, 2016/1/1, 2016年1月1日) is written back as YYYY-MM-DD. */
function dateOf(raw: RawCell): Read {
  const d = parseDate(raw);
  if (typeof d === "number") return { ok: true, value: formatDay(d) };
  return fail("RULES_NOT_A_DATE", cellText(raw));
}

function cellText(raw: RawCell): string {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw);
}

/** Reads one cell as a scalar of the tag's letters; blank is absent (undefined). */
export function readScalar(raw: RawCell, tag: Tag): Read {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { ok: true, value: undefined };
  const has = (l: string) => tag.includes(l);
  if (typeof raw === "string" && raw === NULL_TEXT && has("z")) return { ok: true, value: null };
  if (typeof raw === "string" && QUOTED.test(raw) && (has("s") || has("d")) && unquote(raw) !== raw) return { ok: true, value: unquote(raw) };
  if (typeof raw === "boolean") {
    if (has("b")) return { ok: true, value: raw };
    if (has("s")) return { ok: true, value: raw ? "TRUE" : "FALSE" };
    return fail(has("n") ? "RULES_NOT_A_NUMBER" : "RULES_BAD_VALUE", String(raw));
  }
  if (typeof raw === "number") {
    if (has("n")) return { ok: true, value: raw };
    if (has("d")) return dateOf(raw);
    if (has("s")) return { ok: true, value: String(raw) };
    if (has("b") && (raw === 0 || raw === 1)) return { ok: true, value: raw === 1 };
    return fail(has("b") ? "RULES_NOT_YES_NO" : "RULES_BAD_VALUE", String(raw));
  }
  if (raw instanceof Date) {
    if (has("d") || has("s")) return { ok: true, value: cellText(raw) };
    return fail(has("n") ? "RULES_NOT_A_NUMBER" : "RULES_BAD_VALUE", cellText(raw));
  }
  if (has("d") && !has("s")) return dateOf(raw);
  if (has("s")) return { ok: true, value: raw };
  if (has("n")) {
    const n = parseNumber(raw);
    if (n && !(n instanceof CellProblem)) return { ok: true, value: n.value.toNumber() };
    return fail("RULES_NOT_A_NUMBER", raw);
  }
  if (has("b")) {
    const b = parseBool(raw);
    if (typeof b === "boolean") return { ok: true, value: b };
    return fail("RULES_NOT_YES_NO", raw);
  }
  return fail("RULES_BAD_VALUE", raw);
}

/** Reads a list written in one cell, one item per line. */
export function readListCell(raw: RawCell, tag: Tag): Read {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { ok: true, value: undefined };
  if (tag === "ln" && typeof raw === "number") return { ok: true, value: [raw] };
  const items = cellText(raw).split(/\r?\n/).filter((x) => x.trim() !== "");
  return readListItems(items, tag);
}

/** Reads list items from separate cells (an entry row) or lines. */
export function readListItems(items: RawCell[], tag: Tag): Read {
  const out: Json[] = [];
  for (const item of items) {
    const r = readScalar(item, tag === "ln" ? "n" : "s");
    if (!r.ok) return r;
    if (r.value !== undefined) out.push(r.value);
  }
  return { ok: true, value: out };
}

export function readJsonCell(raw: RawCell): Read {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(cellText(raw)) as Json };
  } catch {
    return fail("RULES_NOT_JSON", cellText(raw));
  }
}
