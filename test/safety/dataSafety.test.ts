import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { expectSameOutsideJili, jili, jiliInProcess, loadWorkbook, tmpDir } from "../cli/helpers";
import { CASES, fileOf } from "./corpus";

// Data safety on real .xlsx files (issue 8, part 4), over the whole bad-input corpus: after `fill` every cell outside
// Jili's columns and summary sheet is the same; a second fill is byte-identical; a fill that stops (protected sheet,
// protected workbook structure, a failing disk) leaves every file as it was. test/cli/roundtrip.test.ts does the same
// for a workbook with a chart, a pivot table, an image, comments and VBA, part by part.


/** the fs module object itself (the `import * as fs` binding above is a read-only namespace copy) */
const nodeFs = jest.requireActual<typeof fs>("fs");
const dir = tmpDir();
const workbooks = CASES.filter((c) => c.file.endsWith(".xlsx"));
const fillable = workbooks.filter((c) => c.exit !== 2 && c.fillExit === undefined);

const copy = (from: string, name: string) => {
  const to = path.join(dir, name);
  fs.copyFileSync(from, to);
  return to;
};
const leftovers = (d: string) => fs.readdirSync(d).filter((f) => f.endsWith(".tmp"));

describe.each(fillable.map((c) => [c.id, c] as const))("fill %s", (id, c) => {
  const out = path.join(dir, `${id}.filled.xlsx`);
  let code: number;

  beforeAll(async () => {
    code = (await jiliInProcess(["fill", fileOf(c), "-s", c.scheme, "--out", out])).code;
  });

  test("runs, and every cell outside Jili's columns and summary sheet is the same (values, formulas, formats, styles, merges, comments, hidden rows, filters)", async () => {
    expect([0, 1]).toContain(code); // the exact exit code of each case is asserted in corpus.test.ts
    const before = await loadWorkbook(fileOf(c));
    const after = await loadWorkbook(out);
    expect(after.worksheets.map((w) => w.name).slice(0, before.worksheets.length)).toEqual(before.worksheets.map((w) => w.name));
    expectSameOutsideJili(before, after);
  });

  test("a second fill of the output and a fill of the same input give byte-identical files", async () => {
    const again = path.join(dir, `${id}.again.xlsx`);
    const twice = path.join(dir, `${id}.twice.xlsx`);
    await jiliInProcess(["fill", fileOf(c), "-s", c.scheme, "--out", again]);
    await jiliInProcess(["fill", out, "-s", c.scheme, "--out", twice]);
    expect(fs.readFileSync(again).equals(fs.readFileSync(out))).toBe(true);
    expect(fs.readFileSync(twice).equals(fs.readFileSync(out))).toBe(true);
  });
});

describe("hidden and filtered rows are processed and stay hidden (subprocess)", () => {
  test("Jili's columns are written on the hidden rows; the rows, the filter and the user's cells are unchanged", async () => {
    const c = CASES.find((x) => x.id === "hidden-filtered")!;
    const out = path.join(dir, "hidden.sub.xlsx");
    const r = await jili(["fill", fileOf(c), "-s", c.scheme, "--out", out]);
    expect(r.code).toBe(0);
    const wb = await loadWorkbook(out);
    const ws = wb.getWorksheet("订单")!;
    expect(c.hiddenRows!.map((n) => ws.getRow(n).hidden)).toEqual(c.hiddenRows!.map(() => true));
    // rowBonus is Jili's third column: L, after the nine data columns A–I
    expect([2, 3, 4, 5, 6, 7].map((n) => ws.getCell(n, 12).value)).toEqual([20, 20, 20, 20, 20, 40]);
    expectSameOutsideJili(await loadWorkbook(fileOf(c)), wb);
  });
});

describe("a fill that stops leaves everything as it was", () => {
  const protectedCase = CASES.find((x) => x.id === "protected-sheet")!;

  test("a protected sheet: exit 2, a message in both languages, no output file, the input unchanged", async () => {
    const input = copy(fileOf(protectedCase), "protected.xlsx");
    const bytes = fs.readFileSync(input);
    const out = path.join(dir, "protected-out.xlsx");
    const r = await jili(["fill", input, "-s", protectedCase.scheme, "--out", out]);
    expect(r.code).toBe(protectedCase.fillExit);
    for (const s of protectedCase.fillStderr!) expect(r.stderr).toContain(s);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    // reading a protected sheet is fine
    expect((await jiliInProcess(["validate", input, "-s", protectedCase.scheme])).code).toBe(protectedCase.exit);
  });

  test("a protected sheet written in place (--out = the input): the file is untouched", async () => {
    const input = copy(fileOf(protectedCase), "protected-inplace.xlsx");
    const bytes = fs.readFileSync(input);
    const r = await jiliInProcess(["fill", input, "-s", protectedCase.scheme, "--out", input, "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Nothing was written.");
    expect(r.stderr).toContain("未写入任何内容");
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
  });

  test("a workbook whose structure is protected: no summary sheet can be added, exit 2, nothing written", async () => {
    const c = CASES.find((x) => x.id === "header-spaces")!;
    const z = await JSZip.loadAsync(fs.readFileSync(fileOf(c)));
    const xml = await z.file("xl/workbook.xml")!.async("string");
    z.file("xl/workbook.xml", xml.replace(/<sheets>/, '<workbookProtection lockStructure="1"/><sheets>'));
    const input = path.join(dir, "structure.xlsx");
    fs.writeFileSync(input, await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const out = path.join(dir, "structure-out.xlsx");
    const r = await jiliInProcess(["fill", input, "-s", c.scheme, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("工作簿结构受保护");
    expect(r.stderr).toContain("The workbook's structure is protected");
    expect(fs.existsSync(out)).toBe(false);
  });

  describe("the disk fails while writing", () => {
    const c = CASES.find((x) => x.id === "merged-header")!;
    afterEach(() => jest.restoreAllMocks());

    async function failingFill(fail: () => void): Promise<{ code: number; stderr: string; target: string; before: Buffer }> {
      // the target already exists (an earlier fill): it must survive a failed run as it was
      const target = path.join(dir, "target.xlsx");
      await jiliInProcess(["fill", fileOf(c), "-s", c.scheme, "--out", target]);
      const before = fs.readFileSync(target);
      fail();
      const r = await jiliInProcess(["fill", fileOf(c), "-s", c.scheme, "--out", target, "--lang", "en-US"]);
      jest.restoreAllMocks();
      return { ...r, target, before };
    }

    test("the rename fails (file locked): exit 2, a message in both languages, the old file intact, no temporary file left", async () => {
      const r = await failingFill(() =>
        jest.spyOn(nodeFs, "renameSync").mockImplementation(() => {
          throw Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" });
        }),
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Cannot write");
      expect(r.stderr).toContain("无法写入");
      expect(r.stderr).toContain("EBUSY");
      expect(fs.readFileSync(r.target).equals(r.before)).toBe(true);
      expect(leftovers(dir)).toEqual([]);
    });

    test("the disk fills up halfway through the bytes: the old file intact, the partial temporary file removed", async () => {
      const real = fs.writeFileSync;
      const r = await failingFill(() =>
        jest.spyOn(nodeFs, "writeFileSync").mockImplementation((file, data, ...rest) => {
          real(file as fs.PathOrFileDescriptor, (data as Buffer).subarray(0, 100), ...(rest as []));
          throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
        }),
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("ENOSPC");
      expect(fs.readFileSync(r.target).equals(r.before)).toBe(true);
      expect(leftovers(dir)).toEqual([]);
    });
  });
});
