import { readFileSync } from "fs";
import { join } from "path";
import { analyseOfficeUses, compareVersions, holds, manifestSets, OfficeUse, sourceFiles } from "../support/officeApiSets";

/**
 * The requirement sets in manifest.xml match the code. Every Office.js member that the Excel face (src/excel), the
 * cell functions (src/functions) and the pane's entry (src/taskpane/index.tsx) use is resolved by the TypeScript
 * checker to its declaration in @types/office-js (or @types/custom-functions-runtime), whose `[Api set: …]` says
 * which set it needs. A member above the manifest's declared minimum must be called where an
 * `isSetSupported(...)` check guards it (test/support/officeApiSets.ts says what counts as a guard); the declared
 * ExcelApi minimum is the highest set called without one; README's "Which Excel runs Jili" names the same sets.
 */
const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const readme = readFileSync(join(root, "README.md"), "utf8");
const declared = manifestSets(manifest);

const FACE = /\/src\/(excel|functions)\/|\/src\/taskpane\/index\.tsx$/;

// Examples the check must get right, compiled in the same program from memory (never written to disk).
const FIXTURE = `${root.split("\\").join("/")}/test/excel/apiSetsFixture.virtual.ts`;
const fixture = `/// <reference types="office-js" />
declare const deps: { isSetSupported(name: string, version: string): boolean };
export function unguarded(sheet: Excel.Worksheet) {
  return sheet.notes; // FLAGGED
}
export function guardedByIf(sheet: Excel.Worksheet) {
  if (deps.isSetSupported("ExcelApi", "1.18")) return sheet.notes;
  return null;
}
export function guardTooLow(sheet: Excel.Worksheet) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.10")) return sheet.notes; // FLAGGED
  return null;
}
export function earlyReturn(sheet: Excel.Worksheet) {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.18")) return null;
  return sheet.notes;
}
export function elseBranch(sheet: Excel.Worksheet) {
  if (deps.isSetSupported("ExcelApi", "1.18")) return null;
  return sheet.notes; // FLAGGED
}
function byParameter(sheet: Excel.Worksheet, kind: "notes" | "none") {
  return kind === "notes" ? sheet.notes : null;
}
export function callsWithGuard(sheet: Excel.Worksheet) {
  return byParameter(sheet, deps.isSetSupported("ExcelApi", "1.18") ? "notes" : "none");
}
function oneCallerUnguarded(sheet: Excel.Worksheet, kind: "notes" | "none") {
  return kind === "notes" ? sheet.notes : null; // FLAGGED
}
export function first(sheet: Excel.Worksheet) {
  return oneCallerUnguarded(sheet, deps.isSetSupported("ExcelApi", "1.18") ? "notes" : "none");
}
export function second(sheet: Excel.Worksheet) {
  return oneCallerUnguarded(sheet, "notes");
}
export function emptyUnlessSupported(sheets: Excel.Worksheet[]) {
  return (deps.isSetSupported("ExcelApi", "1.18") ? sheets : []).map((ws) => ws.notes);
}
export function optionalChain(sheet: Excel.Worksheet) {
  const notes = deps.isSetSupported("ExcelApi", "1.18") ? sheet.notes : null;
  notes?.load("items");
  return notes;
}
export function setterOfAQualifiedMember(ws: Excel.Worksheet) {
  ws.visibility = "VeryHidden"; // FLAGGED (ExcelApi 1.1 to read, 1.2 to set)
  return ws.visibility;
}
`;
const flaggedLines = fixture.split("\n").flatMap((line, i) => (line.includes("// FLAGGED") ? [i + 1] : []));

/** needs a set above what is declared and what holds where it is used */
function unguarded(use: OfficeUse, manifestDeclares: Map<string, string>): boolean {
  if (!use.entry || !use.needs || use.featureTest) return false;
  if (manifestDeclares.has(use.needs.set) && compareVersions(manifestDeclares.get(use.needs.set)!, use.needs.version) >= 0) return false;
  return !holds(use.guard, use.needs);
}

function describeSet(v: { set: string; version: string } | null): string {
  return v ? `${v.set} ${v.version}` : "(no [Api set] annotation)";
}

/** the report a reader gets: each member with its set, and where and how it is guarded */
function listing(uses: OfficeUse[], manifestDeclares: Map<string, string>): string {
  const byMember = new Map<string, OfficeUse[]>();
  for (const u of uses) {
    const key = `${describeSet(u.needs)}\t${u.member}${u.write ? " (set)" : ""}`;
    byMember.set(key, [...(byMember.get(key) ?? []), u]);
  }
  const order = (a: string, b: string) => {
    const [x, y] = [a.split("\t")[0].split(" "), b.split("\t")[0].split(" ")];
    return x[0].localeCompare(y[0]) || compareVersions(x[1] ?? "0", y[1] ?? "0") || a.localeCompare(b);
  };
  const status = (u: OfficeUse): string => {
    if (u.featureTest) return "feature test";
    if (u.needs && holds(u.guard, u.needs)) return `guarded (${[...u.guard].map(([s, v]) => `${s} ${v}`).join(", ")})`;
    if (!unguarded(u, manifestDeclares)) return "no guard, within the manifest's sets";
    return "NO GUARD, ABOVE THE MANIFEST'S SETS";
  };
  const lines = [...byMember.keys()].sort(order).map((key) => {
    const list = byMember.get(key)!;
    const [set, member] = key.split("\t");
    let how: string;
    if (!list.some((u) => u.entry)) how = list[0].needs ? "same set as its object" : "";
    else {
      const groups = new Map<string, string[]>();
      for (const u of list.filter((x) => x.entry)) groups.set(status(u), [...(groups.get(status(u)) ?? []), `${u.file.replace(/^src\//, "")}:${u.line}`]);
      how = [...groups].map(([s, at]) => `${s}: ${at.join(", ")}`).join("; ");
    }
    return `${set.padEnd(28)} ${member.padEnd(58)} ${how}`.trimEnd();
  });
  return lines.join("\n");
}

