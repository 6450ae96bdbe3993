// `npm run bench`: every section in its own process (so each memory peak is its own), one table printed, and the
// figures appended to BENCHMARKS.md with the machine, core count, date and Node version.
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { Figure, FIGURES_TAG, machine } from "./measure";

const root = path.join(__dirname, "..");
const quick = process.argv.includes("--quick");
// --only <text>: the sections whose title contains it (e.g. --only CLI); nothing is appended to BENCHMARKS.md
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

const SECTIONS: { title: string; args: string[]; env?: Record<string, string> }[] = [
  { title: "engine 10k", args: ["engine.ts", "mobile", "10000"] },
  { title: "engine 100k", args: ["engine.ts", "mobile", "100000"] },
  ...(quick ? [] : [{ title: "engine 1M", args: ["engine.ts", "mobile", "1000000"] }]),
  { title: "engine grouped", args: ["engine.ts", "grouped", "25000"] },
  { title: "custom functions", args: ["functions.ts"] },
  { title: "task pane", args: ["taskpane.ts", quick ? "10000" : "100000"] },
  // the whole sheet through the pane's adapter on the simulated host: once (≈ 45 s)
  ...(quick ? [] : [{ title: "task pane full sheet", args: ["taskpane.ts", "1048575"], env: { JILI_BENCH_PANE_RUNS: "1" } }]),
  // the pane's statements: made as its worker makes them, written by the Excel adapter on the simulated host
  { title: "task pane statements", args: ["paneStatements.ts", quick ? "10000" : "100000"], env: { NODE_OPTIONS: "--expose-gc" } },
  // at the full sheet they take two sheets; the simulated workbook (Excel's memory, not the pane's) holds every cell
  // of both and outgrows V8's default 4 GB heap, so this process may take 16 GB
  ...(quick ? [] : [{ title: "task pane statements full sheet", args: ["paneStatements.ts", "1048575"], env: { NODE_OPTIONS: "--expose-gc --max-old-space-size=16384" } }]),
  // the pane's longest main-thread task in Chromium, before and after the engine worker (builds two previews)
  ...(quick ? [] : [{ title: "pane thread", args: ["paneThread.ts", "20000", "100000"] }]),
  { title: "CLI and peer", args: ["endToEnd.ts", quick ? "10000" : "100000"] },
  ...(quick ? [] : [{ title: "full sheet", args: ["fullSheet.ts"] }]),
];

function runSection(args: string[], env: Record<string, string> = {}): Figure[] {
  const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(__dirname, args[0]), ...args.slice(1)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true", ...env },
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith(FIGURES_TAG));
  if (!line) throw new Error(`bench/${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice(FIGURES_TAG.length)) as Figure[];
}

function table(figures: Figure[], stamp: string): string {
  const lines = ["| date | machine | runtime | section | measured | result | notes |", "|---|---|---|---|---|---|---|"];
  for (const f of figures) lines.push(`${stamp} ${f.section} | ${f.what} | ${f.value} | ${f.note ?? ""} |`);
  return lines.join("\n");
}

// the command line as `npm ci` leaves it: compiled from the sources as they are now (else bin/jili.js would run the
// TypeScript sources, slower to start, whenever a source changed since the last build)
const build = spawnSync(process.execPath, [path.join(root, "scripts", "build-cli.js")], { cwd: root, encoding: "utf8" });
if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);

const m = machine();
const stamp = `| ${m.date} | ${m.cpu} × ${m.cores} | Node ${m.node} |`;
const loadAtStart = os.loadavg()[0];
const figures: Figure[] = [];
for (const s of SECTIONS.filter((x) => !only || x.title.toLowerCase().includes(only.toLowerCase()))) {
  process.stderr.write(`bench: ${s.title}…\n`);
  figures.push(...runSection(s.args, s.env));
}
const text = table(figures, stamp);
console.log(text);
if (!quick && !only) {
  const file = path.join(root, "BENCHMARKS.md");
  const loadAtEnd = os.loadavg()[0];
  // the one-minute load before the first section shows whether other work shared the cores; at the end it
  // includes the bench's own LibreOffice and node processes
  const shared = loadAtStart > m.cores ? ": above the core count, other processes shared the machine" : "";
  fs.appendFileSync(file, `\n### npm run bench — ${m.date}, ${m.cpu} × ${m.cores}, Node ${m.node} (load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end${shared})\n\n${text}\n`);
  process.stderr.write(`bench: appended to ${file}\n`);
}
if (figures.some((f) => f.value === "MISMATCH")) process.exitCode = 1;
