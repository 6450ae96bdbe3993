/**
 * The very hidden structure sheet: its format, the visible sheet's name and language, and the scheme document as
 * JSON cut into pieces under a cell's 32 767 characters. It is the document the visible tables are read against; it
 * is written whole by Jili and never by hand.
 */
import type { Lang } from "../../i18n/messages";
import type { SchemeDocument } from "../../scheme/schema";
import { RULES_STRUCTURE_FORMAT, RULES_STRUCTURE_SHEET, RulesStructure } from "./layout";

/** characters of JSON per cell, under a cell's limit of 32 767 */
const PIECE = 30_000;
/** a cell starting with one of these may be taken as a formula or lose its first character when typed */
const UNSAFE_START = /^['=+\-@]/;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** JSON cut into cell-sized pieces, none starting with a character a host might read as a formula. */
export function cutJson(json: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < json.length) {
    let end = Math.min(i + PIECE, json.length);
    // nor cut between the two halves of a character outside the BMP (𠮷): a lone half cannot be stored in a cell
    while (end < json.length && end > i + 1 && (UNSAFE_START.test(json.charAt(end)) || isLowSurrogate(json.charCodeAt(end)))) end--;
    out.push(json.slice(i, end));
    i = end;
  }
  return out;
}

export function structureRows(scheme: SchemeDocument, viewName: string, lang: Lang): RulesStructure {
  return { name: RULES_STRUCTURE_SHEET, rows: [[RULES_STRUCTURE_FORMAT], ["sheet", viewName], ["lang", lang], ["scheme", ...cutJson(JSON.stringify(scheme))]] };
}

export interface StructureRead {
  sheet: string;
  lang: Lang;
  document: unknown;
}

/** The structure sheet's content, or a reason it cannot be read (null: not a structure sheet at all). */
export function readStructure(cells: unknown[][]): StructureRead | "damaged" | null {
  if (String(cells[0]?.[0] ?? "").trim() !== RULES_STRUCTURE_FORMAT) return null;
  const row = (key: string) => cells.find((r) => r?.[0] === key);
  const sheet = row("sheet")?.[1];
  const lang = row("lang")?.[1];
  const json = (row("scheme") ?? []).slice(1).map((v) => (typeof v === "string" ? v : "")).join("");
  if (typeof sheet !== "string" || (lang !== "zh-CN" && lang !== "en-US")) return "damaged";
  try {
    return { sheet, lang, document: JSON.parse(json) };
  } catch {
    return "damaged";
  }
}
