import * as path from "path";
import { Lang, schemeToRulesBook } from "../engine";
import { writeAtomically } from "./commands";
import type { Io } from "./commands";
import { CliError, EXIT, say } from "./messages";
import { rulesWorkbook } from "./rulesSheet";
import { loadSchemeArg } from "./scheme";

export interface RulesOptions {
  out?: string;
  lang: Lang;
}

/**
 * `jili rules <scheme>`: writes a scheme (preset, .json or a workbook's rules sheet) as a rules sheet for a clerk to
 * edit (.xlsx) or as a scheme document (.json), so a scheme can move between the two forms without loss.
 */
export async function rulesCommand(source: string, opts: RulesOptions, io: Io): Promise<number> {
  const scheme = await loadSchemeArg(source);
  const out = opts.out ?? `${scheme.id}.rules.xlsx`;
  const ext = path.extname(out).toLowerCase();
  if (ext === ".json") writeAtomically(out, Buffer.from(JSON.stringify(scheme, null, 2) + "\n", "utf8"));
  else if (ext === ".xlsx") writeAtomically(out, await rulesWorkbook(schemeToRulesBook(scheme, opts.lang)));
  else throw new CliError("rulesOutType", { file: out });
  io.out(say(opts.lang, "rulesWritten", { scheme: `${scheme.id} ${scheme.title[opts.lang]}`, file: out }) + "\n");
  return EXIT.OK;
}
