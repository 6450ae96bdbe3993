// What a spreadsheet file is, told from its first bytes and its container's directory, not from its name.
import { sheetjs } from "./sheetjs";
import { parsePart } from "../xlsx/dom";
import { inflateEntry, readZip, ZipEntry } from "../xlsx/zip";

const MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

/** an OLE compound file (CFB): .xls, WPS .et, or an encrypted OOXML workbook */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** a zip archive: .xlsx, .xlsm, .xlsb, .ods */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export type Container =
  /** an OOXML package Jili reads and patches itself */
  | "xlsx"
  /** a workbook read through SheetJS: .xls, .et, .xlsb, .ods */
  | "xls"
  | "xlsb"
  | "ods"
  /** an OOXML workbook encrypted with a password (a CFB holding EncryptionInfo and EncryptedPackage) */
  | "encrypted"
  | "unknown";

/** The container of a workbook file by its content. */
export function sniff(bytes: Buffer): Container {
  if (bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) {
    try {
      const cfb = sheetjs().CFB.read(bytes, { type: "buffer" });
      return sheetjs().CFB.find(cfb, "EncryptedPackage") ? "encrypted" : "xls";
    } catch {
      return "xls";
    }
  }
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return "unknown";
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZip(bytes).entries;
  } catch {
    return "xlsx";
  }
  const names = [...entries.keys()].map((n) => n.toLowerCase());
  if (names.includes("xl/workbook.bin")) return "xlsb";
  if (names.includes("content.xml") && (names.includes("mimetype") || !names.includes("[content_types].xml"))) return odsEncrypted(entries) ? "encrypted" : "ods";
  return "xlsx";
}

/** An OpenDocument file saved with a password: its manifest gives its parts encryption data. */
function odsEncrypted(entries: Map<string, ZipEntry>): boolean {
  const manifest = entries.get("META-INF/manifest.xml");
  if (!manifest) return false;
  try {
    return parsePart("META-INF/manifest.xml", inflateEntry(manifest).toString("utf8")).getElementsByTagNameNS(MANIFEST_NS, "encryption-data").length > 0;
  } catch {
    return false;
  }
}

/** The name of a format for messages. */
export function formatName(c: Container): string {
  return { xlsx: ".xlsx", xls: ".xls / .et", xlsb: ".xlsb", ods: ".ods", encrypted: "encrypted", unknown: "unknown" }[c];
}
