import { MessageChannel } from "worker_threads";
import type { FromWorker, ToWorker } from "../../../src/taskpane/worker/protocol";
import type { WorkerLike } from "../../../src/taskpane/worker/workerEngine";
import { WorkerHost } from "../../../src/taskpane/worker/workerHost";

/**
 * The worker's protocol over a real MessageChannel: every message is structured-cloned as a browser clones it
 * for a Worker, and the WorkerHost answers on the other port. Records what crossed, both ways.
 */
const open: { terminate(): void }[] = [];

/** Closes every channel a test opened (call after each test: an open port keeps the process alive). */
export function closeChannels(): void {
  for (const w of open.splice(0)) w.terminate();
}

/** The worker's side: a WorkerHost answering through `post` (a test may give one loaded apart from its own modules). */
export type HostFactory = (post: (m: FromWorker) => void) => { receive(m: ToWorker): Promise<void> };

export function channelWorker(makeHost: HostFactory = (post) => new WorkerHost(post)): WorkerLike & { toWorker: ToWorker[]; fromWorker: FromWorker[]; terminated: boolean } {
  const { port1, port2 } = new MessageChannel();
  const host = makeHost((m) => port2.postMessage(m));
  const rec = {
    toWorker: [] as ToWorker[],
    fromWorker: [] as FromWorker[],
    terminated: false,
    onmessage: null as WorkerLike["onmessage"],
    onerror: null as WorkerLike["onerror"],
    postMessage(m: ToWorker) {
      rec.toWorker.push(m);
      port1.postMessage(m);
    },
    terminate() {
      rec.terminated = true;
      port1.close();
      port2.close();
    },
  };
  port2.on("message", (m: ToWorker) => void host.receive(m));
  port1.on("message", (m: FromWorker) => {
    rec.fromWorker.push(m);
    rec.onmessage?.({ data: m });
  });
  open.push(rec);
  return rec;
}

/** A worker that takes every message and never answers (a long engine call), to be cancelled. */
export function silentWorker(): WorkerLike & { terminated: boolean; runs: number } {
  const w = {
    terminated: false,
    runs: 0,
    onmessage: null as WorkerLike["onmessage"],
    onerror: null as WorkerLike["onerror"],
    postMessage(m: ToWorker) {
      if (m.type === "run") w.runs++;
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}
