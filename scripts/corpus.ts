// `npm run corpus [folder] [--keep dir]`: every workbook of a folder read by Jili and by SheetJS, and filled, with counts.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readInput } from "../src/cli/input";
import { run } from "../src/cli/main";
import { CliError } from "../src/cli/messages";
import { RawCell } from "../src/engine";
import { strictlyBrokenParts } from "../test/cli/support/packages";
import { smallScheme } from "../test/cli/support/smallScheme";
import { differences, readReference } from "./corpus/reference";

/**
 * Reads every workbook in the folder (default ../shared/corpus/xlsx) with Jili's reader and with SheetJS, and
 * prints every difference; fills each one that has a text cell to head a column with a small scheme reading that
 * column, parses every XML part of the output strictly and compares the user's cells before and after (as SheetJS
 * reads them). Exit 1 on a crash, a corrupt output or a changed user cell; refusals with a message are counted.
 * Outputs are kept in --keep (default a temporary folder) for LibreOffice.
 */
interface Counts {
  [key: string]: number;
}

const WORKBOOK = /\.(xlsx|xlsm|xls|xlsb|ods|et)$/i;

function firstLine(e: unknown): string {
  return (e instanceof CliError ? e.message : e instanceof Error ? e.message : String(e)).split("\n")[0];
}

/** The first text cell of the first 30 rows of any sheet: what the small scheme reads. */
function headerText(sheets: { cells: RawCell[][] }[]): string | null {
  for (const s of sheets) for (const line of s.cells.slice(0, 30)) for (const v of line) if (typeof v === "string" && v.trim() && !v.startsWith("Jili·")) return v.trim();
  return null;
}

/** Cells of the user's sheets that differ between before and after, Jili's columns (headed `Jili·`) left out. */
function changedUserCells(before: ReturnType<typeof readReference>, after: ReturnType<typeof readReference>): string[] {
  const changed: string[] = [];
  for (const b of before) {
    const a = after.find((s) => s.name === b.name);
    if (!a) {
      changed.push(`sheet ${b.name} is gone`);
      continue;
    }
    const jili = new Set<number>();
    a.cells.slice(0, 30).forEach((line) => line.forEach((v, c) => typeof v === "string" && v.startsWith("Jili·") && jili.add(c)));
    b.cells.forEach((line, r) =>
      line.forEach((v, c) => {
        if (jili.has(c)) return;
        const w = a.cells[r]?.[c] ?? null;
        const same = v instanceof Date && w instanceof Date ? v.getTime() === w.getTime() : v === w;
        if (!same) changed.push(`${b.name} row ${r + 1} col ${c + 1}: ${String(v)} → ${String(w)}`);
      }),
    );
  }
  return changed;
}

async function fillOne(file: string, header: string, keep: string, counts: Counts, report: string[]): Promise<void> {
  const scheme = path.join(keep, ".scheme.json");
  fs.writeFileSync(scheme, JSON.stringify(smallScheme(header)));
  // an .xlsx or .xlsm is written as its own type; a legacy workbook as a new .xlsx
  const ext = /\.xls[xm]$/i.test(file) ? path.extname(file) : ".xlsx";
  const out = path.join(keep, `${path.basename(file).replace(/\.[^.]+$/, "")}.${path.extname(file).slice(1)}.jili${ext}`);
  let stderr = "";
  let code: number;
  try {
    code = await run(["fill", file, "-s", scheme, "--out", out, "--lang", "en-US"], { out: () => undefined, err: (s) => (stderr += s) });
  } catch (e) {
    counts.fillCrashed++;
    report.push(`  fill CRASHED: ${firstLine(e)}`);
    return;
  }
  if (code === 2 && /Internal error/.test(stderr)) {
    counts.fillCrashed++;
    report.push(`  fill CRASHED: ${stderr.split("\n").find((l) => /Internal error/.test(l))}`);
    return;
  }
  if (code === 2) {
    counts.fillRefused++;
    report.push(`  fill refused: ${stderr.split("\n").find((l) => /^[A-Z]/.test(l)) ?? stderr.split("\n")[0]}`);
    return;
  }
  if (!fs.existsSync(out)) {
    counts.fillCrashed++;
    report.push(`  fill ended ${code} without writing ${out}`);
    return;
  }
  const bytes = fs.readFileSync(out);
  const broken = await strictlyBrokenParts(bytes);
  if (broken.length) {
    counts.corrupt++;
    report.push(`  CORRUPT OUTPUT: ${broken.join("; ")}`);
    return;
  }
  const changed = changedUserCells(readReference(fs.readFileSync(file)), readReference(bytes));
  if (changed.length) {
    counts.changed++;
    report.push(`  CHANGED USER CELLS (${changed.length}): ${changed.slice(0, 5).join("; ")}`);
    return;
  }
  counts.filled++;
}

async function checkOne(file: string, keep: string, counts: Counts, report: string[]): Promise<void> {
  report.push(path.basename(file));
  let jili;
  try {
    jili = (await readInput(file)).sheets;
  } catch (e) {
    if (e instanceof CliError) {
      counts.refused++;
      report.push(`  refused: ${firstLine(e)}`);
    } else {
      counts.crashed++;
      report.push(`  read CRASHED: ${firstLine(e)}`);
    }
    return;
  }
  let ref;
  try {
    ref = readReference(fs.readFileSync(file));
  } catch (e) {
    report.push(`  the reference cannot read it: ${firstLine(e)}`);
    ref = null;
  }
  const diff = ref ? differences(jili, ref) : [];
  if (diff.length) {
    counts.differ++;
    for (const d of diff) report.push(`  differs: ${d}`);
  } else counts.agree++;
  const header = headerText(jili);
  if (header) await fillOne(file, header, keep, counts, report);
  else {
    counts.fillSkipped++;
    report.push("  not filled: no text cell to head a column");
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const k = args.indexOf("--keep");
  const keep = k >= 0 ? args.splice(k, 2)[1] : fs.mkdtempSync(path.join(os.tmpdir(), "jili-corpus-"));
  const folder = args[0] ?? path.join(__dirname, "..", "..", "shared", "corpus", "xlsx");
  if (!fs.existsSync(folder)) {
    console.error(`no folder ${folder}`);
    return 2;
  }
  fs.mkdirSync(keep, { recursive: true });
  const files = fs.readdirSync(folder).filter((f) => WORKBOOK.test(f)).sort();
  const counts: Counts = { agree: 0, differ: 0, refused: 0, crashed: 0, filled: 0, fillRefused: 0, fillSkipped: 0, fillCrashed: 0, corrupt: 0, changed: 0 };
  const report: string[] = [];
  for (const f of files) await checkOne(path.join(folder, f), keep, counts, report);
  fs.rmSync(path.join(keep, ".scheme.json"), { force: true });
  console.log(report.join("\n"));
  console.log(`\n${files.length} workbooks in ${folder}`);
  console.log(`read:  ${counts.agree} agree, ${counts.differ} differ, ${counts.refused} refused with a message, ${counts.crashed} crashed`);
  console.log(`fill:  ${counts.filled} filled and checked, ${counts.fillRefused} refused with a message, ${counts.fillSkipped} not filled (no header), ${counts.fillCrashed} crashed, ${counts.corrupt} corrupt outputs, ${counts.changed} with changed user cells`);
  console.log(`outputs kept in ${keep}`);
  return counts.crashed + counts.fillCrashed + counts.corrupt + counts.changed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
