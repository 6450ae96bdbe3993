import * as fs from "fs";
import { loadScheme, MAX_SCHEME_SIZE, SchemeDocument, SchemeError, formatPath } from "../engine";
import { getPreset, presetIds } from "../schemes";
import { CliError } from "./messages";
import { schemeFromRulesWorkbook } from "./rulesSheet";

/** `--scheme`: a preset id, a scheme document (.json) or a workbook whose rules sheet (规则) holds the scheme. */
export async function loadSchemeArg(arg: string): Promise<SchemeDocument> {
  if (/\.xls[xm]$/i.test(arg) && !presetIds().includes(arg)) {
    if (!fs.existsSync(arg)) throw new CliError("unknownScheme", { value: arg });
    return schemeFromRulesWorkbook(arg);
  }
  return resolveScheme(arg);
}

/** A preset id or the path of a scheme document (`.json`). Broken documents are exit-2 errors listing every issue. */
export function resolveScheme(arg: string): SchemeDocument {
  if (presetIds().includes(arg)) {
    try {
      return getPreset(arg) as SchemeDocument;
    } catch (e) {
      throw schemeProblem(arg, e);
    }
  }
  if (!fs.existsSync(arg) || !fs.statSync(arg).isFile()) throw new CliError("unknownScheme", { value: arg });
  if (fs.statSync(arg).size > MAX_SCHEME_SIZE * 4) throw new CliError("schemeTooLarge", { file: arg, max: MAX_SCHEME_SIZE });
  let text = fs.readFileSync(arg, "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return loadScheme(text);
  } catch (e) {
    throw schemeProblem(arg, e);
  }
}

function schemeProblem(file: string, e: unknown): CliError {
  if (e instanceof SchemeError) {
    if (e.issues.some((i) => i.code === "SCHEME_TOO_LARGE")) return new CliError("schemeTooLarge", { file, max: MAX_SCHEME_SIZE });
    return new CliError("schemeInvalid", { file }, e.issues.map((i) => `${formatPath(i.path) || "(root)"}: ${i.message}`));
  }
  return new CliError("schemeInvalid", { file }, [(e as Error).message]);
}
