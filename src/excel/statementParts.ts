// Statements on one sheet or several, written in order by a host's adapter (Excel's over Office.js, WPS's over ET):
// one policy for both hosts — when the last run's sheets go, when each new sheet is added and recorded, when a cancel
// stops, how progress and rows written add up. Only the steps themselves are the host's.
import type { StatementSheet } from "../engine";
import type { CancelToken } from "./port";
import type { StatementsProgress } from "./statementSheet";

/** What a part's writing gives back: stopped by a cancel or not, its rows written, its requests. */
export interface PartWritten {
  cancelled: boolean;
  rowsWritten: number;
  chunks: number;
  largestRequest: number;
}

/** A host's steps for statements sheets; `P` is a part made ready to write, `S` the host's sheet. */
export interface StatementsHost<P, S> {
  /** makes a part ready before its sheet exists (Excel plans its requests): a cancel meanwhile adds nothing */
  prepare(part: StatementSheet): Promise<P>;
  /** deletes the sheets the last run recorded: once, just before the first new sheet is added */
  deleteOld(): Promise<void>;
  /** adds a sheet named `name` — or, if a sheet of the user's took that name meanwhile, the next free one */
  add(name: string): Promise<{ key: string; name: string; sheet: S }>;
  /** records (and saves) the keys of the sheets added so far, in order */
  record(keys: string[]): Promise<void>;
  /** writes a part into its new sheet; a cancel stops between requests, never before the first */
  write(sheet: S, part: P, onRows: (done: number) => void): Promise<PartWritten>;
}

/** The sheets written (their names as added) and what stopped them. */
export interface PartsWritten extends PartWritten {
  names: string[];
}

/** Rows of all the sheets: progress is counted across them. */
export function statementRows(parts: readonly StatementSheet[]): number {
  return parts.reduce((n, s) => n + s.rows.length, 0);
}

/**
 * Writes the parts in order under `names`. A sheet is added only when its turn comes and the run goes on, and
 * recorded with the ones before it as soon as it exists, before any of its cells: a cancel leaves no empty sheet
 * (one before the first sheet changes nothing at all), and a failure leaves no sheet of Jili's unrecorded.
 */
export async function writeStatementParts<P, S>(
  host: StatementsHost<P, S>,
  parts: readonly StatementSheet[],
  names: readonly string[],
  options: { cancel?: CancelToken; onProgress?: (p: StatementsProgress) => void } = {},
): Promise<PartsWritten> {
  const total = statementRows(parts);
  const keys: string[] = [];
  const out: PartsWritten = { cancelled: false, names: [], rowsWritten: 0, chunks: 0, largestRequest: 0 };
  for (let i = 0; i < parts.length; i++) {
    const ready = await host.prepare(parts[i]);
    if (options.cancel?.cancelled) return { ...out, cancelled: true };
    if (i === 0) await host.deleteOld();
    const added = await host.add(names[i]);
    keys.push(added.key);
    out.names.push(added.name);
    await host.record(keys);
    const rowsBefore = out.rowsWritten;
    const written = await host.write(added.sheet, ready, (done) => options.onProgress?.({ done: rowsBefore + done, total }));
    out.chunks += written.chunks;
    out.largestRequest = Math.max(out.largestRequest, written.largestRequest);
    out.rowsWritten = rowsBefore + written.rowsWritten;
    if (written.cancelled) return { ...out, cancelled: true };
  }
  return out;
}
