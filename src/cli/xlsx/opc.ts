import * as path from "path";
import JSZip from "jszip";
import { attrs, escapeXml } from "./xml";

export const REL_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
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

/** The zip package, read and written part by part; parts never set are carried over unchanged. */
export class Package {
  constructor(readonly zip: JSZip) {}

  static async open(bytes: Buffer): Promise<Package> {
    return new Package(await JSZip.loadAsync(bytes));
  }

  has(part: string): boolean {
    const f = this.zip.file(part);
    return !!f && !f.dir;
  }

  async text(part: string): Promise<string> {
    const f = this.zip.file(part);
    if (!f) throw new Error(`missing part ${part}`);
    return f.async("string");
  }

  async rels(part: string): Promise<Relationship[]> {
    const p = relsPathFor(part);
    return this.has(p) ? parseRels(await this.text(p)) : [];
  }

  /** Writes a part; an existing part keeps its zip entry's date and attributes. */
  set(part: string, content: string): void {
    const old = this.zip.file(part);
    this.zip.file(part, content, {
      date: old ? old.date : FIXED_DATE,
      createFolders: false,
      dosPermissions: old?.dosPermissions ?? undefined,
      unixPermissions: old?.unixPermissions ?? undefined,
      comment: old?.comment ?? undefined,
    });
  }

  remove(part: string): void {
    this.zip.remove(part);
  }

  generate(): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
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
