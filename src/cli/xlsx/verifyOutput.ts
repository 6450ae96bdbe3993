// Checks a filled package before it takes the output's name: every part Jili wrote re-parsed strictly, the package read back.
import { RawCell } from "../../engine";
import { CliError } from "../messages";
import { XmlPartError } from "./dom";
import { Package } from "./opc";
import { readSheetCells } from "./readSheetCells";
import { sheetContext } from "./readWorkbook";
import { checkWellFormed } from "./strictXml";
import { workbookParts } from "./workbookParts";
import type { Later } from "./xmlThread";

/** What the fill wrote into the package, for the check. */
export interface Written {
  /** every part set (the data sheet among them) */
  parts: Set<string>;
  /** the data sheet's part and the strict-check sample of it (see writeSheet) */
  dataPart: string;
  dataSample: string;
  /** the data sheet's name, its header row (1-based) and Jili's headers by 0-based column */
  sheet: string;
  headerRow: number;
  headers: Map<number, string>;
  /** the input's shared strings, when they were read already (the fill never writes that part) */
  sst?: RawCell[];
  /**
   * the text of each part set as text, when `checked` covers them and the data sample: the output's part must
   * inflate to exactly these bytes (they were parsed strictly before deflate, on the second core: xmlThread.ts)
   */
  texts?: Map<string, string>;
  checked?: Later<void>[];
}

/** parts whose content is XML (everything Jili writes is) */
const XML_PART = /\.(xml|rels|vml)$/i;

/**
 * Re-reads the output before it is written: every part Jili wrote is inflated (its CRC and size checked) and parsed
 * by a strict namespace-aware parser that rejects an undeclared prefix — or, for a fill, found to be byte for byte the
 * text that was parsed so before it was deflated (`texts`, `checked`) — (the data sheet through its sample: head,
 * first rows, last row and tail, see writeSheet; its deflate stream is checked by test/cli/xlsxZip.test.ts); then the
 * package is read back as a workbook — its sheet list resolved, the data sheet found, the sample's header row
 * holding Jili's headers. Any failure is CliError("outputBroken"): exit 2, and nothing is written.
 */
export async function verifyOutput(out: Buffer, written: Written): Promise<void> {
  try {
    const pkg = await Package.open(out);
    const checkedElsewhere = written.checked !== undefined && written.texts !== undefined;
    for (const part of written.parts) {
      if (!pkg.has(part)) throw new XmlPartError(part, "missing from the package");
      // the data sheet stands for itself through its sample: inflating 75 MB again would cost a tenth of the fill
      if (part === written.dataPart) continue;
      const bytes = pkg.checkedBytes(part);
      const text = checkedElsewhere ? written.texts?.get(part) : undefined;
      if (text !== undefined) {
        if (!bytes.equals(Buffer.from(text, "utf8"))) throw new XmlPartError(part, "the part read back is not the part written");
      } else if (XML_PART.test(part)) checkWellFormed(part, bytes.toString("utf8"));
    }
    if (checkedElsewhere) for (const c of written.checked ?? []) await c.get();
    else checkWellFormed(written.dataPart, written.dataSample);
    await readBack(pkg, written);
  } catch (e) {
    if (e instanceof XmlPartError) throw new CliError("outputBroken", { part: e.part, detail: e.reason });
    if (e instanceof CliError) throw new CliError("outputBroken", { part: "", detail: e.message });
    throw new CliError("outputBroken", { part: "", detail: (e as Error).message });
  }
}

/** The package read back: the workbook's sheets resolve to parts, the data sheet is there with Jili's headers. */
async function readBack(pkg: Package, written: Written): Promise<void> {
  const wb = await workbookParts(pkg);
  for (const s of wb.sheets) if (!pkg.has(s.part)) throw new XmlPartError(s.part, `the sheet ${s.name} has no part`);
  const data = wb.sheets.find((s) => s.name === written.sheet);
  if (!data || data.part.toLowerCase() !== written.dataPart.toLowerCase()) throw new XmlPartError(wb.workbook, `the sheet ${written.sheet} is not found`);
  // the shared strings are the input's (a fill never writes them): parsed once, not again here
  const reuse = written.sst !== undefined && !written.parts.has(wb.sharedStringsPart ?? "");
  const ctx = reuse ? { ...(await sheetContext(pkg, wb, false)), sst: written.sst ?? [] } : await sheetContext(pkg, wb);
  const cells: RawCell[][] = readSheetCells(Buffer.from(written.dataSample, "utf8"), ctx);
  const header = cells[written.headerRow - 1] ?? [];
  for (const [col, text] of written.headers) {
    if (header[col] !== text) throw new XmlPartError(written.dataPart, `the header ${text} is not read back in row ${written.headerRow}`);
  }
}
