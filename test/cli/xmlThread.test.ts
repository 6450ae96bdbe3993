import * as zlib from "zlib";
// The fill's second thread (src/cli/xlsx/xmlThread.ts): the shared strings read and Jili's parts checked in a worker
// give what the main thread gives, errors included; a workbook whose shared-string table is large enough to go to the
// worker reads cell for cell as SheetJS reads it; the output check refuses a part whose bytes are not the text checked;
// the data sheet's layout found there is the main thread's, and a fill with the worker writes the bytes it writes without.
import * as fs from "fs";
import * as path from "path";
import { mobileRows } from "../../bench/data";
import { writeOrders } from "../../bench/workbooks";
import { readXlsx } from "../../src/cli/readXlsx";
import { layoutOf, startLayout } from "../../src/cli/xlsx/earlyLayout";
import { Package } from "../../src/cli/xlsx/opc";
import { parseSheet } from "../../src/cli/xlsx/sheetLayout";
import { sharedStrings } from "../../src/cli/xlsx/sharedStrings";
import { checkWellFormed } from "../../src/cli/xlsx/strictXml";
import { verifyOutput } from "../../src/cli/xlsx/verifyOutput";
import { packStrings, unpackStrings } from "../../src/cli/xlsx/xmlJobs";
import { blockCrcLater, lastJobWentToWorker, SheetBytesLost, sharedStringsLater, sheetLayoutLater, THREAD_MIN_CHARS, wellFormedLater, workerStarted } from "../../src/cli/xlsx/xmlThread";
import { jiliInProcess, tmpDir } from "./helpers";
import { STREAM_MIN_BYTES } from "../../src/cli/xlsx/streamedSheet";
import { readZip } from "../../src/cli/xlsx/zip";
import { buildPackage, MAIN, readWithSheetJS, sheetXml, zipParts, packageParts } from "./support/packages";

const RICH_SST =
  `<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="${MAIN}">` +
  `<x:si><x:t>a &amp; b &lt;c&gt;</x:t></x:si>` +
  `<x:si><x:t/></x:si>` +
  `<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>粗</x:t></x:r><x:r><x:t xml:space="preserve"> 体</x:t></x:r><x:rPh sb="0" eb="1"><x:t>cu</x:t></x:rPh></x:si>` +
  `<x:si><x:t>line_x000D_break 😀</x:t></x:si>` +
  `<x:si><x:t><![CDATA[<kept>]]></x:t></x:si>` +
  `</x:sst>`;

describe("the worker gives what the main thread gives", () => {
  test("the shared strings: rich text joined, phonetic runs left out, escapes decoded, an empty entry no value", async () => {
    const later = sharedStringsLater(RICH_SST, "xl/sharedStrings.xml", 0);
    expect(lastJobWentToWorker()).toBe(true);
    const inWorker = await later.get();
    // its heap held the table: that worker is ended, the next job starts another
    expect(workerStarted()).toBe(false);
    // by hand, from the XML above
    expect(inWorker).toEqual(["a & b <c>", null, "粗 体", "line\rbreak 😀", "<kept>"]);
    expect(inWorker).toEqual(sharedStrings(RICH_SST));
  });

  test("jobs queued behind the shared strings (a sheet's CRCs, read in pieces) are done there, then that worker is ended", async () => {
    const region = new SharedArrayBuffer(1 << 20);
    new Uint8Array(region).fill(0x5a);
    const strings = sharedStringsLater(RICH_SST, "xl/sharedStrings.xml", 0);
    const crcs = [0, 1, 2].map((k) => blockCrcLater(region, 300_000, k * 300_000, 0));
    expect(await strings.get()).toEqual(sharedStrings(RICH_SST));
    const zBytes = Buffer.alloc(300_000, 0x5a);
    for (const crc of crcs) expect(await crc).toBe(zlib.crc32(zBytes));
    expect(workerStarted()).toBe(false);
  });

  test("a part that is not namespace-well-formed: the same error, part and reason, from either thread", async () => {
    const bad = `<a><b:c/></a>`;
    let inline: unknown;
    try {
      checkWellFormed("xl/x.xml", bad);
    } catch (e) {
      inline = e;
    }
    expect(inline).toMatchObject({ name: "XmlPartError", part: "xl/x.xml" });
    await expect(wellFormedLater([{ part: "xl/ok.xml", text: "<ok/>" }, { part: "xl/x.xml", text: bad }], 0).get()).rejects.toMatchObject({
      name: "XmlPartError",
      part: "xl/x.xml",
      reason: (inline as { reason: string }).reason,
    });
    await expect(wellFormedLater([{ part: "xl/ok.xml", text: "<ok/>" }], 0).get()).resolves.toBeUndefined();
  });

  test("strings cross between threads packed into one text and lengths, and come back the same", () => {
    const values = ["", null, "员工300", "😀x", "a".repeat(1000), null];
    expect(unpackStrings(packStrings(values))).toEqual(values);
  });
});

