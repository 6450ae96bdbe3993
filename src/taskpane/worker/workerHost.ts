import type { DataTable } from "../controller/locate";
import { evaluateJob, statementsJob } from "./jobs";
import { cutIntoPieces, PieceAssembler } from "./pieces";
import type { FromWorker, JobRequest, ToWorker } from "./protocol";
import { evaluateWire, wireError } from "./wire";

/**
 * The worker's side of the protocol, apart from the worker's global scope so that tests can drive it over a
 * MessageChannel: tables arrive in pieces and are kept (the latest one: statements reuse the fill's table), each
 * job reports its stages and posts its outcome in pieces. Cancel is the pane's: it ends the worker.
 */
export class WorkerHost {
  private tables = new Map<number, PieceAssembler>();

  constructor(private readonly post: (message: FromWorker) => void) {}

  receive(message: ToWorker): Promise<void> {
    if (message.type === "table") {
      if (message.piece.path.length === 0 && !message.piece.append) {
        // a new table: the one before is not needed again
        this.tables.clear();
        this.tables.set(message.tableId, new PieceAssembler());
      }
      this.tables.get(message.tableId)?.add(message.piece);
      return Promise.resolve();
    }
    return this.run(message.jobId, message.tableId, message.request);
  }

  private async run(jobId: number, tableId: number, request: JobRequest): Promise<void> {
    try {
      const table = this.tables.get(tableId)?.value as DataTable | undefined;
      if (!table) throw new Error(`table ${tableId} was not sent to the worker`);
      const step = (done: number, total: number) => {
        this.post({ type: "progress", jobId, done, total });
        return Promise.resolve();
      };
      const outcome = request.kind === "evaluate" ? evaluateWire(await evaluateJob(request, table, step)) : await statementsJob(request, table, step);
      for (const piece of cutIntoPieces(outcome)) this.post({ type: "piece", jobId, piece });
      this.post({ type: "done", jobId });
    } catch (e) {
      this.post({ type: "failed", jobId, error: wireError(e) });
    }
  }
}
