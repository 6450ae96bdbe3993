// Where a `jili fill` of an .xlsx spends its time, phase by phase, in one fresh process (the same calls the CLI
// makes: src/cli/commands.ts fillCommand). Prints one JSON line: milliseconds per phase.
// Run alone: npx ts-node --transpile-only bench/cliPhases.ts <file.xlsx> <out.xlsx> [scheme]
import fs from "fs";
import { buildFillPlan, evaluateWithVersions } from "../src/engine";
import { readInput, selectTable } from "../src/cli/input";
import { resolveScheme } from "../src/cli/scheme";
import { startLayout } from "../src/cli/xlsx/earlyLayout";
import { fillXlsx } from "../src/cli/xlsx/fill";

async function main(): Promise<void> {
  const [file, out, schemeId = "mobile-retention"] = process.argv.slice(2);
  const ms: Record<string, number> = {};
  let t = process.hrtime.bigint();
  const lap = (name: string) => {
    const now = process.hrtime.bigint();
    ms[name] = Number(now - t) / 1e6;
    t = now;
  };
  const scheme = resolveScheme(schemeId);
  const input = await readInput(file);
  const table = selectTable(scheme, input, {});
  // as the CLI does: the data sheet's layout is found on the XML worker while the engine evaluates
  const early = await startLayout(input.bytes, table.sheet);
  lap("read");
  const result = evaluateWithVersions(scheme, { headers: table.headers, rows: table.rows, rowNumbers: table.rowNumbers }, { part: table.part.id, params: {} });
  lap("evaluate");
  const plan = buildFillPlan(result, "zh-CN");
  lap("fill plan");
  const bytes = await fillXlsx(input.bytes, { sheet: table.sheet, headerRow: table.headerRow + 1, rowNumbers: table.rowNumbers, ownedHeaders: table.ownedHeaders }, plan, "zh-CN", early);
  fs.writeFileSync(out, bytes);
  lap("write");
  console.log(JSON.stringify(ms));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
