// The shared-string table read with the string tokenizer (no XML DOM: a table of 100 000 texts is read in one pass).
import { RawCell } from "../../engine";
import { SLASH } from "./bytes";
import { isName, isSpecial, skipElement, skipSpecial, tagEnd } from "./scan";
import { decodeOoxmlEscapes, decodeText } from "./xmlText";
import { rootPrefix } from "./xml";


/** element names with the table's namespace prefix */
interface SstTags {
  si: string;
  t: string;
  r: string;
  rPh: string;
}

/** The shared-string table as cell values: plain or rich text (runs joined, phonetic runs left out), "" → null. */
export function sharedStrings(xml: string | null): RawCell[] {
  const out: RawCell[] = [];
  if (!xml) return out;
  const p = rootPrefix(xml, "sst");
  const tags: SstTags = { si: `${p}si`, t: `${p}t`, r: `${p}r`, rPh: `${p}rPh` };
  const { si } = tags;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf(`<${si}`, i);
    if (lt < 0) break;
    const te = tagEnd(xml, lt);
    if (te < 0) break;
    if (!isName(xml, lt + 1, si)) {
      i = te + 1;
      continue;
    }
    if (xml.charCodeAt(te - 1) === SLASH) {
      out.push(null);
      i = te + 1;
      continue;
    }
    const end = xml.indexOf(`</${si}>`, te);
    const stop = end < 0 ? xml.length : end;
    const text = plainEntry(xml, te, stop, tags.t) ?? richEntry(xml, te + 1, stop, tags);
    out.push(text || null);
    i = stop + si.length + 3;
  }
  return out;
}

/** The usual entry, `<si><t>text</t></si>` (`te` the `>` of `<si>`, `stop` its end tag): its text, or undefined. */
function plainEntry(xml: string, te: number, stop: number, t: string): string | undefined {
  if (!xml.startsWith(`<${t}`, te + 1) || !isName(xml, te + 2, t)) return undefined;
  const tte = tagEnd(xml, te + 1);
  const tclose = xml.indexOf(`</${t}>`, tte);
  if (tte > 0 && xml.charCodeAt(tte - 1) !== SLASH && tclose === stop - t.length - 3 && xml.indexOf("<", tte + 1) === tclose) {
    return decodeOoxmlEscapes(decodeText(xml.slice(tte + 1, tclose)));
  }
  return undefined;
}

/**
 * Any entry from `from` to `stop`: its direct `<t>` (the last one counts, as in exceljs) or its rich-text runs
 * `<r><t>…</t></r>` joined; `<rPh>` (phonetic) is skipped.
 */
function richEntry(xml: string, from: number, stop: number, tags: SstTags): string | undefined {
  const { t, r, rPh } = tags;
  let direct: string | undefined;
  const runs: string[] = [];
  let run: string | undefined;
  let inRun = false;
  let collect: string[] | null = null;
  let k = from;
  while (k < stop) {
    const at = xml.indexOf("<", k);
    if (at < 0 || at > stop) break;
    if (collect && at > k) collect.push(xml.slice(k, at));
    const c = xml.charCodeAt(at + 1);
    if (isSpecial(c)) {
      k = skipSpecial(xml, at, (a, b) => collect?.push(xml.slice(a, b).replace(/&/g, "&amp;")));
      continue;
    }
    const e = tagEnd(xml, at);
    if (e < 0) break;
    if (c === SLASH) {
      if (isName(xml, at + 2, t) && collect) {
        const text = decodeOoxmlEscapes(decodeText(collect.join("")));
        if (inRun) run = text;
        else direct = text;
        collect = null;
      } else if (isName(xml, at + 2, r)) {
        runs.push(run ?? "");
        inRun = false;
      }
      k = e + 1;
      continue;
    }
    const self = xml.charCodeAt(e - 1) === SLASH;
    if (isName(xml, at + 1, rPh)) {
      k = skipElement(xml, at, e);
      continue;
    }
    if (isName(xml, at + 1, t)) {
      if (self) {
        if (inRun) run = "";
        else direct = "";
      } else collect = [];
    } else if (isName(xml, at + 1, r) && !self) {
      inRun = true;
      run = undefined;
    }
    k = e + 1;
  }
  return runs.length ? runs.join("") : direct;
}