describe("requirement sets: manifest.xml against the Office.js members the code calls", () => {
  let all: OfficeUse[];
  let uses: OfficeUse[];
  let fixtureUses: OfficeUse[];

  beforeAll(() => {
    all = analyseOfficeUses({
      root,
      programFiles: [...sourceFiles(join(root, "src")), FIXTURE],
      reportFiles: (f) => FACE.test(f) || f === FIXTURE,
      overrides: new Map([[FIXTURE, fixture]]),
    });
    uses = all.filter((u) => u.file.startsWith("src/"));
    fixtureUses = all.filter((u) => !u.file.startsWith("src/"));
  });

  test("the check finds an unguarded use, a guard too low, a guard on one caller only, and a setter; not the guarded ones", () => {
    const flagged = fixtureUses.filter((u) => unguarded(u, new Map([["ExcelApi", "1.1"]])));
    expect([...new Set(flagged.map((u) => u.line))].sort((a, b) => a - b)).toEqual(flaggedLines);
    expect(flagged.every((u) => u.needs?.set === "ExcelApi")).toBe(true);
    // the same uses pass once the manifest asks for ExcelApi 1.18
    expect(fixtureUses.filter((u) => unguarded(u, new Map([["ExcelApi", "1.18"]])))).toEqual([]);
  });

  test("lists every Office.js member the add-in calls, with the set its declaration names", () => {
    console.log(`Office.js members called by src/excel, src/functions and src/taskpane/index.tsx, by the [Api set] of their declarations in @types/office-js and @types/custom-functions-runtime (manifest declares ${[...declared].map(([s, v]) => `${s} ${v}`).join(", ")}):\n${listing(uses, declared)}`);
    // the declarations were found (an empty list would pass everything below)
    expect(uses.filter((u) => u.needs?.set === "ExcelApi").length).toBeGreaterThan(100);
    const member = (name: string) => uses.filter((u) => u.member === name);
    expect(member("Excel.Worksheet.notes").map((u) => describeSet(u.needs))).toContain("ExcelApi 1.18");
    expect(member("Excel.Workbook.comments").map((u) => describeSet(u.needs))).toContain("ExcelApi 1.10");
    expect(member("Excel.Range.getMergedAreasOrNullObject").map((u) => describeSet(u.needs))).toContain("ExcelApi 1.13");
  });

  test("notes (ExcelApi 1.18) and comments (ExcelApi 1.10) are used only where isSetSupported says so", () => {
    for (const [name, version] of [
      ["Excel.Worksheet.notes", "1.18"],
      ["Excel.Workbook.comments", "1.10"],
    ]) {
      const found = uses.filter((u) => u.member === name);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((u) => !holds(u.guard, { set: "ExcelApi", version })).map((u) => `${u.file}:${u.line}`)).toEqual([]);
    }
  });

  test("no member above the declared sets is called outside an isSetSupported guard", () => {
    const bad = uses.filter((u) => unguarded(u, declared)).map((u) => `${u.file}:${u.line} ${u.member} needs ${describeSet(u.needs)} [Api set: ${u.annotation}]`);
    expect(bad).toEqual([]);
  });

  test("the manifest's ExcelApi is the highest set called without a guard, SharedRuntime 1.1, CustomFunctionsRuntime what the functions call", () => {
    const needed = (set: string) =>
      uses
        .filter((u) => u.entry && u.needs?.set === set && !u.featureTest && !holds(u.guard, u.needs))
        .map((u) => u.needs!.version)
        .reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), "1.1");
    // equal, not only at least: a higher minimum than the code needs would turn away Excel versions that run Jili
    expect(`ExcelApi ${declared.get("ExcelApi")}`).toBe(`ExcelApi ${needed("ExcelApi")}`);
    expect(declared.get("SharedRuntime")).toBe("1.1");
    expect(declared.has("CustomFunctionsRuntime")).toBe(true);
    expect(compareVersions(declared.get("CustomFunctionsRuntime")!, needed("CustomFunctionsRuntime"))).toBeGreaterThanOrEqual(0);
  });

  test('README\'s "Which Excel runs Jili" names the sets the manifest declares', () => {
    const section = /## Which Excel runs Jili\n([\s\S]*?)(?=\n## )/.exec(readme)?.[1] ?? "";
    expect(section).not.toBe("");
    for (const [set, version] of declared) expect(section).toContain(`${set} ${version}`);
  });
});
