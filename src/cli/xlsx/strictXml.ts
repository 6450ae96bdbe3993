// A strict, namespace-aware XML parser (saxes) for the parts Jili streams through: shared strings, and every part it writes.
import { SaxesParser, SaxesTagNS } from "saxes";
import { XmlPartError } from "./dom";

export type { SaxesTagNS };

/**
 * A saxes parser with namespaces on: a prefix that is not declared where it is used, a tag left open or any other
 * well-formedness error is an XmlPartError naming the part. (Several common parsers accept an undeclared prefix;
 * saxes follows the Namespaces in XML recommendation.)
 */
export function strictParser(part: string): SaxesParser<{ xmlns: true }> {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e: Error) => {
    throw new XmlPartError(part, e.message);
  });
  return parser;
}

/** Parses `text` strictly, doing nothing with it: throws XmlPartError when it is not namespace-well-formed XML. */
export function checkWellFormed(part: string, text: string): void {
  strictParser(part).write(text).close();
}
