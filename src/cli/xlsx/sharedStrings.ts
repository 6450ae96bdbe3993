// The shared-string table, read by a strict namespace-aware streaming parser (saxes): no DOM is built for 100 000 texts.
import { RawCell } from "../../engine";
import { isMainNs } from "./namespaces";
import { strictParser } from "./strictXml";
import { decodeOoxmlEscapes } from "./xmlText";

/**
 * The shared-string table as cell values: every `<t>` of an entry joined in document order — plain text before,
 * between or after rich-text runs, as Excel shows it — with phonetic runs (`<rPh>`) left out and `_xHHHH_` escapes
 * decoded; an empty entry is no value (null). Elements are matched by namespace (Transitional or Strict), whatever
 * their prefix.
 */
export function sharedStrings(xml: string | null, part = "xl/sharedStrings.xml"): RawCell[] {
  const out: RawCell[] = [];
  if (!xml) return out;
  const parser = strictParser(part);
  let entry: string[] | null = null;
  let phonetic = 0;
  let text: string[] | null = null;
  parser.on("opentag", (tag) => {
    if (!isMainNs(tag.uri)) return;
    if (tag.local === "si") entry = [];
    else if (tag.local === "rPh") phonetic++;
    else if (tag.local === "t" && entry && phonetic === 0) text = [];
  });
  const take = (s: string) => text?.push(s);
  parser.on("text", take);
  parser.on("cdata", take);
  parser.on("closetag", (tag) => {
    if (!isMainNs(tag.uri)) return;
    if (tag.local === "t" && text) {
      entry?.push(decodeOoxmlEscapes(text.join("")));
      text = null;
    } else if (tag.local === "rPh") phonetic--;
    else if (tag.local === "si" && entry) {
      out.push(entry.join("") || null);
      entry = null;
    }
  });
  parser.write(xml).close();
  return out;
}
