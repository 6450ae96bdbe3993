// CLI end to end (`jili fill` on a 100 000-row .xlsx, 500 people) against the peer: the same rows with the rules as
// native formulas, recalculated headless by LibreOffice. The peer's results are checked equal to Jili's first.
// Run alone: npx ts-node --transpile-only bench/endToEnd.ts [rows]
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { generateApart } from "./generate";
import { emit, Figure, fmt, median } from "./measure";
import { findSoffice, prepareProfile, recalcToCsv, sheetCsv, sofficeVersion } from "./libreoffice";
import { comparePeer, JiliJson } from "./peerCheck";
import { ORDERS_SHEET, PEOPLE_SHEET } from "./workbooks";

const ROWS = Number(process.argv[2] ?? 100_000);
const CLI_RUNS = Number(process.env.JILI_BENCH_CLI_RUNS ?? 3);
const PEER_RUNS = Number(process.env.JILI_BENCH_PEER_RUNS ?? 3);
const root = path.join(__dirname, "..");

function jiliFill(input: string, out: string, json: boolean): { ms: number; stdout: string } {
  const args = [path.join(root, "bin", "jili.js"), "fill", input, "--scheme", "mobile-retention", "--out", out, ...(json ? ["--json"] : [])];
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`jili fill failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jili-bench-"));
  workDir = dir;
  const orders = path.join(dir, `orders-${ROWS}.xlsx`);
  const peerFile = path.join(dir, `peer-${ROWS}.xlsx`);
  generateApart(["orders", ROWS, orders], ["peer", ROWS, peerFile]);
  const figures: Figure[] = [];

  // untimed first run: fills the launcher's transpile cache and gives the results the peer is checked against
  const jili = JSON.parse(jiliFill(orders, path.join(dir, "check.xlsx"), true).stdout) as JiliJson;
  const times: number[] = [];
  for (let k = 0; k < CLI_RUNS; k++) times.push(jiliFill(orders, path.join(dir, "filled.xlsx"), false).ms);
  const jiliMs = median(times);
  figures.push({
    section: "cli",
    what: `jili fill, ${fmt(ROWS)} rows × 10 columns, 500 people (.xlsx ${(fs.statSync(orders).size / 1e6).toFixed(1)} MB → ${(fs.statSync(path.join(dir, "filled.xlsx")).size / 1e6).toFixed(1)} MB)`,
    value: `${(jiliMs / 1000).toFixed(2)} s`,
    note: `whole process: start, read, evaluate, write; median of ${CLI_RUNS} (${times.map((x) => (x / 1000).toFixed(2)).join(", ")} s)`,
  });
  // the same fill phase by phase (bench/cliPhases.ts, one fresh process each run): what limits the figure
  const phases: Record<string, number[]> = {};
  for (let k = 0; k < CLI_RUNS; k++) {
    const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(__dirname, "cliPhases.ts"), orders, path.join(dir, "phases.xlsx")], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
    });
    if (r.status !== 0) throw new Error(`bench/cliPhases.ts failed (${r.status}): ${r.stderr}`);
    for (const [name, ms] of Object.entries(JSON.parse(r.stdout.trim().split("\n").pop() as string) as Record<string, number>)) (phases[name] ??= []).push(ms);
  }
  figures.push({
    section: "cli",
    what: `jili fill, ${fmt(ROWS)} rows, phase by phase (bench/cliPhases.ts, in one process; start-up not included)`,
    value: Object.entries(phases)
      .map(([name, list]) => `${name} ${(median(list) / 1000).toFixed(2)} s`)
      .join(", "),
    note: `medians of ${CLI_RUNS}; read = unzip + sheet XML → cells + table; write = patch the sheet, deflate, zip`,
  });

  // JILI_BENCH_NO_PEER=1: the CLI figures only (the peer takes minutes)
  if (process.env.JILI_BENCH_NO_PEER) {
    figures.push({ section: "peer", what: "LibreOffice recalculation", value: "skipped", note: "JILI_BENCH_NO_PEER is set" });
    emit(figures);
    return;
  }
  const soffice = findSoffice();
  if (!soffice) {
    figures.push({ section: "peer", what: "LibreOffice recalculation", value: "skipped", note: "LibreOffice not found: apt-get install -y libreoffice-calc (see BENCHMARKS.md)" });
    emit(figures);
    return;
  }
  const profile = prepareProfile(path.join(dir, "lo-profile"));
  const outDir = path.join(dir, "peer-out");
  // the first start creates the profile: untimed, and its results are the ones checked
  recalcToCsv(soffice, profile, peerFile, outDir);
  const problems = comparePeer(jili, sheetCsv(outDir, peerFile, ORDERS_SHEET), sheetCsv(outDir, peerFile, PEOPLE_SHEET));
  if (problems.length) {
    figures.push({ section: "peer", what: "LibreOffice results differ from Jili's: no time reported", value: "MISMATCH", note: problems.join("; ") });
    emit(figures);
    process.exitCode = 1;
    return;
  }
  const peerTimes: number[] = [];
  for (let k = 0; k < PEER_RUNS; k++) peerTimes.push(recalcToCsv(soffice, profile, peerFile, outDir));
  const peerMs = median(peerTimes);
  const loadOnly = recalcToCsv(soffice, profile, orders, path.join(dir, "load-out"));
  figures.push({
    section: "peer",
    what: `${sofficeVersion(soffice)}: open, recalculate, save the formula version (IF/AND per row, COUNTIFS/SUMIFS/MIN/MAX per person-month)`,
    value: `${(peerMs / 1000).toFixed(2)} s`,
    note: `median of ${PEER_RUNS}; results checked equal to Jili's (${fmt(jili.rows.length)} rows, ${fmt(jili.groups.length)} person-months); the same sheet without formulas: ${(loadOnly / 1000).toFixed(2)} s`,
  });
  figures.push({ section: "ratio", what: "peer / Jili, same run (LibreOffice recalculation ÷ jili fill)", value: `${(peerMs / jiliMs).toFixed(1)}×`, note: "target ≥ 50× (issue 22)" });
  emit(figures);
}

let workDir: string | null = null;
main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => {
    // the workbooks, the peer's CSV and LibreOffice's profile: kept only when asked (JILI_BENCH_KEEP=1)
    if (workDir && !process.env.JILI_BENCH_KEEP) fs.rmSync(workDir, { recursive: true, force: true });
    else if (workDir) console.error(`bench files kept in ${workDir}`);
  });
