/*
 * REWARD and CHECK as Excel calls them: asynchronous. The main thread's half runs at once, in the call (the scheme
 * chosen from the workbook's or a preset, the output looked up, the arguments read), and a call that cannot run
 * answers with its error cell there; the evaluation of the range goes to the cell engine (a worker, or inline).
 * WPS calls the synchronous JILI_CALLS (calls.ts): it has no asynchronous custom functions.
 */
import { cellEngine } from "./cellEngine";
import { errorColumn } from "./tableCompute";
import { checkJob, rewardJob, TableJob } from "./tableJob";

async function computed(prepare: () => TableJob): Promise<unknown[][]> {
  let job: TableJob;
  try {
    job = prepare();
  } catch (e) {
    return errorColumn(e);
  }
  try {
    return await cellEngine().table(job);
  } catch (e) {
    return errorColumn(e);
  }
}

/** Same ids and parameters as JILI_CALLS.REWARD and .CHECK; results the same column, as a Promise. */
export const JILI_TABLE_CALLS = {
  REWARD: (scheme: unknown, output: unknown, values: unknown, headers?: unknown, part?: unknown, params?: unknown) => computed(() => rewardJob(scheme, output, values, headers, part, params)),
  CHECK: (scheme: unknown, values: unknown, headers?: unknown, part?: unknown, params?: unknown) => computed(() => checkJob(scheme, values, headers, part, params)),
} as const;
