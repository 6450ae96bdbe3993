import type { WorkerLike } from "./workerEngine";

/**
 * Starts the engine worker. Kept in its own module, loaded only where `Worker` exists: webpack 5 turns this exact
 * `new Worker(new URL(…, import.meta.url))` into a worker chunk of the pane's bundle, while Node and jsdom (which
 * read the code as CommonJS, where import.meta does not exist) never load it.
 */
export function spawnEngineWorker(): WorkerLike {
  // @ts-expect-error -- import.meta: the project type-checks as CommonJS; webpack compiles this file as ES2020
  return new Worker(new URL("./engineWorker.ts", import.meta.url), { name: "jili-engine" }) as unknown as WorkerLike;
}
