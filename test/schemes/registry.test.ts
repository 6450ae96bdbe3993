import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { loadScheme, schemeJsonSchema } from "../../src/engine";
import { ENGINE_MESSAGES } from "../../src/engine/i18n/messages";
import { allPresets, getPreset, presetIds } from "../../src/schemes";

const PRESET_INDEX = join(__dirname, "..", "..", "docs", "presets", "README.md");

/** Scheme ids in the table of docs/presets/README.md — the project's specification, not a list kept here. */
function specifiedIds(): string[] {
  const text = readFileSync(PRESET_INDEX, "utf8");
  const table = text.slice(text.indexOf("## Presets"), text.indexOf("## The format"));
  return [...table.matchAll(/^\|\s*\d+\s*\|\s*`([a-z0-9-]+)`/gm)].map((m) => m[1]);
}

const HAN = /[\u4e00-\u9fff]/;

describe("preset registry", () => {
  test("every specified scheme is a preset, in the order of the specification (docs/presets/README.md)", () => {
    expect(specifiedIds()).toHaveLength(21);
    expect(presetIds()).toEqual(specifiedIds());
  });

  describe.each(presetIds())("%s", (id) => {
    const scheme = getPreset(id)!;

    test("validates, and survives a JSON round trip unchanged", () => {
      expect(loadScheme(JSON.parse(JSON.stringify(scheme)))).toEqual(scheme);
    });

    test("has bilingual titles for the scheme, its parts, fields, levels and outputs", () => {
      const texts = [scheme.title, ...scheme.parts.flatMap((p) => [p.title, ...p.fields.map((f) => f.title), ...p.levels.map((l) => l.title), ...Object.values(p.outputs).flat().map((o) => o.title)])];
      for (const t of texts) {
        expect(t["zh-CN"]).toMatch(HAN);
        expect(t["en-US"].trim().length).toBeGreaterThan(0);
      }
    });

    test("every code it can raise has a zh-CN and an en-US message", () => {
      for (const part of scheme.parts) {
        for (const step of part.steps) {
          if (step.kind === "rule" || step.kind === "duplicate") {
            expect(step.message["zh-CN"]).toMatch(HAN);
            expect(step.message["en-US"]).toMatch(/[A-Za-z]/);
          }
        }
      }
      for (const [code, m] of Object.entries({ ...ENGINE_MESSAGES, ...scheme.messages })) {
        expect([code, m["zh-CN"]]).toEqual([code, expect.stringMatching(HAN)]);
        expect([code, m["en-US"]]).toEqual([code, expect.stringMatching(/[A-Za-z]/)]);
      }
    });

    test("has at least four example tests", () => {
      const file = join(__dirname, `${id}.test.ts`);
      expect(existsSync(file)).toBe(true);
      const source = readFileSync(file, "utf8");
      const declared = source.match(/\b(test|it)(\.each\([\s\S]*?\))?\(\s*["'`]/g) ?? [];
      expect(declared.length).toBeGreaterThanOrEqual(4);
    });
  });

  test("the committed JSON Schema for editors is up to date (npm run schema)", () => {
    const committed = JSON.parse(readFileSync(join(__dirname, "..", "..", "src", "schemes", "scheme.schema.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(schemeJsonSchema())));
  });

  test("allPresets loads each preset once", () => {
    expect(allPresets().map((s) => s.id)).toEqual(presetIds());
  });
});
