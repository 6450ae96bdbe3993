import fc from "fast-check";
import { crc32, crc32Combine } from "../../src/cli/xlsx/crc32";
import { BlockCrc, DeflateSink } from "../../src/cli/xlsx/deflateSink";
import { blockCrcLater, workerStarted } from "../../src/cli/xlsx/xmlThread";
import { crcReference } from "./support/crcReference";

// The CRC of a part written block by block: each block's CRC taken on the XML thread, the part's made from them
// (src/cli/xlsx/crc32.ts crc32Combine). Expected values come from a bit-by-bit CRC of the joined bytes.


function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

describe("crc32Combine: the CRC of two pieces joined, from theirs", () => {
  test("known value: '123456789' split anywhere gives the check value CBF43926", () => {
    const text = Buffer.from("123456789", "latin1");
    for (let cut = 0; cut <= text.length; cut++) {
      const a = text.subarray(0, cut);
      const b = text.subarray(cut);
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(0xcbf43926);
    }
  });

  test("any two pieces: the same as the bit-by-bit CRC of both", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 3000 }), (a, b) => {
        expect(crc32Combine(crcReference(a), crcReference(b), b.length)).toBe(crcReference(joined(a, b)));
      }),
      { numRuns: 200 },
    );
  });

  test("a piece of 4 MB and more (the lengths of a sheet's blocks), and an empty second piece", () => {
    const big = new Uint8Array((4 << 20) + 3).map((_, i) => (i * 31 + 7) & 0xff);
    const head = Buffer.from("<worksheet>", "latin1");
    expect(crc32Combine(crc32(head), crc32(big), big.length)).toBe(crcReference(joined(head, big)));
    expect(crc32Combine(crc32(head), 0, 0)).toBe(crcReference(head));
  });
});

describe("DeflateSink: each block's CRC taken elsewhere", () => {
  const text = "第16户（超出5户）：40元 <c r=\"O2\"/>".repeat(400_000);
  const whole = Buffer.from(text, "utf8");

  test("the blocks' CRCs, combined, are the part's; one call per block", async () => {
    let calls = 0;
    const byHand: BlockCrc = async (block, length) => {
      calls++;
      return crcReference(new Uint8Array(block, 0, length));
    };
    const sink = new DeflateSink(byHand);
    sink.text(text);
    const d = await sink.finish();
    expect(calls).toBe(Math.ceil(whole.length / (4 << 20)));
    expect(d.crc).toBe(crcReference(whole));
  });

  test("by default on the XML thread (a worker), with the same CRC", async () => {
    const sink = new DeflateSink();
    sink.text(text);
    const d = await sink.finish();
    expect(workerStarted()).toBe(true);
    expect(d.crc).toBe(crcReference(whole));
    expect(await blockCrcLater(new SharedArrayBuffer(8), 0)).toBe(0);
  });

  test("a CRC that fails fails the part: never a part with a CRC left out", async () => {
    const failing: BlockCrc = async () => {
      throw new Error("the XML thread stopped");
    };
    const sink = new DeflateSink(failing);
    sink.text(text);
    await expect(sink.finish()).rejects.toThrow("the XML thread stopped");
  });
});
