// Issue 22's guard: the speed work changes how a fill is made, never what it writes. Each example workbook filled
// with its preset must hold, part for part, exactly what the fill wrote before that work began (code at fcb43d7; the
// digests below were taken from that revision's output). The digest is over every part's name and inflated bytes in
// archive order, so it does not depend on the zlib Node ships; test/cli/roundtrip.test.ts checks the zip bytes repeat.
// This is a regression guard, not a check of the amounts: those are checked by hand elsewhere (examples.test.ts).
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { example, jiliInProcess, tmpDir } from "./helpers";

const BEFORE: Record<string, string> = {
  "mobile-retention": "e040cdb3e4cf73c1f05120c891f1e8d529a7431d14b0ee71eddac1021c149b42",
  "broadband-retention": "cd7778ce62843af962ea129745ed7581b347fab71d58d1aeb28ca514c6c1a0be",
  "repair-dept-grade": "c6a34ab33f728831f7e367df350fcf69489e0714c03cf45640b98a2f15a15092",
  "postal-client-maintenance": "def19e0aa92343f25ba3abc4864c08289ed3924fc440c954d0c49ec58ebe4b1d",
  "car-referral": "008f8332a945353626da4525d5a21e3cfb0de90570e276bfdaa9b9f900765355",
  "equipment-post-wage": "aad20a2566136c6ae37ea7be763b7cb48b113e20d0ee78b8e6fa74815c643cd7",
};

/** SHA-256 over each part's name and inflated content, in the archive's order (read by JSZip, not Jili's reader). */
async function partsDigest(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const h = crypto.createHash("sha256");
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    h.update(`${name}\0`);
    h.update(await zip.file(name)!.async("nodebuffer"));
    h.update("\0");
  }
  return h.digest("hex");
}

describe("a fill writes what it wrote before the speed work (issue 22)", () => {
  const dir = tmpDir();
  test.each(Object.keys(BEFORE))("%s", async (id) => {
    const out = path.join(dir, `${id}.xlsx`);
    const r = await jiliInProcess(["fill", example(`${id}.xlsx`), "--scheme", id, "--out", out]);
    expect([0, 1]).toContain(r.code);
    expect(await partsDigest(out)).toBe(BEFORE[id]);
  });
});
