import * as fs from "fs";
import * as path from "path";
import { buildStatements, Dec, describeScheme, fillForMainSheet, splitStatementSheet, SHEET_MAX_ROWS, type StatementSheet, personTotalTable, runPersonTotals, Lang, layoutStatements, moneyFormat, moneyText, parseParamAssignments, unsetParams } from "../engine";
import { getPreset, presetIds } from "../schemes";
import { kindOf, readInput, warmForInput, type DataTable, type InputFile } from "./input";
import { selectTable } from "./input";
import { jsonDocument } from "./jsonDoc";
import { CliError, EXIT, say } from "./messages";
import { Progress } from "./progress";
import { summaryBlock, validationText } from "./report";
import { Run, runScheme } from "./run";
import { loadSchemeArg } from "./scheme";
import { textTable } from "./textTable";
import { statementsWorkbook } from "./statementsXlsx";
import { legacyToXlsx } from "./legacy/readLegacy";
import { fillCsv } from "./writeCsv";
import { EARLY_LAYOUT_MAX_BYTES, EarlyLayout, startLayout } from "./xlsx/earlyLayout";
import { fillXlsx } from "./xlsx/fill";
import { sheetNameFor, workbookFromCsv } from "./xlsx/fromCsv";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface DataOptions {
  scheme: string;
  sheet?: string[];
  part?: string;
  param: string[];
  /** `field=column` choices */
  map?: string[];
  /** `field=value` confirmations for the whole sheet */
  assume?: string[];
  json?: boolean;
  lang: Lang;
}

interface Prepared {
  run: Run;
  input: Awaited<ReturnType<typeof readInput>>;
  progress: Progress;
}

/** `afterRead`: work to start once the table is found, before the engine runs (fill starts the sheet's layout). */
async function prepare(file: string, opts: DataOptions, io: Io, afterRead?: (input: InputFile, table: DataTable) => Promise<void>): Promise<Prepared> {
  warmForInput(file);
  const scheme = await loadSchemeArg(opts.scheme);
  const params = parseParamAssignments(opts.param);
  const input = await readInput(file);
  const table = selectTable(scheme, input, { sheet: opts.sheet, part: opts.part });
  await afterRead?.(input, table);
  const progress = new Progress(table.rows.length, opts.lang, io.err);
  progress.step("progressRead");
  const run = runScheme(scheme, table, { params, map: opts.map ?? [], assume: opts.assume ?? [] }, opts.lang);
  if (scheme.personTotal?.from.some((c) => c.part === table.part.id) && input.kind !== "csv") {
    run.personTotal = runPersonTotals(scheme, input.sheets, { part: table.part.id, sheet: table.sheet, run: { part: table.part.id, result: run.result } }, params, opts.lang);
  }
  progress.step("progressEval");
  const masked = unsetParams(scheme, params);
  if (masked.length && !opts.json) io.err(say(opts.lang, "maskedParams", { params: masked.join(", ") }) + "\n");
  return { run, input, progress };
}

const exitFor = (run: Run) => (run.plan.stats.invalid > 0 ? EXIT.INVALID_ROWS : EXIT.OK);

export async function validateCommand(file: string, opts: DataOptions, io: Io): Promise<number> {
  const { run } = await prepare(file, opts, io);
  if (opts.json) io.out(JSON.stringify(jsonDocument("validate", file, run), null, 2) + "\n");
  else io.out(validationText(run, file, opts.lang) + "\n");
  return exitFor(run);
}

export async function summaryCommand(file: string, opts: DataOptions, io: Io): Promise<number> {
  const { run } = await prepare(file, opts, io);
  if (opts.json) io.out(JSON.stringify(jsonDocument("summary", file, run), null, 2) + "\n");
  else io.out(summaryBlock(run, opts.lang) + "\n");
  return exitFor(run);
}

