import { EvaluationResult, FillRows, GroupResult, RowPlaces, RowResult } from "../evaluate/result";
import { StatusName } from "../evaluate/status";
import { Lang } from "../i18n/messages";
import { BilingualText, PartDef } from "../scheme/schema";

/** Which version computed how many rows of a run. */
export interface VersionUse {
  title: BilingualText;
  from?: string;
  to?: string;
  rows: number;
  /** the scheme's own document (rows outside every dated version) */
  base: boolean;
}

/** Key added to each group when a run's rows span versions: a group never mixes two versions' rules. */
export const VERSION_KEY = "version";
export const VERSION_KEY_TITLE: BilingualText = { "zh-CN": "方案版本", "en-US": "Scheme version" };

export interface Segment {
  use: VersionUse;
  result: EvaluationResult;
  /** index of each of the segment's rows in the whole table */
  rowIndex: number[];
}

/**
 * The results of one table whose rows were computed by several versions, seen as one result: rows in sheet order,
 * groups of each version one after the other with the version as an extra key.
 */
export class VersionedResult extends EvaluationResult {
  private readonly where: { segment: number; local: number }[];

  constructor(
    part: PartDef,
    private readonly segments: Segment[],
    headers: string[],
    rowNumbers: number[],
    readonly versionsUsed: VersionUse[],
    places: RowPlaces = {},
  ) {
    const first = segments[0].result;
    super(first.scheme, part, first.state, first.mapping, headers, rowNumbers, first.paramProblems, places);
    this.where = new Array(rowNumbers.length);
    segments.forEach((s, si) => s.rowIndex.forEach((global, local) => (this.where[global] = { segment: si, local })));
  }

  override get rowCount(): number {
    return this.where.length;
  }

  override rowStatus(i: number): StatusName {
    const w = this.where[i];
    return this.segments[w.segment].result.rowStatus(w.local);
  }

  override statusCounts(): Record<StatusName, number> {
    const c = { ok: 0, pending: 0, excluded: 0, invalid: 0 };
    for (const s of this.segments) {
      const n = s.result.statusCounts();
      for (const k of Object.keys(c) as StatusName[]) c[k] += n[k];
    }
    return c;
  }

  override row(i: number, explain = false): RowResult {
    const w = this.where[i];
    const r: RowResult = { ...this.segments[w.segment].result.row(w.local, explain), index: i };
    const sheet = this.rowSheet(i);
    if (sheet !== null) r.sheet = sheet;
    const label = this.rowLabel(i);
    if (label !== null) r.label = label;
    return r;
  }

  override fillRows(lang: Lang, explain: boolean): FillRows {
    const segments = this.segments.map((s) => s.result.fillRows(lang, explain));
    // row i as (its segment's reader, its index there)
    const at = <T>(i: number, read: (rows: FillRows, local: number) => T): T => {
      const w = this.where[i];
      return read(segments[w.segment], w.local);
    };
    return {
      outputs: (i, into) => at(i, (rows, local) => rows.outputs(local, into)),
      status: (i) => at(i, (rows, local) => rows.status(local)),
      reasonList: (i) => at(i, (rows, local) => rows.reasonList(local)),
      noteList: (i) => at(i, (rows, local) => rows.noteList(local)),
      reasons: (i) => at(i, (rows, local) => rows.reasons(local)),
      notes: (i) => at(i, (rows, local) => rows.notes(local)),
      explanation: (i) => at(i, (rows, local) => rows.explanation(local)),
    };
  }

  override rows(explain = false): RowResult[] {
    const out: RowResult[] = new Array(this.rowCount);
    for (let i = 0; i < out.length; i++) out[i] = this.row(i, explain);
    return out;
  }

  override memberRows(levelId: string): number[][] {
    return this.segments.flatMap((s) => s.result.memberRows(levelId).map((rows) => rows.map((local) => s.rowIndex[local])));
  }

  /** each version's groups follow the previous version's in `groups(levelId)`: a row's index is offset by them */
  override groupOfRows(levelId: string): Int32Array {
    const out = new Int32Array(this.rowCount).fill(-1);
    let offset = 0;
    for (const s of this.segments) {
      const local = s.result.groupOfRows(levelId);
      s.rowIndex.forEach((global, i) => (out[global] = local[i] < 0 ? -1 : offset + local[i]));
      offset += s.result.groupCount(levelId);
    }
    return out;
  }

  override groupCount(levelId: string): number {
    return this.segments.reduce((n, s) => n + s.result.groupCount(levelId), 0);
  }

  override groups(levelId: string, explain = false): GroupResult[] {
    const spans = this.segments.length > 1;
    return this.segments.flatMap((s) =>
      s.result.groups(levelId, explain).map((g) => (spans ? { ...g, key: { ...g.key, [VERSION_KEY]: s.use.title["zh-CN"] === s.use.title["en-US"] ? s.use.title["zh-CN"] : `${s.use.title["zh-CN"]} ${s.use.title["en-US"]}` } } : g)),
    );
  }
}

export function isVersioned(result: EvaluationResult): result is VersionedResult {
  return result instanceof VersionedResult;
}
