import { createHash } from "crypto";
import { dataHash, rulesHash, runStamp, stampLine } from "../../../src/engine/report/runStamp";
import { getPreset } from "../../../src/schemes";

// The run stamp: what a result was computed from. Hashes checked against Node's own SHA-256 (the reference).
const sha8 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex").slice(0, 8);

test("the data hash is SHA-256 over the header and each row as JSON, one line each", () => {
  expect(dataHash(["揽装人", "户数"], [["王丽", 3], ["李强", null]])).toBe(sha8('["揽装人","户数"]\n["王丽",3]\n["李强",null]'));
});

test("the rules hash follows every change of a rate or a parameter, and not the order of keys", () => {
  const scheme = getPreset("mobile-retention")!;
  const base = rulesHash(scheme, { params: {} });
  expect(base).toMatch(/^[0-9a-f]{8}$/);
  expect(rulesHash(JSON.parse(JSON.stringify(scheme)), { params: {} })).toBe(base);
  const changed = JSON.parse(JSON.stringify(scheme));
  changed.parts[0].steps.find((s: { name: string }) => s.name === "bonus").tiersBy.tables["营业员"][1].rate = 50;
  expect(rulesHash(changed, { params: {} })).not.toBe(base);
  expect(rulesHash(scheme, { params: { x: 1, y: 2 } })).toBe(rulesHash(scheme, { params: { y: 2, x: 1 } }));
  expect(rulesHash(scheme, { params: { x: 1 } })).not.toBe(rulesHash(scheme, { params: { x: 2 } }));
});

test("the stamp line names the scheme, the rules, the sheet and rows; the time only when given (the pane)", () => {
  const scheme = getPreset("mobile-retention")!;
  const stamp = runStamp({ scheme, choices: { params: {} }, sheet: "明细", headers: ["a"], rows: [[1], [2]] });
  expect(stamp.data).toBeUndefined();
  const zh = stampLine(stamp, "zh-CN");
  expect(zh).toBe(`计算依据：方案「移动老客户维系考核」（mobile-retention），规则 #${rulesHash(scheme, { params: {} })}；数据：工作表「明细」2 行`);
  const pane = runStamp({ scheme, choices: { params: {} }, sheet: "明细", headers: ["a"], rows: [[1], [2]], at: "2026-12-06 16:30", hashData: true });
  expect(stampLine(pane, "en-US")).toBe(`Computed from: scheme ${scheme.title["en-US"]} (mobile-retention), rules #${rulesHash(scheme, { params: {} })}; data: sheet 明细, 2 rows #${sha8('["a"]\n[1]\n[2]')}; computed 2026-12-06 16:30`);
});