export function defaultOut(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.jili${kindOf(file) === "csv" ? ".csv" : ext}`);
}

/**
 * Writes the whole output to a temporary file next to the target, then renames it over the target: a run that fails
 * (disk full, file locked, killed) leaves the old file as it was and no half-written one. The temporary file is removed
 * on failure.
 */
export function writeAtomically(file: string, bytes: Buffer): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      if (fs.existsSync(tmp)) fs.unlinkSync(tmp);
    } catch {
      // the temporary file could not be removed either; the target is still untouched
    }
    throw new CliError("writeFailed", { file, detail: (e as Error).message });
  }
}

export async function fillCommand(file: string, opts: DataOptions & { out?: string }, io: Io): Promise<number> {
  const inKind = kindOf(file);
  // a legacy workbook (.xls, .xlsb, .ods, .et) is never rewritten: the fill goes to a new .xlsx beside it
  const out = opts.out ?? (inKind === "legacy" ? legacyOut(file) : defaultOut(file));
  const outKind = kindOf(out);
  if (inKind === "legacy" && path.extname(out).toLowerCase() !== ".xlsx") throw new CliError("legacyOut", { file: out, format: path.extname(file).toLowerCase() });
  if (!outKind || path.extname(out).toLowerCase() === ".txt") throw new CliError("outType", { file: out });
  if (inKind === "xlsx" && path.extname(out).toLowerCase() !== path.extname(file).toLowerCase()) {
    throw new CliError("outXlsxFromXlsx", { file: out, ext: path.extname(file).toLowerCase() });
  }
  // an .xlsx's data sheet: where its rows and cells are is found on the second core while the engine evaluates —
  // or, for a sheet too large for both in memory at once, once the engine's run is over (earlyLayout.ts)
  let early: EarlyLayout | undefined;
  const startEarly = async (read: InputFile, found: DataTable) => {
    if (read.kind === "xlsx") early = await startLayout(read.bytes, found.sheet, EARLY_LAYOUT_MAX_BYTES);
  };
  const { run, input, progress } = await prepare(file, opts, io, startEarly);
  const { table } = run;
  if (!early && input.kind === "xlsx") early = await startLayout(input.bytes, table.sheet);
  // the main sheet's rows: a wide row's weeks share one row, rows only in a joined table are not on it
  const onSheet = fillForMainSheet(table, run.plan, opts.lang);
  const plan = { ...run.plan, columns: onSheet.columns };
  if (run.personTotal) plan.personTotal = personTotalTable(run.personTotal.totals, opts.lang, moneyFormat(run.scheme.rounding.scale));
  const target = { sheet: table.sheet, headerRow: table.headerRow + 1, rowNumbers: onSheet.rowNumbers, ownedHeaders: table.ownedHeaders };
  // the report is made before the write, which then needs no row of cells (a workbook is patched from its bytes)
  const note = input.legacy ? `${say(opts.lang, "legacyWritten", { format: input.legacy.format, file: out })}\n` : "";
  const report = opts.json ? JSON.stringify(jsonDocument("fill", file, run, out), null, 2) + "\n" : `${summaryBlock(run, opts.lang)}\n\n${note}${say(opts.lang, "written", { file: out })}\n`;
  if (input.kind !== "csv") releaseCells(input, table);
  let bytes: Buffer;
  if (input.kind === "xlsx") bytes = await fillXlsx(input.bytes, target, plan, opts.lang, early);
  else if (input.legacy) bytes = await fillXlsx(legacyToXlsx(input.legacy.book), target, plan, opts.lang);
  else if (outKind === "csv") bytes = fillCsv(input.sheets[0].cells, table.headerRow, onSheet.rowNumbers, new Set(table.ownedHeaders.keys()), plan);
  else {
    const name = sheetNameFor(table.sheet);
    const base = await workbookFromCsv(input.sheets[0].cells, name);
    bytes = await fillXlsx(base, { ...target, sheet: name }, plan, opts.lang);
  }
  writeAtomically(out, bytes);
  progress.step("progressWrite");
  io.out(report);
  return exitFor(run);
}

/**
 * Lets the sheets' cells go before the write: the evaluation's result holds what it needs of them, and a full sheet's
 * rows of JS values are ≈ 0.2 GB of the fill's peak (1.68 → 1.46 GB measured at 1 048 575 rows, BENCHMARKS.md).
 */
function releaseCells(input: InputFile, table: { rows: unknown[][] }): void {
  input.sheets = [];
  table.rows = [];
}

/** `<name>.jili.xlsx` beside a legacy workbook. */
function legacyOut(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.jili.xlsx`);
}

