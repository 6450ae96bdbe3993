import * as iconv from "iconv-lite";
import { parse } from "csv-parse/sync";
import { RawCell } from "../engine";

export type CsvEncoding = "utf-8-bom" | "utf-8" | "gbk" | "utf-16le" | "utf-16be";

/** Text of a CSV file: a UTF-8 or UTF-16 byte-order mark wins; otherwise strict UTF-8, and GBK (GB18030) when that fails. */
export function decodeCsv(buf: Buffer): { text: string; encoding: CsvEncoding } {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString("utf8"), encoding: "utf-8-bom" };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(buf, "gb18030"), encoding: "gbk" };
  }
}

/** Comma, tab or semicolon: whichever the first line holds most of (outside quotes is close enough for a header). */
function guessDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => first.split(ch).length - 1;
  const candidates = [",", "\t", ";"].map((d) => ({ d, n: count(d) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0].n > 0 ? candidates[0].d : ",";
}

/** Rows of a CSV file as cells (blank cells are null). */
export function readCsv(buf: Buffer): { cells: RawCell[][]; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(buf);
  const records = parse(text, { delimiter: guessDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const cells = records.map((r) => r.map((c) => (c === "" ? null : c)));
  return { cells, encoding };
}
