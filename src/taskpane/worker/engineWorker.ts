// The pane's engine worker (webpack 5 bundles it from `new Worker(new URL("./engineWorker.ts", import.meta.url))`):
// Validate, Fill and Statements evaluate here, off the thread that draws the pane and runs the cell functions; so do
// REWARD and CHECK, from another instance of this worker (workerCells.ts).
import type { FromWorker, ToWorker } from "./protocol";
import { WorkerHost } from "./workerHost";

// the worker's global scope, typed by what is used of it (the project's lib is the DOM's, not the worker's)
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const host = new WorkerHost((message: FromWorker) => scope.postMessage(message));
scope.onmessage = (e: MessageEvent<ToWorker>) => void host.receive(e.data);
