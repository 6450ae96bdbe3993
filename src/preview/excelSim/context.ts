// Excel.RequestContext: the queue of writes, sync, and the measure of every request (syncs and JSON bytes).
import type { SimBook } from "./book";
import { expose } from "./expose";
import type { Loadable } from "./loadable";
import { applyGuarded } from "./protectionGuard";
import { workbookApi } from "./workbook";

/** One queued write: what it adds to the request's size, and what it does to the book at the sync. */
export interface Op {
  bytes: number;
  apply: () => void;
  /** protecting or unprotecting a sheet: allowed on a protected sheet (it is how protection is changed) */
  unguarded?: boolean;
}

/** One Excel.run's request context: counts syncs and the bytes of each request, rejects requests over the limit. */
export class SimContext {
  loadables: Loadable[] = [];
  private ops: Op[] = [];
  syncs = 0;
  requestBytes: number[] = [];
  responseBytes = 0;
  /** address of the last select(), e.g. `明细!D7` */
  selected = "";
  calcSuspended = 0;
  screenSuspended = 0;
  /** the context as the adapter sees it: Excel.RequestContext */
  readonly api: Excel.RequestContext;

  constructor(
    readonly book: SimBook,
    readonly limitBytes = 5_000_000,
  ) {
    const ctx = this as SimContext;
    this.api = expose("RequestContext", { workbook: workbookApi(ctx), sync: () => ctx.sync() }) as unknown as Excel.RequestContext;
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  get pending(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const bytes = this.ops.reduce((b, o) => b + o.bytes, 0);
    this.requestBytes.push(bytes);
    if (bytes > this.limitBytes) throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
    const ops = this.ops;
    this.ops = [];
    try {
      for (const o of ops) applyGuarded(this.book, o);
    } finally {
      if (ops.length) this.book.changed();
    }
    for (const l of this.loadables) l.settle();
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requestBytes);
  }
}
