// The .xlsx package (OPC): its parts by name over the zip container, relationships and content types, written back part by part.
import * as path from "path";
import { BOM_1, BOM_2, BOM_3 } from "./bytes";
import { attrs, escapeXml } from "./xml";
import { Deflated, deflateSync, inflateEntry, OutEntry, readZip, writeZip, ZipArchive, ZipEntry } from "./zip";

export const REL_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  chartStyle: "http://schemas.microsoft.com/office/2011/relationships/chartStyle",
  chartColorStyle: "http://schemas.microsoft.com/office/2011/relationships/chartColorStyle",
};

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/** Date given to the parts Jili adds, so the same input always gives the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2016, 0, 1, 0, 0, 0));

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relsPathFor(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

export function parseRels(xml: string): Relationship[] {
  return (xml.match(/<([\w.-]+:)?Relationship\b[^>]*>/g) ?? []).map((tag) => {
    const a = attrs(tag);
    return { id: a.Id, type: a.Type, target: a.Target, external: a.TargetMode === "External" };
  });
}

/** The part a relationship of `source` points to, as a zip path. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
}

export function relativeTarget(source: string, part: string): string {
  return path.posix.relative(path.posix.dirname(source), part);
}

export function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`).join("") +
    `</Relationships>`
  );
}

/** Archives already read, by the buffer they were read from: `jili fill` reads the workbook, then patches it. */
const opened = new WeakMap<Buffer, { archive: ZipArchive; inflated: Map<string, Buffer> }>();

function openArchive(bytes: Buffer): { archive: ZipArchive; inflated: Map<string, Buffer> } {
  let a = opened.get(bytes);
  if (!a) {
    a = { archive: readZip(bytes), inflated: new Map() };
    opened.set(bytes, a);
  }
  return a;
}

/** Content of a part as Jili writes it: text, or a large part already being deflated (see DeflateSink). */
type Content = { text: string } | { deflated: Promise<Deflated> };

/**
 * The zip package, read and written part by part. Parts never set are carried over unchanged, down to their
 * compressed bytes; a part set again keeps its place, date and attributes; new parts come last.
 */
export class Package {
  /** every part in archive order: the entry as read, or new content */
  private readonly parts = new Map<string, { entry?: ZipEntry; content?: Content }>();
  private readonly inflated: Map<string, Buffer>;
  private readonly comment: Buffer;

  private constructor(archive: ZipArchive, inflated: Map<string, Buffer>) {
    for (const [name, entry] of archive.entries) this.parts.set(name, { entry });
    this.inflated = inflated;
    this.comment = archive.comment;
  }

  static async open(bytes: Buffer): Promise<Package> {
    const { archive, inflated } = openArchive(bytes);
    return new Package(archive, inflated);
  }

  /** Names of every part (folders included, as stored). */
  names(): string[] {
    return [...this.parts.keys()];
  }

  has(part: string): boolean {
    return this.parts.has(part) && !part.endsWith("/");
  }

  /** The bytes of a part as read (parts Jili has set are not read back). */
  bytes(part: string): Buffer {
    const p = this.parts.get(part);
    if (!p || !p.entry || p.content) throw new Error(`missing part ${part}`);
    let b = this.inflated.get(part);
    if (!b) {
      b = inflateEntry(p.entry);
      this.inflated.set(part, b);
    }
    return b;
  }

  async text(part: string): Promise<string> {
    const p = this.parts.get(part);
    if (p?.content && "text" in p.content) return p.content.text;
    const b = this.bytes(part);
    // a byte-order mark is not part of the text
    return b.length >= 3 && b[0] === BOM_1 && b[1] === BOM_2 && b[2] === BOM_3 ? b.toString("utf8", 3) : b.toString("utf8");
  }

  async rels(part: string): Promise<Relationship[]> {
    const p = relsPathFor(part);
    return this.has(p) ? parseRels(await this.text(p)) : [];
  }

  /** Writes a part; an existing part keeps its place, zip entry date and attributes. */
  set(part: string, content: string): void {
    const old = this.parts.get(part);
    this.parts.set(part, { entry: old?.entry, content: { text: content } });
  }

  /** Writes a part whose bytes are being deflated already. */
  setDeflated(part: string, deflated: Promise<Deflated>): void {
    const old = this.parts.get(part);
    this.parts.set(part, { entry: old?.entry, content: { deflated } });
  }

  remove(part: string): void {
    this.parts.delete(part);
  }

  async generate(): Promise<Buffer> {
    const out: OutEntry[] = [];
    for (const [name, p] of this.parts) {
      if (!p.content && p.entry) out.push({ kind: "copy", entry: p.entry });
      else if (p.content) {
        const content = "text" in p.content ? deflateSync(Buffer.from(p.content.text, "utf8")) : await p.content.deflated;
        out.push({ kind: "new", name, content, like: p.entry, date: FIXED_DATE });
      }
    }
    return writeZip(out, this.comment);
  }
}

/** Adds an Override for a new part (unless there is one) or removes the Overrides of removed parts. */
export function withOverride(types: string, part: string, contentType: string): string {
  const name = `/${part}`;
  const re = new RegExp(`<([\\w.-]+:)?Override\\b[^>]*PartName="${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"[^>]*>`);
  if (re.test(types)) return types;
  const close = types.lastIndexOf("</");
  return `${types.slice(0, close)}<Override PartName="${escapeXml(name)}" ContentType="${contentType}"/>${types.slice(close)}`;
}

export function withoutOverride(types: string, part: string): string {
  const name = `/${part}`;
  return types.replace(new RegExp(`<([\\w.-]+:)?Override\\b[^>]*PartName="${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"[^>]*/>`), "");
}
