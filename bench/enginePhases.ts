// Where an evaluation's time goes, step by step: evaluate() taken apart (read the cells, each step of the scheme,
// the per-person results), the fastest and the median of many runs of each.
// npx ts-node --transpile-only bench/enginePhases.ts [size=100000] [runs=40]
import { getPreset } from "../src/schemes";
import { readParams } from "../src/engine/evaluate/readParams";
import { mapColumns } from "../src/engine/evaluate/mapColumns";
import { Scope } from "../src/engine/evaluate/scope";
import { readFields } from "../src/engine/evaluate/readFields";
import { RunState } from "../src/engine/evaluate/runState";
import { runStep } from "../src/engine/steps/registry";
import { EvaluationResult } from "../src/engine/evaluate/result";
import { DEFAULT_ROUNDING } from "../src/engine/money/decimal";
import { MOBILE_HEADERS, mobileRows } from "./data";

const size = Number(process.argv[2] ?? 100000);
const runs = Number(process.argv[3] ?? 40);
const rows = mobileRows(size);
const scheme = getPreset("mobile-retention")!;
const part = scheme.parts[0];
const times = new Map<string, number[]>();
const timed = <T>(phase: string, work: () => T): T => {
  const t = performance.now();
  const out = work();
  const list = times.get(phase) ?? [];
  list.push(performance.now() - t);
  times.set(phase, list);
  return out;
};

for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const params = readParams(scheme, undefined).values;
  const mapping = mapColumns(part, MOBILE_HEADERS);
  const row = new Scope("row", rows.length);
  timed("read and check the cells", () => readFields(part, rows, mapping, row, params, true));
  const state = new RunState(scheme, part, row, params, scheme.rounding ?? DEFAULT_ROUNDING, true);
  for (const step of part.steps) timed(`step ${step.name} (${step.kind})`, () => runStep(step, state));
  const result = new EvaluationResult(scheme, part, state, mapping, MOBILE_HEADERS, null, []);
  timed("per-person results", () => result.groups("person"));
  const all = times.get("whole evaluation") ?? [];
  all.push(performance.now() - started);
  times.set("whole evaluation", all);
}

const at = (t: number[], q: number) => [...t].sort((a, b) => a - b)[Math.floor(q * (t.length - 1))];
console.log(`mobile-retention, ${size.toLocaleString("en")} rows, ${runs} runs: fastest and median ms`);
for (const [phase, t] of times) console.log(`${phase.padEnd(44)} ${at(t, 0).toFixed(2).padStart(8)} ${at(t, 0.5).toFixed(2).padStart(8)}`);
