/**
 * The pane's engine jobs fail with these besides the engine's own refusals (PaneError): CANCELLED (the clerk
 * pressed Cancel), WORKER_FAILED (the worker could not start or died), NOT_CARRIED (a question the rebuilt result
 * cannot answer: explanations stay in the worker).
 */
export type EngineJobCode = "CANCELLED" | "WORKER_FAILED" | "NOT_CARRIED";

export class EngineJobError extends Error {
  constructor(
    readonly code: EngineJobCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "EngineJobError";
  }
}

export function isCancelled(e: unknown): boolean {
  return e instanceof EngineJobError && e.code === "CANCELLED";
}

export const cancelledError = (): EngineJobError => new EngineJobError("CANCELLED", "cancelled");
