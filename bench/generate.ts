// Writes the bench's workbooks in a process of its own, so the process that times `jili` afterwards has not just made
// (and still has to collect) a million rows of garbage: generated in the timing process, the first fills measured
// 10–25 % slower than the same fills run alone (BENCHMARKS.md, 2026-12-07).
// Run: npx ts-node --transpile-only bench/generate.ts <orders|peer> <rows> <file.xlsx> [<orders|peer> <rows> <file> …]
import { spawnSync } from "child_process";
import path from "path";
import { mobileRows } from "./data";
import { writeOrders, writePeer } from "./workbooks";

type Kind = "orders" | "peer";

/** Each workbook asked for, in a child process that ends before this returns. */
export function generateApart(...jobs: [Kind, number, string][]): void {
  const args = jobs.flatMap(([kind, rows, file]) => [kind, String(rows), file]);
  const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", __filename, ...args], { encoding: "utf8", cwd: path.join(__dirname, "..") });
  if (r.status !== 0) throw new Error(`bench/generate.ts failed (${r.status}): ${r.stderr}`);
}

async function main(argv: string[]): Promise<void> {
  // rows are made once per size: orders and peer of the same size are the same rows
  const made = new Map<number, string[][]>();
  for (let k = 0; k + 2 < argv.length; k += 3) {
    const [kind, n, file] = [argv[k] as Kind, Number(argv[k + 1]), argv[k + 2]];
    if (!made.has(n)) made.set(n, mobileRows(n));
    const rows = made.get(n) as string[][];
    if (kind === "orders") await writeOrders(file, rows);
    else if (kind === "peer") await writePeer(file, rows);
    else throw new Error(`unknown workbook kind ${kind}`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
