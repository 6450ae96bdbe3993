// REWARD and CHECK in one synchronous call (WPS, and the inline path): the main thread's half, then the pure half.
import { Result } from "./rowFunctions";
import { computeTable } from "./tableCompute";
import { checkJob, rewardJob } from "./tableJob";

/**
 * A scheme's named output for each row of a range: a row output, or the row's group total (e.g. the person's bonus).
 * The scheme is a preset, a document, or the workbook's own (chooseScheme); `part` and `params` as chooseScheme reads them.
 */
export function rewardRows(scheme: unknown, output: unknown, values: unknown, headers?: unknown, part?: unknown, params?: unknown): Result[] {
  return computeTable(rewardJob(scheme, output, values, headers, part, params));
}

/** Why each row is excluded, invalid or pending (zh-CN / en-US); "" when the row is fine. */
export function checkRows(scheme: unknown, values: unknown, headers?: unknown, part?: unknown, params?: unknown): Result[] {
  return computeTable(checkJob(scheme, values, headers, part, params));
}
