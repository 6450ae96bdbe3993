import { Command, CommanderError, Option } from "commander";
import { Lang, LANGS, RunProblem } from "../engine";
import { newCommand } from "./newCommand";
import { DataOptions, describeCommand, fillCommand, Io, schemesCommand, statementsCommand, summaryCommand, validateCommand } from "./commands";
import { CliError, EXIT, renderRunProblem, sayBoth } from "./messages";
import { rulesCommand } from "./rulesCommand";

const VERSION = "0.1.0";

/** `--lang` as given anywhere on the line (errors of the parser itself are printed in it too). */
function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v !== undefined && (LANGS as string[]).includes(v)) return v as Lang;
  }
  return "zh-CN";
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const text = {
  "zh-CN": {
    program: "Jili（激励）：按方案文件计算员工激励奖励",
    schemes: "列出内置方案（编号、中文名、英文名）",
    validate: "检查数据：每一行的状态与原因；有无效行时退出码为 1",
    fill: "写入奖励列、状态列、计算说明和汇总表（与 Excel 插件写入的相同）",
    summary: "按人（按组）汇总奖励",
    statements: "生成个人奖励明细（每人的明细行、计算说明和合计，A4 打印，写入新的工作簿）",
    statementsOut: "输出的新工作簿（.xlsx；默认：<原文件名>.statements.xlsx）",
    rules: "把方案写成规则表（.xlsx，可在 Excel 中修改后用 --scheme 文件 使用）或方案文件（.json）",
    rulesSource: "内置方案编号、方案文件（.json）或含规则表的工作簿（.xlsx）",
    rulesOut: "输出文件：.xlsx（规则表）或 .json（默认：<方案编号>.rules.xlsx）",
    file: "数据文件（.xlsx、.xlsm 或 .csv）",
    scheme: "内置方案编号、方案文件（.json）或含规则表（规则）的工作簿（.xlsx）",
    sheet: "工作表名称（默认：与方案最匹配的工作表）；单独成表的数据写成 表编号=工作表，可重复：--sheet targets=指标",
    part: "多表方案的数据表编号（默认：按表头判断）",
    describe: "用文字说明一个方案：每条规则一句话，按规则生效的顺序",
    newScheme: "按模板新建方案（分档、分段、加权评级、固定金额、按数量定比例、名次奖、罚款）",
    template: "模板：step-by-count、slab、weighted-grade、fixed-by-type、percent-by-count、rank-awards、fines",
    newOut: "输出：.json（方案文件，含说明）或 .xlsx（规则表）",
    listTemplates: "列出模板",
    param: "设置方案参数，可重复：--param 键=值",
    map: "指定字段所在的列，可重复：--map 是否副卡=卡类型",
    assume: "为整张表确认一个字段值（该列缺失时每行取此值，该列空白格也取此值），可重复：--assume 是否副卡=否",
    json: "输出一个 JSON 文档（格式见 docs/cli.md）",
    out: "输出文件（默认：<原文件名>.jili.xlsx / .jili.csv）",
    lang: "语言：zh-CN 或 en-US",
  },
  "en-US": {
    program: "Jili (激励): staff incentive rewards computed from scheme documents",
    schemes: "list the presets (id, Chinese and English titles)",
    validate: "check the data: each row's status and reasons; exit code 1 when some rows are invalid",
    fill: "write reward columns, status, explanation and a summary sheet (as the Excel add-in does)",
    summary: "reward totals per person (per group)",
    statements: "per-person statements (each person's rows, explanations and total, printable on A4) in a new workbook",
    statementsOut: "the new workbook (.xlsx; default: <input>.statements.xlsx)",
    rules: "write a scheme as a rules sheet (.xlsx, to edit in Excel and use with --scheme file) or a scheme document (.json)",
    rulesSource: "preset id, scheme document (.json) or a workbook with a rules sheet (.xlsx)",
    rulesOut: "output: .xlsx (rules sheet) or .json (default: <scheme id>.rules.xlsx)",
    file: "data file (.xlsx, .xlsm or .csv)",
    scheme: "preset id, scheme file (.json) or a workbook with a rules sheet (规则, .xlsx)",
    sheet: "sheet name (default: the sheet that best matches the scheme); a table kept on its own sheet as id=sheet, repeatable: --sheet targets=指标",
    part: "part id of a multi-part scheme (default: guessed from the header)",
    describe: "say a scheme in words: one sentence per rule, in the order the rules apply",
    newScheme: "start a new scheme from a template (stepped by count, slab, weighted grade, fixed by type, percent by count, rank awards, fines)",
    template: "template: step-by-count, slab, weighted-grade, fixed-by-type, percent-by-count, rank-awards, fines",
    newOut: "output: .json (scheme document, with notes) or .xlsx (rules sheet)",
    listTemplates: "list the templates",
    param: "set a scheme parameter, repeatable: --param key=value",
    map: "the column that holds a field, repeatable: --map 是否副卡=卡类型",
    assume: "confirm one value of a field for the whole sheet (every row when the column is absent, blank cells when it is there), repeatable: --assume 是否副卡=否",
    json: "print one JSON document (format in docs/cli.md)",
    out: "output file (default: <input>.jili.xlsx / .jili.csv)",
    lang: "language: zh-CN or en-US",
  },
};

