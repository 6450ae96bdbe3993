import type { EvaluationResult, GroupResult, OutputCell, Reason, RowResult, SchemeDocument, StatusName } from "../../engine";
import { PaneError } from "../../excel/errors";
import { EngineJobError } from "./errors";
import type { ReasonLists, ResultData } from "./resultData";
import type { WireError } from "./protocol";

/**
 * The pane's side of a run made in the worker: the plain data rebuilt into an object that answers the questions the
 * pane asks of a result (rows, statuses, groups, where a row came from). Explanations are not carried: the fill
 * plan has them as text already.
 */
export class RebuiltResult {
  private readonly pendingAt: Map<number, string>[];

  constructor(
    readonly scheme: SchemeDocument,
    private readonly data: ResultData,
  ) {
    this.pendingAt = data.outputs.map((o) => new Map(o.pending));
  }

  get part() {
    const part = this.scheme.parts.find((p) => p.id === this.data.partId);
    if (!part) throw new PaneError("SCHEME_INVALID", { "zh-CN": `方案中没有数据表 ${this.data.partId}`, "en-US": `The scheme has no part ${this.data.partId}` });
    return part;
  }

  get rowCount(): number {
    return this.data.rowCount;
  }

  get rowNumbers(): number[] {
    return Array.from(this.data.rowNumbers);
  }

  get levels(): string[] {
    return this.part.levels.map((l) => l.id);
  }

  /** a worker's run stops at a parameter problem before a result exists: none is ever carried */
  readonly paramProblems = [] as const;

  rowSheet(i: number): string | null {
    return this.data.rowSheets?.[i] ?? null;
  }

  rowLabel(i: number): string | null {
    return this.data.rowLabels?.[i] ?? null;
  }

  rowStatus(i: number): StatusName {
    return this.data.status[i];
  }

  statusCounts(): Record<StatusName, number> {
    const c = { ok: 0, pending: 0, excluded: 0, invalid: 0 };
    for (const s of this.data.status) c[s]++;
    return c;
  }

  private listed(lists: ReasonLists, i: number): Reason[] {
    const out: Reason[] = [];
    for (let k = lists.offsets[i]; k < lists.offsets[i + 1]; k++) out.push(this.data.reasonTable[lists.items[k]]);
    return out;
  }

  row(i: number, explain = false): RowResult {
    if (explain) throw new EngineJobError("NOT_CARRIED", "a result from the worker carries no explanations");
    const outputs: Record<string, OutputCell> = {};
    this.data.outputs.forEach((o, k) => {
      const cell: OutputCell = { value: o.values[i], text: o.texts[i] };
      const pending = this.pendingAt[k].get(i);
      if (pending !== undefined) cell.pending = pending;
      outputs[o.name] = cell;
    });
    const r: RowResult = {
      index: i,
      row: this.data.rowNumbers[i],
      status: this.data.status[i],
      reasons: this.listed(this.data.reasons, i),
      warnings: this.listed(this.data.warnings, i),
      notes: this.listed(this.data.notes, i),
      outputs,
    };
    const sheet = this.rowSheet(i);
    if (sheet !== null) r.sheet = sheet;
    const label = this.rowLabel(i);
    if (label) r.label = label;
    return r;
  }

  rows(explain = false): RowResult[] {
    return Array.from({ length: this.rowCount }, (_, i) => this.row(i, explain));
  }

  groupCount(levelId: string): number {
    return this.groups(levelId).length;
  }

  groups(levelId: string, explain = false): GroupResult[] {
    if (explain) throw new EngineJobError("NOT_CARRIED", "a result from the worker carries no explanations");
    return this.data.groups[levelId] ?? [];
  }
}

/**
 * The rebuilt result where the pane's code expects the engine's. Why a cast: EvaluationResult has private members,
 * so no other class can satisfy its type; the pane's code only calls what RebuiltResult answers (the worker tests
 * compare the two on every question).
 */
export function rebuildResult(data: ResultData, scheme: SchemeDocument): EvaluationResult {
  return new RebuiltResult(scheme, data) as unknown as EvaluationResult;
}

/** An error thrown in the worker, as the pane's thread throws it: a PaneError keeps its code and both texts. */
export function rebuildError(e: WireError): Error {
  if (e.kind === "pane") return new PaneError(e.code as PaneError["code"], e.text, e.details);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
