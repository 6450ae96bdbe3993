/**
 * `jili new --template <shape>`: a starting scheme for a rule shape the catalogue contains (per-unit amounts stepped
 * by count and role, a slab, weighted scores → grade → amount, fixed amounts by type, a percentage set by a count,
 * rank awards, fines), with example numbers and `$comment` notes saying what to change — as a scheme document
 * (.json, comments kept) or a rules workbook a clerk edits (.xlsx).
 */
import * as path from "path";
import { Lang, loadScheme, schemeToRulesBook } from "../engine";
import { TEMPLATE_IDS, TEMPLATES } from "../schemes/templates";
import { writeAtomically } from "./commands";
import type { Io } from "./commands";
import { CliError, EXIT, say } from "./messages";
import { rulesWorkbook } from "./rulesSheet";

export interface NewOptions {
  template?: string;
  out?: string;
  list?: boolean;
  lang: Lang;
}

export async function newCommand(opts: NewOptions, io: Io): Promise<number> {
  if (opts.list || !opts.template) {
    for (const id of TEMPLATE_IDS) {
      const doc = TEMPLATES[id] as { title: Record<Lang, string> };
      io.out(`${id.padEnd(18)} ${doc.title[opts.lang]}\n`);
    }
    return opts.template || opts.list ? EXIT.OK : EXIT.ERROR;
  }
  const doc = TEMPLATES[opts.template];
  if (!doc) throw new CliError("unknownTemplate", { template: opts.template, templates: TEMPLATE_IDS.join(", ") });
  const scheme = loadScheme(doc);
  const out = opts.out ?? `${scheme.id}.json`;
  const ext = path.extname(out).toLowerCase();
  // the document as written (its $comment notes kept: they say what to change), or the clerk's rules workbook
  if (ext === ".json") writeAtomically(out, Buffer.from(JSON.stringify(doc, null, 2) + "\n", "utf8"));
  else if (ext === ".xlsx") writeAtomically(out, await rulesWorkbook(schemeToRulesBook(scheme, opts.lang)));
  else throw new CliError("rulesOutType", { file: out });
  io.out(say(opts.lang, "rulesWritten", { scheme: `${scheme.id} ${scheme.title[opts.lang]}`, file: out }) + "\n");
  return EXIT.OK;
}
