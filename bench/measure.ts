// Timing helpers shared by the benchmark sections: medians of repeated runs, the machine's description.
import os from "os";

/** Median wall time in milliseconds of `runs` calls of `fn` (after `warmup` untimed calls). */
export function medianMs(fn: () => unknown, runs: number, warmup = 1): number {
  return timedRuns(fn, runs, warmup).median;
}

/** The median and the fastest of `runs` timed calls after `warmup` untimed ones, in ms. */
export function timedRuns(fn: () => unknown, runs: number, warmup = 1): { median: number; fastest: number } {
  for (let k = 0; k < warmup; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { median: median(times), fastest: Math.min(...times) };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function machine(): { cpu: string; cores: number; node: string; date: string } {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model.trim() ?? "unknown CPU", cores: cpus.length, node: process.version, date: new Date().toISOString().slice(0, 10) };
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** One measured figure, as the sections hand it to bench/run.ts. */
export interface Figure {
  section: string;
  what: string;
  value: string;
  /** extra: runs, memory, checks */
  note?: string;
}

/** Sections run as child processes and print their figures as one JSON line prefixed with this tag. */
export const FIGURES_TAG = "JILI_BENCH_FIGURES ";

export function emit(figures: Figure[]): void {
  console.log(FIGURES_TAG + JSON.stringify(figures));
}

export const fmt = (n: number): string => Math.round(n).toLocaleString("en");