export function statementsOut(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.statements.xlsx`);
}

/**
 * The statements sheet as the sheets it is written on: one, or — longer than a worksheet — several, cut between two
 * people's statements (the engine's splitStatementSheet). A statement that alone is longer than a worksheet is
 * refused before anything is written, in both languages.
 */
export function statementSheets(sheet: StatementSheet, taken: (name: string) => boolean): StatementSheet[] {
  const sheets = splitStatementSheet(sheet, taken);
  if ("tooLong" in sheets) throw new CliError("statementsTooLong", { subject: sheets.subject, rows: sheets.rows, max: SHEET_MAX_ROWS });
  return sheets;
}

/**
 * `jili statements`: per-person statements (个人奖励明细) in a new workbook — one sheet with each person's rows,
 * explanations and total, a page break before each person, A4 — and the summary sheet of the same run.
 */
export async function statementsCommand(file: string, opts: DataOptions & { out?: string }, io: Io): Promise<number> {
  const out = opts.out ?? statementsOut(file);
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new CliError("statementsOutType", { file: out });
  if (path.resolve(out) === path.resolve(file)) throw new CliError("statementsOutIsInput", { file: out });
  const { run, progress } = await prepare(file, opts, io);
  const { plan, scheme } = run;
  const laid = laidOutStatements(run, opts.lang, () => progress.step("progressStatements"));
  writeAtomically(out, await statementsWorkbook(laid.sheets, plan.summary));
  progress.step("progressWrite");
  const { lines, names } = laid;
  if (opts.json) {
    const doc = { ...jsonDocument("summary", file, run, out), command: "statements", statementsSheet: laid.name, statementsSheets: names, statements: laid.statements };
    io.out(JSON.stringify(doc, null, 2) + "\n");
    return exitFor(run);
  }
  const L = opts.lang === "zh-CN";
  const headers = [...laid.subjectTitles, L ? "期间" : "Periods", L ? "行数" : "Rows", laid.totalTitle ?? (L ? "合计" : "Total")];
  const rows = lines.map((s) => [...s.subject, s.periods.join(L ? "、" : ", "), String(s.rows), s.totalText]);
  const numeric = headers.map((_, i) => i >= headers.length - 2);
  const orientation = laid.orientation === "portrait" ? (L ? "纵向" : "portrait") : L ? "横向" : "landscape";
  const sheet = names.join(L ? "、" : ", ");
  const done =
    laid.grandTotal === null
      ? say(opts.lang, "statementsWrittenNoMoney", { count: lines.length, sheet, orientation })
      : say(opts.lang, "statementsWritten", { count: lines.length, sheet, orientation, total: moneyText(laid.grandTotal, scheme.rounding.scale) });
  io.out(`${say(opts.lang, "counts", plan.stats as unknown as Record<string, number>)}\n${textTable(headers, rows, numeric)}\n\n${done}\n${say(opts.lang, "written", { file: out })}\n`);
  return exitFor(run);
}

/**
 * The statements of a run laid out on their sheets, and what the command says of each (`onBuilt`: once they are
 * made and checked, before the layout). The statements' model (a row object per data row) and the sheet's rows of
 * input cells are let go here, before the workbook is written: at the full sheet they are ≈ 0.5 GB the write does
 * not need (BENCHMARKS.md).
 */
function laidOutStatements(run: Run, lang: Lang, onBuilt: () => void) {
  const { result, plan, table, scheme } = run;
  const set = buildStatements(result, table, lang, { plan, source: table.sheet, ...(run.personTotal ? { personTotals: run.personTotal.totals } : {}) });
  if (!set.level) throw new CliError("noStatements", { scheme: scheme.id, part: table.part.id });
  // the statements are cut from the summary's own lines: a difference would be a bug, never printed as a result
  if (set.grandTotal !== null && !new Dec(String(set.grandTotal)).eq(new Dec(String(plan.stats.total)))) {
    throw new Error(`statements total ${set.grandTotal} differs from the summary total ${plan.stats.total}`);
  }
  onBuilt();
  table.rows = [];
  const taken = (name: string) => name === plan.summary?.sheetName;
  const sheet = layoutStatements(set, { taken });
  const sheets = statementSheets(sheet, taken);
  const list = set.statements.map((s) => ({
    person: Object.fromEntries(s.subject.map((x) => [x.name, x.value])),
    periods: s.periods ? s.periods.values : [],
    rows: s.sections.reduce((n, sec) => n + sec.rows.length, 0),
    total: s.total ? s.total.value : null,
    pending: s.total?.pending ?? [],
    complete: s.complete,
  }));
  const shown = set.statements.map((s, i) => ({ subject: s.subject.map((x) => x.value), periods: list[i].periods, rows: list[i].rows, totalText: s.total ? s.total.text + (s.total.pending.length ? "*" : "") : "" }));
  return {
    sheets,
    name: sheet.name,
    names: sheets.map((s) => s.name),
    orientation: sheet.print.orientation,
    grandTotal: set.grandTotal,
    subjectTitles: set.statements[0]?.subject.map((x) => x.title) ?? [],
    totalTitle: set.statements[0]?.total?.title ?? null,
    /** each statement as the JSON document gives it */
    statements: list,
    /** each statement as the printed table gives it */
    lines: shown,
  };
}

export function schemesCommand(opts: { json?: boolean; lang: Lang }, io: Io): number {
  const list = presetIds().map((id) => {
    try {
      const s = getPreset(id);
      return { id, title: s ? { "zh-CN": s.title["zh-CN"], "en-US": s.title["en-US"] } : null, parts: s ? s.parts.map((p) => p.id) : [] };
    } catch {
      return { id, title: null, parts: [] };
    }
  });
  if (opts.json) {
    io.out(JSON.stringify({ format: "jili-cli/1", command: "schemes", schemes: list }, null, 2) + "\n");
    return EXIT.OK;
  }
  const broken = say(opts.lang, "schemeBroken");
  const headers = opts.lang === "zh-CN" ? ["编号", "中文名称", "English title"] : ["id", "English title", "中文名称"];
  const rows = list.map((s) =>
    opts.lang === "zh-CN" ? [s.id, s.title?.["zh-CN"] ?? broken, s.title?.["en-US"] ?? ""] : [s.id, s.title?.["en-US"] ?? broken, s.title?.["zh-CN"] ?? ""],
  );
  io.out(`${say(opts.lang, "schemesHeader")}\n${textTable(headers, rows, [false, false, false])}\n`);
  return EXIT.OK;
}

/** `jili describe <scheme>`: the scheme in words, one line per rule in the order the rules apply (or --json). */
export async function describeCommand(schemeArg: string, opts: { json?: boolean; lang: Lang }, io: Io): Promise<number> {
  const scheme = await loadSchemeArg(schemeArg);
  const d = describeScheme(scheme);
  if (opts.json) {
    const facts = { numbers: [...d.facts.numbers], terms: [...d.facts.terms], codes: [...d.facts.codes] };
    io.out(JSON.stringify({ format: "jili-cli/1", command: "describe", scheme: scheme.id, lines: d.lines, facts }, null, 2) + "\n");
  } else io.out(d.lines[opts.lang].join("\n") + "\n");
  return EXIT.OK;
}
