import * as zlib from "zlib";
import JSZip from "jszip";
import { Package } from "../../src/cli/xlsx/opc";
import { DeflateSink, readZip, writeZip } from "../../src/cli/xlsx/zip";
import { crcReference } from "./support/crcReference";

// The zip layer of `fill` (src/cli/xlsx/zip.ts): Node's zlib instead of jszip's pure-JS deflate, parts Jili does not
// change copied with their compressed bytes, and a large part deflated block by block while it is written.


/** A few MB of text with multi-byte characters, from a fixed seed. */
function sampleText(bytes: number): string {
  let x = 42;
  const words = ["<c r=\"A1\" t=\"s\"><v>12</v></c>", "揽装奖励", "第16户（超出5户）：40元", "Jili·状态", " ", "\n", "😀"];
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    x = (x * 1103515245 + 12345) >>> 0;
    const w = words[x % words.length];
    out.push(w);
    n += Buffer.byteLength(w);
  }
  return out.join("");
}

describe("DeflateSink: a part deflated block by block while it is written", () => {
  test("text and bytes across several 4 MB blocks inflate to exactly what was written; CRC and size are right; the output is deterministic", async () => {
    const text = sampleText(9_500_000);
    const whole = Buffer.from(text, "utf8");
    const write = () => {
      const sink = new DeflateSink();
      // pieces of every size, as strings and as byte ranges
      let at = 0;
      let k = 0;
      const pieces = [1, 7, 300, 70_000, 5_000_000];
      while (at < text.length) {
        const len = pieces[k++ % pieces.length];
        let end = Math.min(text.length, at + len);
        if (end < text.length && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff) end++; // keep surrogate pairs whole
        const piece = text.slice(at, end);
        if (k % 2) sink.text(piece);
        else {
          const b = Buffer.from(`xx${piece}yy`, "utf8");
          sink.bytes(b, 2, b.length - 2);
        }
        at = end;
      }
      return sink.finish();
    };
    const a = await write();
    expect(a.size).toBe(whole.length);
    expect(a.crc).toBe(crcReference(whole));
    expect(zlib.inflateRawSync(Buffer.concat(a.data)).equals(whole)).toBe(true);
    expect(Buffer.concat((await write()).data).equals(Buffer.concat(a.data))).toBe(true);
  });

  test("digits: a row number written as its decimal digits, also where a block ends", async () => {
    const sink = new DeflateSink();
    const numbers = [0, 7, 10, 99, 100, 65536, 1048576];
    let expected = "";
    // filler that leaves fewer than 24 bytes in the first 4 MB block, so some numbers take the slow path
    const filler = "x".repeat((4 << 20) - 30);
    sink.text(filler);
    expected += filler;
    for (const n of numbers) {
      sink.digits(n);
      sink.text(",");
      expected += `${n},`;
    }
    const d = await sink.finish();
    expect(zlib.inflateRawSync(Buffer.concat(d.data)).toString("latin1")).toBe(expected);
  });

  test("blocks that do not compress (their deflate is larger than its output buffer) come out whole", async () => {
    // random bytes from a fixed seed: deflate cannot shrink them, so each 4 MB block takes several output buffers
    const bytes = Buffer.alloc(9_000_000);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    const sink = new DeflateSink();
    sink.bytes(bytes);
    const d = await sink.finish();
    expect(d.size).toBe(bytes.length);
    expect(d.crc).toBe(crcReference(bytes));
    expect(zlib.inflateRawSync(Buffer.concat(d.data)).equals(bytes)).toBe(true);
  });

  test("an empty part", async () => {
    const d = await new DeflateSink().finish();
    expect(d.size).toBe(0);
    expect(zlib.inflateRawSync(Buffer.concat(d.data)).length).toBe(0);
  });
});

describe("readZip / writeZip / Package", () => {
  async function sample(streamFiles: boolean): Promise<Buffer> {
    const z = new JSZip();
    z.file("[Content_Types].xml", "<Types/>", { date: new Date(Date.UTC(2020, 4, 6, 7, 8, 10)) });
    z.folder("xl");
    z.file("xl/stored.bin", Buffer.from([0, 1, 2, 3, 255]), { compression: "STORE" });
    z.file("xl/worksheets/sheet1.xml", sampleText(200_000), { comment: "a comment", unixPermissions: 0o644 });
    z.file("xl/名字.xml", "<x>中文</x>");
    return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles, platform: "UNIX", comment: "archive comment" });
  }

  test.each([false, true])("copying every entry keeps names, order, contents, dates, attributes, comments and the compressed bytes (data descriptors in the source: %s)", async (streamFiles) => {
    const src = await sample(streamFiles);
    const a = readZip(src);
    const out = writeZip(
      [...a.entries.values()].map((entry) => ({ kind: "copy" as const, entry })),
      a.comment,
    );
    const b = readZip(out);
    expect([...b.entries.keys()]).toEqual([...a.entries.keys()]);
    for (const [name, e] of a.entries) {
      const f = b.entries.get(name)!;
      expect({ name, data: f.data.equals(e.data), crc: f.crc, time: f.time, date: f.date, ext: f.externalAttr, comment: f.comment.toString() }).toEqual({
        name,
        data: true,
        crc: e.crc,
        time: e.time,
        date: e.date,
        ext: e.externalAttr,
        comment: e.comment.toString(),
      });
    }
    // an independent reader sees the same files with the same contents
    const zs = await JSZip.loadAsync(src);
    const zo = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Object.keys(zo.files)).toEqual(Object.keys(zs.files));
    for (const name of Object.keys(zs.files)) {
      if (zs.files[name].dir) continue;
      expect((await zo.file(name)!.async("nodebuffer")).equals(await zs.file(name)!.async("nodebuffer"))).toBe(true);
      expect(zo.files[name].date.getTime()).toBe(zs.files[name].date.getTime());
    }
    expect((zo as unknown as { comment: string }).comment).toBe("archive comment");
  });

  test("Package: a part set again keeps its place and date, a removed part leaves, new parts come last; what is not set is copied as it was", async () => {
    const src = await sample(false);
    const pkg = await Package.open(src);
    expect(pkg.has("xl/")).toBe(false);
    expect(pkg.has("xl/stored.bin")).toBe(true);
    expect(await pkg.text("xl/名字.xml")).toBe("<x>中文</x>");
    pkg.set("[Content_Types].xml", "<Types><Override/></Types>");
    pkg.remove("xl/stored.bin");
    pkg.set("xl/new.xml", "<new/>");
    pkg.set("xl/stored.bin", "again");
    const out = await pkg.generate();
    const z = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Object.keys(z.files)).toEqual(["[Content_Types].xml", "xl/", "xl/worksheets/", "xl/worksheets/sheet1.xml", "xl/名字.xml", "xl/new.xml", "xl/stored.bin"]);
    expect(await z.file("[Content_Types].xml")!.async("string")).toBe("<Types><Override/></Types>");
    expect(z.files["[Content_Types].xml"].date.toISOString()).toBe("2020-05-06T07:08:10.000Z");
    expect(z.files["xl/new.xml"].date.toISOString()).toBe("2016-01-01T00:00:00.000Z");
    const before = readZip(src).entries.get("xl/worksheets/sheet1.xml")!;
    expect(readZip(out).entries.get("xl/worksheets/sheet1.xml")!.data.equals(before.data)).toBe(true);
  });

  test("what is not a zip is refused", () => {
    expect(() => readZip(Buffer.from("PK not really"))).toThrow(/zip/);
  });
});