describe("a workbook whose shared-string table goes to the worker", () => {
  // 40 000 distinct texts: ≈ 0.7 M characters of sharedStrings.xml, above THREAD_MIN_CHARS
  const N = 40_000;
  const texts = Array.from({ length: N }, (_, i) => `客户${i}号 & ${i % 7 === 0 ? "<特>" : "普通"}`);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${texts.map((t) => `<si><t>${escape(t)}</t></si>`).join("")}</sst>`;

  test("is large enough to go there", () => {
    expect(sst.length).toBeGreaterThan(THREAD_MIN_CHARS);
  });

  test("reads cell for cell as SheetJS reads it (texts, numbers, the last index)", async () => {
    // row r: the text of index (r * 7919) mod N, the number r, and the last row the last index
    const rows: string[] = [];
    for (let r = 1; r <= 2000; r++) {
      const idx = r === 2000 ? N - 1 : (r * 7919) % N;
      rows.push(`<row r="${r}"><c r="A${r}" t="s"><v>${idx}</v></c><c r="B${r}"><v>${r}</v></c></row>`);
    }
    const bytes = await buildPackage({
      workbook: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(rows.join("")) }],
      sst,
    });
    const cells = (await readXlsx(bytes))[0].cells;
    expect(cells[1999]).toEqual([texts[N - 1], 2000]);
    expect(cells[0]).toEqual([texts[7919 % N], 1]);
    const reference = readWithSheetJS(bytes).get("S")!;
    expect(cells).toEqual(reference);
  });

  test("an index past the table's end is the same unreadable file as on the main thread", async () => {
    const bytes = await buildPackage({
      workbook: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      sheets: [{ part: "xl/worksheets/sheet1.xml", xml: sheetXml(`<row r="1"><c r="A1" t="s"><v>${N}</v></c></row>`) }],
      sst,
    });
    await expect(readXlsx(bytes)).rejects.toThrow(new RegExp(`shared string ${N} does not exist`));
  });
});

describe("the output check of a fill (verifyOutput with the texts checked elsewhere)", () => {
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const data = sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>奖励</t></is></c></row>`);
  const written = (texts: Map<string, string>, checked = [wellFormedLater([], 0)]) => ({
    parts: new Set(["xl/workbook.xml"]),
    texts,
    checked,
    dataPart: "xl/worksheets/sheet1.xml",
    dataSample: data,
    sheet: "Data",
    headerRow: 1,
    headers: new Map([[0, "奖励"]]),
  });

  test("passes when each part read back is the text checked", async () => {
    const bytes = await zipParts(packageParts({ workbook, sheets: [{ part: "xl/worksheets/sheet1.xml", xml: data }] }));
    await expect(verifyOutput(bytes, written(new Map([["xl/workbook.xml", workbook]])))).resolves.toBeUndefined();
  });

  test("refuses a part whose bytes are not the text that was checked", async () => {
    const bytes = await zipParts(packageParts({ workbook, sheets: [{ part: "xl/worksheets/sheet1.xml", xml: data }] }));
    const other = workbook.replace("Data", "Dato");
    await expect(verifyOutput(bytes, written(new Map([["xl/workbook.xml", other]])))).rejects.toMatchObject({ key: "outputBroken", vars: { part: "xl/workbook.xml" } });
  });

  test("refuses when the worker found a part broken", async () => {
    const bytes = await zipParts(packageParts({ workbook, sheets: [{ part: "xl/worksheets/sheet1.xml", xml: data }] }));
    const broken = [wellFormedLater([{ part: "xl/drawings/drawing1.xml", text: "<a><b>" }], 0)];
    await expect(verifyOutput(bytes, written(new Map([["xl/workbook.xml", workbook]]), broken))).rejects.toMatchObject({ key: "outputBroken", vars: { part: "xl/drawings/drawing1.xml" } });
  });
});

