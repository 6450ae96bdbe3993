// Runs LibreOffice headless as the peer: a private profile that recalculates every formula on load (a workbook
// written by another program is otherwise shown with its cached results), then a conversion to CSV, one file a sheet.
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** CSV export of every sheet (the last token, -1), UTF-8 (76), comma separated, formulas' results as shown. */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** The soffice command, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const cmd of [process.env.JILI_SOFFICE, "soffice", "libreoffice"]) {
    if (!cmd) continue;
    const r = spawnSync(cmd, ["--version"], { encoding: "utf8", timeout: 60_000 });
    if (r.status === 0) return cmd;
  }
  return null;
}

export function sofficeVersion(cmd: string): string {
  return execFileSync(cmd, ["--version"], { encoding: "utf8" }).trim().split("\n")[0];
}

export function prepareProfile(dir: string): string {
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return `file://${path.resolve(dir)}`;
}

/** Opens `file`, recalculates, writes one CSV per sheet into `outDir`; returns the wall time in ms. */
export function recalcToCsv(cmd: string, profileUrl: string, file: string, outDir: string): number {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, ["--headless", "--norestore", `-env:UserInstallation=${profileUrl}`, "--convert-to", CSV_ALL_SHEETS, "--outdir", outDir, file], {
    encoding: "utf8",
    timeout: 30 * 60_000,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return ms;
}

/** The CSV LibreOffice wrote for one sheet: <file stem>-<sheet>.csv */
export function sheetCsv(outDir: string, file: string, sheet: string): string[][] {
  const stem = path.basename(file, path.extname(file));
  const text = fs.readFileSync(path.join(outDir, `${stem}-${sheet}.csv`), "utf8");
  // the peer's sheets hold no commas, quotes or line breaks inside cells
  return text
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((l) => l.split(","));
}
