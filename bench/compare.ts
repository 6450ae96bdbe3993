// The engine of this tree against the engine of a git revision, run in turns in one process on the same rows:
// on a shared machine the load changes from second to second, and only turns side by side compare fairly.
// npx ts-node --transpile-only bench/compare.ts [revision=HEAD] [mobile|grouped] [size] [turns]
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { MOBILE_HEADERS, mobileRows, POSTAL_HEADERS, postalRows } from "./data";

const [revision = "HEAD", kind = "mobile", sizeArg = "100000", turnsArg = "30"] = process.argv.slice(2);
const root = path.join(__dirname, "..");
const sha = execFileSync("git", ["rev-parse", "--short", revision], { cwd: root, encoding: "utf8" }).trim();
const other = path.join(os.tmpdir(), `jili-compare-${sha}`);
if (!fs.existsSync(other)) {
  fs.mkdirSync(other, { recursive: true });
  // the revision's sources only: `git archive` leaves this clone's work tree and index alone
  execFileSync("sh", ["-c", `git archive ${sha} src | tar -x -C ${JSON.stringify(other)}`], { cwd: root });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(other, "node_modules"));
}

type Engine = { evaluate: (s: unknown, t: unknown) => { groups: (l: string) => unknown } };
type Presets = { getPreset: (id: string) => unknown };
/* eslint-disable @typescript-eslint/no-require-imports */
const load = (dir: string) => ({ engine: require(path.join(dir, "src/engine")) as Engine, presets: require(path.join(dir, "src/schemes")) as Presets });
const sides = [
  { name: `${sha} (${revision})`, ...load(other) },
  { name: "this tree", ...load(root) },
];
const size = Number(sizeArg);
const rows = kind === "mobile" ? mobileRows(size) : postalRows(size);
const headers = kind === "mobile" ? MOBILE_HEADERS : POSTAL_HEADERS;
const id = kind === "mobile" ? "mobile-retention" : "postal-client-maintenance";
const times = sides.map(() => [] as number[]);
for (let turn = 0; turn < Number(turnsArg); turn++) {
  // each side goes first every other turn
  for (const k of turn % 2 ? [0, 1] : [1, 0]) {
    const s = sides[k];
    const scheme = s.presets.getPreset(id);
    const t = performance.now();
    s.engine.evaluate(scheme, { headers, rows }).groups("person");
    times[k].push(performance.now() - t);
  }
}
const at = (t: number[], q: number) => [...t].sort((a, b) => a - b)[Math.floor(q * (t.length - 1))].toFixed(1);
for (const [k, s] of sides.entries()) console.log(`${s.name.padEnd(24)} min ${at(times[k], 0)} ms, quartile ${at(times[k], 0.25)} ms, median ${at(times[k], 0.5)} ms`);
