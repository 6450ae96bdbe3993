/**
 * What a result was computed from, written on every sheet Jili makes: the scheme (title, id, the versions that
 * computed the rows), a short hash of the rules in force (the document and the parameters set), the data sheet with
 * its row count and a short hash of its cells. Two runs on the same rules and data carry the same stamp; the pane
 * compares the stamp it wrote with the workbook as it is now to say a result is stale. The time of the run is
 * added by the pane only (from its clock): the CLI's output stays byte-identical for the same input.
 */
import { sha256 } from "@noble/hashes/sha2";
import { utf8Bytes } from "../values/utf8";
import type { Lang } from "../i18n/messages";
import type { BilingualText, SchemeDocument } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";

export interface RunStamp {
  scheme: { id: string; title: BilingualText };
  /** titles of the dated versions that computed rows (empty without versions) */
  versions: BilingualText[];
  /** first 8 hex digits of SHA-256 over the scheme document and the parameters in force */
  rules: string;
  sheet: string;
  rows: number;
  /** first 8 hex digits of SHA-256 over the header and the data rows as read (asked for by the pane, to see a change) */
  data?: string;
  /** the time of the run, ISO 8601 local (the pane only) */
  at?: string;
}

/** JSON with object keys sorted, so that the same document hashes the same however its keys were ordered. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object" && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v instanceof Date ? v.toISOString() : (v ?? null));
}

const hex8 = (bytes: Uint8Array) => Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join("");

/** What a run's result rests on besides the document: parameters (the period too), columns chosen, values confirmed. */
export interface RunChoices {
  params: Record<string, unknown>;
  columns?: Record<string, string | number>;
  assume?: Record<string, RawCell>;
}

/**
 * The short hash of the rules in force: the document, the parameters set for the run (the period included) and the
 * user's choices that change what is read (columns chosen by hand, values confirmed for the sheet). The pane hashes
 * the same choices to tell a result computed under other ones.
 */
export function rulesHash(scheme: SchemeDocument, choices: RunChoices): string {
  const { params, columns = {}, assume = {} } = choices;
  return hex8(sha256(utf8Bytes(canonical({ scheme, params, columns, assume }))));
}

/** Rows hashed per batch: one encoding and one hash update per batch rather than per row. */
const HASH_BATCH_ROWS = 2048;

/**
 * The short hash of a table's header and rows: each as JSON on a line of its own (a row of cells is an array, whose
 * JSON has no key order to normalise), fed in batches (no one string of the whole sheet).
 */
export function dataHash(headers: readonly RawCell[], rows: readonly (readonly RawCell[])[]): string {
  const h = sha256.create();
  h.update(utf8Bytes(canonical(headers)));
  for (let i = 0; i < rows.length; i += HASH_BATCH_ROWS) {
    let text = "";
    for (let k = i; k < Math.min(rows.length, i + HASH_BATCH_ROWS); k++) text += `\n${JSON.stringify(rows[k])}`;
    h.update(utf8Bytes(text));
  }
  return hex8(h.digest());
}

export interface StampInput {
  scheme: SchemeDocument;
  choices: RunChoices;
  sheet: string;
  headers: readonly RawCell[];
  rows: readonly (readonly RawCell[])[];
  versions?: BilingualText[];
  /** the time of the run (the pane's clock) */
  at?: string;
  /** hash the data too (the pane, to tell later whether it changed); the CLI does not need to */
  hashData?: boolean;
}

export function runStamp(input: StampInput): RunStamp {
  const stamp: RunStamp = {
    scheme: { id: input.scheme.id, title: input.scheme.title },
    versions: input.versions ?? [],
    rules: rulesHash(input.scheme, input.choices),
    sheet: input.sheet,
    rows: input.rows.length,
  };
  if (input.hashData) stamp.data = dataHash(input.headers, input.rows);
  if (input.at) stamp.at = input.at;
  return stamp;
}

/** The stamp as one line in one language, as the sheets Jili writes carry it under their notes. */
export function stampLine(s: RunStamp, lang: Lang): string {
  const zh = lang === "zh-CN";
  const versions = s.versions.length ? (zh ? `，版本：${s.versions.map((v) => v[lang]).join("、")}` : `, versions: ${s.versions.map((v) => v[lang]).join(", ")}`) : "";
  const at = s.at ? (zh ? `；计算时间 ${s.at}` : `; computed ${s.at}`) : "";
  const data = s.data ? ` #${s.data}` : "";
  return zh
    ? `计算依据：方案「${s.scheme.title[lang]}」（${s.scheme.id}${versions}），规则 #${s.rules}；数据：工作表「${s.sheet}」${s.rows} 行${data}${at}`
    : `Computed from: scheme ${s.scheme.title[lang]} (${s.scheme.id}${versions}), rules #${s.rules}; data: sheet ${s.sheet}, ${s.rows} rows${data}${at}`;
}
