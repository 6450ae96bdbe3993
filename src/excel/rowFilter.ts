import type { RowFilter, RowFilterRecord } from "./port";
import type { SettingsLike } from "./settings";

/** The setting holding Jili's filter: the sheet and the runs of rows it hid, so that exactly those are shown again. */
export const FILTER_SETTING = "jili.filter";
/** The setting holding the id (Excel) or name (WPS) of the issues sheet Jili exported: only that sheet is replaced. */
export const ISSUES_SETTING = "jili.issuesSheetId";
/** How many names (`Jili·问题清单`, `Jili·问题清单 (2)` …) are tried when the user has sheets with Jili's name. */
export const ISSUE_NAME_TRIES = 10;

/** The names the issues sheet may take: its own, then `… (2)` and on. */
export function issueSheetNames(name: string): string[] {
  return [name, ...Array.from({ length: ISSUE_NAME_TRIES - 1 }, (_, i) => `${name} (${i + 2})`)];
}

/** Jili's filter as recorded, or null (a damaged record counts as none). */
export function readFilterRecord(settings: Pick<SettingsLike, "get">): RowFilterRecord | null {
  const v = settings.get(FILTER_SETTING) as RowFilterRecord | null | undefined;
  if (!v || typeof v !== "object" || typeof v.sheet !== "string" || !Array.isArray(v.rows)) return null;
  const rows = v.rows.filter((r): r is [number, number] => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] <= r[1]);
  return { sheet: v.sheet, rows };
}

/** Rows in the record's runs. */
export function rowsIn(runs: readonly [number, number][]): number {
  return runs.reduce((n, [a, b]) => n + b - a + 1, 0);
}

/**
 * The runs of data rows to hide: every row after the header down to the last row that is not kept and that was not
 * hidden already (those are the user's and stay as they are, unrecorded).
 */
export function runsToHide(filter: RowFilter, hiddenAlready: (row: number) => boolean): [number, number][] {
  const keep = new Set(filter.keep);
  const runs: [number, number][] = [];
  let start: number | null = null;
  for (let r = filter.headerRow + 1; r <= filter.lastRow + 1; r++) {
    const hide = r <= filter.lastRow && !keep.has(r) && !hiddenAlready(r);
    if (hide && start === null) start = r;
    if (!hide && start !== null) {
      runs.push([start, r - 1]);
      start = null;
    }
  }
  return runs;
}

/** Of the rows to keep, those inside the data rows. */
export function keptRows(filter: RowFilter): number {
  return new Set(filter.keep.filter((r) => r > filter.headerRow && r <= filter.lastRow)).size;
}

/** runs of at most this many rows' changes go in one request */
export const RUNS_PER_SYNC = 2000;
/** rows whose hidden state is asked in one block before the rows of a mixed block are asked one by one */
export const HIDDEN_BLOCK = 1000;
