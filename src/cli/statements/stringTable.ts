// The shared-string table of a statements workbook: explanations, statuses and headings repeat on many rows, each is stored once.
import { PartSink } from "../xlsx/partSink";
import { escapeXml } from "../xlsx/xml";
import { encodeOoxmlEscapes } from "../xlsx/xmlText";

/** white space at either end or a line break: the text needs xml:space="preserve" to be read back as written */
const NEEDS_PRESERVE = /^\s|\s$|\n/;

export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  /** cells that refer to the table (sst's count) */
  private uses = 0;

  /** The index of a text, added on its first use. */
  id(text: string): number {
    this.uses++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(text, id);
      this.list.push(text);
    }
    return id;
  }

  /** Writes xl/sharedStrings.xml. */
  write(out: PartSink): void {
    out.text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
    out.text(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.list.length}">`);
    for (const t of this.list) {
      const space = NEEDS_PRESERVE.test(t) ? ' xml:space="preserve"' : "";
      out.text(`<si><t${space}>${escapeXml(encodeOoxmlEscapes(t))}</t></si>`);
    }
    out.text("</sst>");
  }
}
