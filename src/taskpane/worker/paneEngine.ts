import type { PersonTotalRun } from "../../engine";
import type { DataTable } from "../controller/locate";
import type { JobControl, PaneEngine, PaneRun, PersonTotalsInput } from "./engine";
import { EngineJobError } from "./errors";
import { InlineEngine } from "./inlineEngine";
import type { StatementsOutcome } from "./jobs";
import type { RunRequest } from "./protocol";
import { WorkerEngine } from "./workerEngine";

/**
 * The worker while it works, the pane's thread in chunks once it cannot (it failed to start or died): a job that
 * failed that way is run again inline, so the clerk never sees a worker's failure — only a slower pane.
 */
export class WorkerThenInline implements PaneEngine {
  private failed = false;

  constructor(
    private readonly worker: PaneEngine,
    private readonly inline: PaneEngine,
  ) {}

  get mode(): "worker" | "inline" {
    return this.failed ? "inline" : "worker";
  }

  private async either<T>(job: (e: PaneEngine) => Promise<T>): Promise<T> {
    if (!this.failed) {
      try {
        return await job(this.worker);
      } catch (e) {
        if (!(e instanceof EngineJobError && e.code === "WORKER_FAILED")) throw e;
        this.failed = true;
      }
    }
    return job(this.inline);
  }

  evaluate(table: DataTable, request: RunRequest, control?: JobControl): Promise<PaneRun> {
    return this.either((e) => e.evaluate(table, request, control));
  }

  statements(table: DataTable, request: RunRequest & { total: number }, control?: JobControl): Promise<StatementsOutcome> {
    return this.either((e) => e.statements(table, request, control));
  }

  personTotals(run: PersonTotalsInput, request: RunRequest, control?: JobControl): Promise<PersonTotalRun | null> {
    return this.either((e) => e.personTotals(run, request, control));
  }
}

/**
 * Web Workers: Microsoft's sample "Office Add-in Custom Function Using Web Workers" (OfficeDev/Office-Add-in-samples,
 * Excel-custom-functions/web-worker) runs workers from a shared runtime in Excel on Windows, Mac and the web, for
 * exactly this — the shared runtime's one thread serves the pane and the cell functions. The shared runtime is
 * WebView2 (Chromium) where its conditions are met, else Trident (IE 11), which has workers too but not this
 * bundle; WPS 加载项 pages run in WPS's embedded Chromium, possibly from file:// where a worker cannot be started
 * (not verified). So: a worker where the page has `Worker`, and the chunked fallback when it is missing or fails.
 */
function defaultEngine(): PaneEngine {
  const inline = new InlineEngine();
  if (typeof Worker !== "function") return inline;
  return new WorkerThenInline(new WorkerEngine(() => import("./spawnWorker").then((m) => m.spawnEngineWorker())), inline);
}

let engine: PaneEngine | null = null;

/** The pane's engine (made at first use). */
export function paneEngine(): PaneEngine {
  return (engine ??= defaultEngine());
}

/** Another engine for the pane (tests; null: the default again at next use). */
export function usePaneEngine(next: PaneEngine | null): void {
  engine = next;
}