describe("the data sheet's layout found in the worker while the engine evaluates", () => {
  // a sheet with the forms the layout tells apart: formulas, inline strings, a styled blank, a self-closing row, a merge
  const rows: string[] = [];
  for (let r = 1; r <= 3000; r++) {
    rows.push(
      r % 500 === 0
        ? `<row r="${r}"/>`
        : `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>员工${r}</t></is></c><c r="B${r}"><v>${r}</v></c><c r="C${r}"><f>B${r}*2</f><v>${2 * r}</v></c><c r="D${r}" s="1"/></row>`,
    );
  }
  const xml = sheetXml(rows.join("")).replace("</worksheet>", `<mergeCells count="1"><mergeCell ref="E1:F2"/></mergeCells></worksheet>`);

  test("is the layout the main thread finds, and the sheet's bytes come back whole (handed over, not copied)", async () => {
    const inline = parseSheet(Buffer.from(xml, "utf8"));
    const own = Buffer.from(xml, "utf8");
    const later = sheetLayoutLater(own, 0);
    expect(lastJobWentToWorker()).toBe(true);
    // the bytes went to the worker: this thread no longer holds them
    expect(own.buffer.byteLength).toBe(0);
    const found = await later.get();
    expect(Buffer.isBuffer(found.bytes)).toBe(true);
    expect(found.bytes.equals(Buffer.from(xml, "utf8"))).toBe(true);
    expect({ ...found, bytes: null }).toEqual({ ...inline, bytes: null });
    // by hand: 3000 rows, 4 cells in each row but the six self-closing ones, the merge E1:F2
    expect(found.rowCount).toBe(3000);
    expect(found.cellCount).toBe(4 * (3000 - 6));
    expect(found.merges).toEqual([{ top: 1, left: 4, bottom: 2, right: 5 }]);
  });

  test("a sheet the layout cannot be found in is the same error from the worker", async () => {
    const broken = Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></sheetData></worksheet>`, "utf8");
    expect(() => parseSheet(Buffer.from(broken))).toThrow("unterminated row");
    await expect(sheetLayoutLater(broken, 0).get()).rejects.toThrow("unterminated row");
  });

  test("a package gives a deflated part's bytes away (a stored part's are a view of the file: not given)", async () => {
    const bytes = await zipParts({ "a.xml": "<a>deflated</a>".repeat(100) });
    const pkg = await Package.open(bytes);
    const taken = pkg.takeInflated("a.xml")!;
    expect(taken.toString()).toBe("<a>deflated</a>".repeat(100));
    // gone from the cache: read again, inflated again, equal
    expect(pkg.bytes("a.xml").equals(taken)).toBe(true);
    expect(pkg.bytes("a.xml")).not.toBe(taken);
    const JSZip = (await import("jszip")).default;
    const z = new JSZip();
    z.file("s.xml", "<s>stored</s>");
    const stored = await Package.open(await z.generateAsync({ type: "nodebuffer", compression: "STORE" }));
    expect(stored.takeInflated("s.xml")).toBeNull();
  });

  test("a sheet larger than the early limit is left for after the engine's run (its bytes stay where they are)", async () => {
    const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const bytes = await buildPackage({ workbook, sheets: [{ part: "xl/worksheets/sheet1.xml", xml }] });
    expect(await startLayout(bytes, "Data", Buffer.byteLength(xml) - 1)).toBeUndefined();
    const started = await startLayout(bytes, "Data", Buffer.byteLength(xml));
    expect(started?.sheet).toBe("Data");
    expect((await started!.layout.get()).rowCount).toBe(3000);
    expect(await startLayout(bytes, "Other")).toBeUndefined();
  });

  test("when the worker lost the bytes, the fill reads the sheet again and finds the same layout", async () => {
    const bytes = await zipParts({ "xl/worksheets/sheet1.xml": xml });
    const pkg = await Package.open(bytes);
    const lost = { sheet: "Data", layout: { get: () => Promise.reject(new SheetBytesLost("stopped")) } };
    const layout = await layoutOf(pkg, "xl/worksheets/sheet1.xml", "Data", lost);
    expect(layout.rowCount).toBe(3000);
    // another error is the sheet's, and stops the fill
    const broken = { sheet: "Data", layout: { get: () => Promise.reject(new Error("unterminated row")) } };
    await expect(layoutOf(pkg, "xl/worksheets/sheet1.xml", "Data", broken)).rejects.toThrow("unterminated row");
  });

  test("a fill of a workbook large enough for the worker writes the same bytes as a fill with the worker off", async () => {
    const dir = tmpDir();
    const input = path.join(dir, "orders.xlsx");
    await writeOrders(input, mobileRows(6000, 50));
    expect(fs.statSync(input).size).toBeGreaterThan(100_000);
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    expect((await jiliInProcess(["fill", input, "--scheme", "mobile-retention", "--out", a])).code).toBe(0);
    expect(lastJobWentToWorker()).toBe(true);
    process.env.JILI_XML_THREAD = "off";
    try {
      expect((await jiliInProcess(["fill", input, "--scheme", "mobile-retention", "--out", b])).code).toBe(0);
      expect(lastJobWentToWorker()).toBe(false);
    } finally {
      delete process.env.JILI_XML_THREAD;
    }
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
  }, 60_000);

  test("a sheet large enough to be read in pieces (shared memory, its regions checksummed there) fills the same with the worker off", async () => {
    const dir = tmpDir();
    const input = path.join(dir, "orders.xlsx");
    await writeOrders(input, mobileRows(22_000, 100));
    // the data sheet's XML is over the size read in pieces while it is inflated
    const sheet = readZip(fs.readFileSync(input)).entries.get("xl/worksheets/sheet1.xml");
    expect(sheet?.size).toBeGreaterThanOrEqual(STREAM_MIN_BYTES);
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    expect((await jiliInProcess(["fill", input, "--scheme", "mobile-retention", "--out", a])).code).toBe(0);
    process.env.JILI_XML_THREAD = "off";
    try {
      expect((await jiliInProcess(["fill", input, "--scheme", "mobile-retention", "--out", b])).code).toBe(0);
    } finally {
      delete process.env.JILI_XML_THREAD;
    }
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    // read by SheetJS: the 22 000 data rows under the header, each with Jili's status cell filled
    const [data] = [...readWithSheetJS(fs.readFileSync(a)).values()];
    expect(data.length).toBe(22_001);
    const status = data[0].findIndex((h) => typeof h === "string" && h.startsWith("Jili·") && h.includes("状态"));
    expect(status).toBeGreaterThan(0);
    expect(data.slice(1).filter((row) => typeof row[status] === "string" && row[status] !== "").length).toBe(22_000);
  }, 120_000);
});