function checkLang(v: string | undefined): Lang {
  if (v === undefined) return "zh-CN";
  if (!(LANGS as string[]).includes(v)) throw new CliError("badLang", { value: v });
  return v as Lang;
}

/** Runs the command line; resolves to the exit code (0 done, 1 some rows invalid, 2 usage, file or scheme error). */
export async function run(argv: string[], io: Io): Promise<number> {
  const lang0 = langOf(argv);
  const T = text[lang0];
  let code: number = EXIT.OK;
  const program = new Command("jili")
    .description(T.program)
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();

  const langOption = () => new Option("--lang <lang>", T.lang);
  const dataCommand = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .argument("<file>", T.file)
      .requiredOption("-s, --scheme <scheme>", T.scheme)
      .option("--sheet <name>", T.sheet, collect, [])
      .option("--part <id>", T.part)
      .option("-p, --param <key=value>", T.param, collect, [])
      .option("--map <field=column>", T.map, collect, [])
      .option("--assume <field=value>", T.assume, collect, [])
      .option("--json", T.json)
      .addOption(langOption());

  const dataOpts = (o: Record<string, unknown>): DataOptions => ({
    scheme: o.scheme as string,
    sheet: (o.sheet as string[]) ?? [],
    part: o.part as string | undefined,
    param: (o.param as string[]) ?? [],
    map: (o.map as string[]) ?? [],
    assume: (o.assume as string[]) ?? [],
    json: !!o.json,
    lang: checkLang(o.lang as string | undefined),
  });

  program
    .command("schemes")
    .description(T.schemes)
    .option("--json", T.json)
    .addOption(langOption())
    .action((o: Record<string, unknown>) => {
      code = schemesCommand({ json: !!o.json, lang: checkLang(o.lang as string | undefined) }, io);
    });
  program
    .command("describe")
    .description(T.describe)
    .argument("<scheme>", T.scheme)
    .option("--json", T.json)
    .addOption(langOption())
    .action(async (scheme: string, o: Record<string, unknown>) => {
      code = await describeCommand(scheme, { json: !!o.json, lang: checkLang(o.lang as string | undefined) }, io);
    });
  dataCommand("validate", T.validate).action(async (file: string, o: Record<string, unknown>) => {
    code = await validateCommand(file, dataOpts(o), io);
  });
  dataCommand("fill", T.fill)
    .option("-o, --out <file>", T.out)
    .action(async (file: string, o: Record<string, unknown>) => {
      code = await fillCommand(file, { ...dataOpts(o), out: o.out as string | undefined }, io);
    });
  dataCommand("summary", T.summary).action(async (file: string, o: Record<string, unknown>) => {
    code = await summaryCommand(file, dataOpts(o), io);
  });

  dataCommand("statements", T.statements)
    .option("-o, --out <file>", T.statementsOut)
    .action(async (file: string, o: Record<string, unknown>) => {
      code = await statementsCommand(file, { ...dataOpts(o), out: o.out as string | undefined }, io);
    });

  program
    .command("new")
    .description(T.newScheme)
    .option("-t, --template <shape>", T.template)
    .option("-o, --out <file>", T.newOut)
    .option("--list", T.listTemplates)
    .addOption(langOption())
    .action(async (o: Record<string, unknown>) => {
      code = await newCommand({ template: o.template as string | undefined, out: o.out as string | undefined, list: !!o.list, lang: checkLang(o.lang as string | undefined) }, io);
    });

  program
    .command("rules")
    .description(T.rules)
    .argument("<scheme>", T.rulesSource)
    .option("-o, --out <file>", T.rulesOut)
    .addOption(langOption())
    .action(async (source: string, o: Record<string, unknown>) => {
      code = await rulesCommand(source, { out: o.out as string | undefined, lang: checkLang(o.lang as string | undefined) }, io);
    });

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ERROR;
    }
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.OK;
      return EXIT.ERROR;
    }
    if (e instanceof CliError) {
      io.err(e.render(lang0) + "\n");
      return EXIT.ERROR;
    }
    if (e instanceof RunProblem) {
      io.err(renderRunProblem(e, lang0) + "\n");
      return EXIT.ERROR;
    }
    io.err(sayBoth(lang0, "internal", { detail: (e as Error).stack ?? String(e) }) + "\n");
    return EXIT.ERROR;
  }
}

/** Entry point of bin/jili.js. */
export function main(): void {
  const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(String(e) + "\n");
      process.exitCode = EXIT.ERROR;
    },
  );
}
