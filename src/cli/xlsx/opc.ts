// The .xlsx package (OPC): its parts by name over the zip container, relationships and content types, written back part by part.
import * as path from "path";
import { BOM_1, BOM_2, BOM_3 } from "./bytes";
import { childrenNS, newElementLike, parsePart, serialize, XElement } from "./dom";
import { CONTENT_TYPES_NS, PACKAGE_RELS_NS, relTypeName } from "./namespaces";
import { escapeXml } from "./xml";
import { Deflated, deflateSync, inflateEntry, OutEntry, readZip, writeZip, ZipArchive, ZipEntry } from "./zip";
import { METHOD_DEFLATE } from "./zipFormat";

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

/** The relationships of a `.rels` part, read with a namespace-aware parser (elements without a namespace are read too). */
export function parseRels(xml: string, part = "_rels/.rels"): Relationship[] {
  const root = parsePart(part, xml).documentElement!;
  return childrenNS(root, [PACKAGE_RELS_NS, ""], "Relationship").map((e) => ({
    id: e.getAttribute("Id") ?? "",
    type: e.getAttribute("Type") ?? "",
    target: e.getAttribute("Target") ?? "",
    external: e.getAttribute("TargetMode") === "External",
  }));
}

/** Whether a relationship is of an officeDocument type (`worksheet`, `styles` …), Transitional or Strict. */
export function isRel(rel: Relationship, name: keyof typeof REL_TYPES): boolean {
  return relTypeName(rel.type) === name || rel.type === REL_TYPES[name];
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
  /** part names by their lower-case form: OPC part names are case-insensitive, relationship targets need not match */
  private readonly folded = new Map<string, string>();
  private readonly inflated: Map<string, Buffer>;
  private readonly comment: Buffer;
  /** the parts set since the package was opened (what a verifier re-reads) */
  readonly written = new Set<string>();

  private constructor(archive: ZipArchive, inflated: Map<string, Buffer>) {
    for (const [name, entry] of archive.entries) {
      this.parts.set(name, { entry });
      // a zip made on Windows may separate folders with backslashes
      const key = name.replace(/\\/g, "/").toLowerCase();
      if (!this.folded.has(key)) this.folded.set(key, name);
    }
    this.inflated = inflated;
    this.comment = archive.comment;
  }

  /** The stored name of a part, matched exactly first, then without regard to case. */
  private stored(part: string): string {
    return this.parts.has(part) ? part : (this.folded.get(part.replace(/\\/g, "/").toLowerCase()) ?? part);
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
    return this.parts.has(this.stored(part)) && !part.endsWith("/");
  }

  /** The bytes of a part as read (parts Jili has set are not read back). */
  bytes(name: string): Buffer {
    const part = this.stored(name);
    const p = this.parts.get(part);
    if (!p || !p.entry || p.content) throw new Error(`missing part ${part}`);
    let b = this.inflated.get(part);
    if (!b) {
      b = inflateEntry(p.entry);
      this.inflated.set(part, b);
    }
    return b;
  }

  /** The entry of a part as read, while its bytes have not been inflated yet (for reading it in pieces), else null. */
  entryToInflate(name: string): ZipEntry | null {
    const part = this.stored(name);
    const p = this.parts.get(part);
    return p?.entry && !p.content && !this.inflated.has(part) ? p.entry : null;
  }

  /** Keeps a part's bytes, inflated and checked elsewhere (streamedSheet.ts), as `bytes` would have. */
  keepInflated(name: string, bytes: Buffer): void {
    this.inflated.set(this.stored(name), bytes);
  }

  /** The bytes of a part as read, inflated and CRC-checked without being kept (a large part is checked once). */
  checkedBytes(name: string): Buffer {
    const part = this.stored(name);
    const p = this.parts.get(part);
    if (!p || !p.entry || p.content) throw new Error(`missing part ${part}`);
    return this.inflated.get(part) ?? inflateEntry(p.entry);
  }

  /** The uncompressed size of a part as read, from the zip directory (-1 when the package has no such entry). */
  size(name: string): number {
    const p = this.parts.get(this.stored(name));
    return p?.entry && !p.content ? p.entry.size : -1;
  }

  /**
   * The inflated bytes of a part, given away: they leave the package's cache (a later `bytes` inflates them again)
   * and their memory is the caller's alone — or null when that memory is not the part's alone (a stored entry's
   * bytes are a view of the whole file). For handing a large part to another thread without copying it.
   */
  takeInflated(name: string): Buffer | null {
    const part = this.stored(name);
    const p = this.parts.get(part);
    if (!p || !p.entry || p.content || p.entry.method !== METHOD_DEFLATE) return null;
    const b = this.inflated.get(part) ?? inflateEntry(p.entry);
    this.inflated.delete(part);
    return b;
  }

  async text(name: string): Promise<string> {
    const part = this.stored(name);
    const p = this.parts.get(part);
    if (p?.content && "text" in p.content) return p.content.text;
    const b = this.bytes(part);
    // a byte-order mark is not part of the text
    return b.length >= 3 && b[0] === BOM_1 && b[1] === BOM_2 && b[2] === BOM_3 ? b.toString("utf8", 3) : b.toString("utf8");
  }

  async rels(part: string): Promise<Relationship[]> {
    const p = relsPathFor(part);
    return this.has(p) ? parseRels(await this.text(p), p) : [];
  }

  /** Writes a part; an existing part keeps its place, zip entry date and attributes. */
  set(name: string, content: string): void {
    const part = this.stored(name);
    const old = this.parts.get(part);
    this.parts.set(part, { entry: old?.entry, content: { text: content } });
    this.folded.set(part.toLowerCase(), part);
    this.written.add(part);
  }

  /** Writes a part whose bytes are being deflated already. */
  setDeflated(name: string, deflated: Promise<Deflated>): void {
    const part = this.stored(name);
    const old = this.parts.get(part);
    this.parts.set(part, { entry: old?.entry, content: { deflated } });
    this.folded.set(part.toLowerCase(), part);
    this.written.add(part);
  }

  /** The parts set as text, with their text (what the output's check parses). */
  writtenTexts(): { part: string; text: string }[] {
    const out: { part: string; text: string }[] = [];
    for (const part of this.written) {
      const c = this.parts.get(part)?.content;
      if (c && "text" in c) out.push({ part, text: c.text });
    }
    return out;
  }

  remove(name: string): void {
    const part = this.stored(name);
    this.parts.delete(part);
    this.folded.delete(part.toLowerCase());
    this.written.delete(part);
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

/** The Override elements of `[Content_Types].xml` whose part name is `/part` (compared without regard to case). */
function overridesOf(root: XElement, part: string): XElement[] {
  const name = `/${part}`.toLowerCase();
  return childrenNS(root, [CONTENT_TYPES_NS, ""], "Override").filter((e) => (e.getAttribute("PartName") ?? "").toLowerCase() === name);
}

/** Adds an Override for a new part, in the namespace the root declares (unless the part has one already). */
export function withOverride(types: string, part: string, contentType: string): string {
  const doc = parsePart("[Content_Types].xml", types);
  const root = doc.documentElement!;
  if (overridesOf(root, part).length) return types;
  const el = newElementLike(root, "Override");
  el.setAttribute("PartName", `/${part}`);
  el.setAttribute("ContentType", contentType);
  root.appendChild(el);
  return serialize(doc);
}

/** Removes the Overrides of a removed part. */
export function withoutOverride(types: string, part: string): string {
  const doc = parsePart("[Content_Types].xml", types);
  const root = doc.documentElement!;
  const gone = overridesOf(root, part);
  if (!gone.length) return types;
  for (const e of gone) root.removeChild(e);
  return serialize(doc);
}
