import { rulesSheetToScheme, schemeToRulesSheet } from "../../../src/engine/rulesSheet";
import { getPreset, presetIds } from "../../../src/schemes";

describe("rules sheet round trip (scheme → 规则 sheet → scheme)", () => {
  it.each(presetIds())("%s comes back as the same validated scheme", (id) => {
    const scheme = getPreset(id)!;
    const sheet = schemeToRulesSheet(scheme);
    const back = rulesSheetToScheme(sheet.rows);
    if (!back.ok) throw new Error(back.problems.map((p) => p.message["en-US"]).join("\n"));
    expect(back.scheme).toEqual(scheme);
  });
});
