import { dataHash, rulesHash, type ColumnOverrides, type RawCell, type RunStamp, type SchemeDocument } from "../../engine";
import { typedParams } from "./evaluate";
import type { DataTable } from "./locate";

/**
 * What the results Jili last wrote in this workbook were computed from (the engine's run stamps), saved with the run:
 * the fill (Jili's columns and the summary sheet) and the statements sheet.
 */
export interface RunStamps {
  fill?: RunStamp;
  statements?: RunStamp;
}

export type OutputKind = "fill" | "statements";

/** Results in the workbook computed from other data or other rules than the pane holds now. */
export interface Staleness {
  /** the data (the table as located now) differs from the data of some output */
  data: boolean;
  /** the rules in force (the scheme and its parameters) differ from the rules of some output */
  rules: boolean;
  /** the outputs concerned, each with the stamp it carries */
  outputs: { kind: OutputKind; stamp: RunStamp }[];
}

/** The hashes of what is in force now, by the engine's own functions, each worked out once per table / rules. */
export class CurrentHashes {
  private tables = new WeakMap<DataTable, string>();
  private last: { scheme: SchemeDocument; params: Record<string, unknown>; columns: ColumnOverrides; assume: Record<string, RawCell>; hash: string | null } | null = null;

  /**
   * the rules hash the engine's stamp would carry for a run now — the document, the typed parameters (the period
   * too), the columns chosen and the values confirmed, as the pane passes them to the run; null while a parameter
   * cannot be read
   */
  rules(scheme: SchemeDocument, params: Record<string, unknown>, columns: ColumnOverrides, assume: Record<string, RawCell>): string | null {
    const l = this.last;
    if (l?.scheme === scheme && l.params === params && l.columns === columns && l.assume === assume) return l.hash;
    let hash: string | null;
    try {
      hash = rulesHash(scheme, { params: typedParams(params), columns, assume });
    } catch {
      hash = null;
    }
    this.last = { scheme, params, columns, assume, hash };
    return hash;
  }

  /** the data hash of this table as the engine's run worked it out for its stamp (the same function, the same table) */
  know(table: DataTable, hash: string): void {
    this.tables.set(table, hash);
  }

  /** the data hash of the table as located (and put together) now */
  data(table: DataTable): string {
    let hash = this.tables.get(table);
    if (hash === undefined) this.tables.set(table, (hash = dataHash(table.headers, table.rows)));
    return hash;
  }
}

const KINDS: OutputKind[] = ["fill", "statements"];

/**
 * Compares each output's stamp with the rules and the data in force now. Only outputs computed from the sheet read
 * now are compared (a stamp of another sheet says nothing about this one); a stamp without a data hash is compared
 * by its rules alone.
 */
export function staleness(stamps: RunStamps, now: { sheet: string; rules: string | null; data: string | null }): Staleness | null {
  let data = false;
  let rules = false;
  const outputs: Staleness["outputs"] = [];
  for (const kind of KINDS) {
    const stamp = stamps[kind];
    if (!stamp || stamp.sheet !== now.sheet) continue;
    const d = stamp.data !== undefined && now.data !== null && stamp.data !== now.data;
    const r = now.rules !== null && stamp.rules !== now.rules;
    if (!d && !r) continue;
    outputs.push({ kind, stamp });
    data ||= d;
    rules ||= r;
  }
  return outputs.length ? { data, rules, outputs } : null;
}

/** Two answers that say the same (the pane keeps the one it has, so nothing scrolls or announces again). */
export function sameStaleness(a: Staleness | null, b: Staleness | null): boolean {
  if (a === null || b === null) return a === b;
  return a.data === b.data && a.rules === b.rules && a.outputs.length === b.outputs.length && a.outputs.every((o, i) => o.kind === b.outputs[i].kind && o.stamp === b.outputs[i].stamp);
}
