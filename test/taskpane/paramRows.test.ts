import { paramRows } from "../../src/taskpane/controller/params";
import { getPreset } from "../../src/schemes";

// Issue 19 leftover: a yes/no parameter's default is shown in words, not true/false. car-launch-advance's
// allOrNothing is false in the document (docs/presets/car-launch-advance.md: the clawback is per car short).
describe("parameter rows", () => {
  const scheme = getPreset("car-launch-advance")!;
  test("a yes/no default reads 否 / no", () => {
    expect(paramRows(scheme, {}, "zh-CN").find((r) => r.key === "allOrNothing")?.schemeValue).toBe("否");
    expect(paramRows(scheme, {}, "en-US").find((r) => r.key === "allOrNothing")?.schemeValue).toBe("no");
  });
  test("a masked parameter shows no value", () => {
    expect(paramRows(scheme, {}, "zh-CN").find((r) => r.key === "launchDate")).toMatchObject({ schemeValue: "", masked: true });
  });
});
