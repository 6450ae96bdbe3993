import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FunctionsMetadata, localizeMetadata, Translation } from "../../src/functions/metadata/localize";
import zhCN from "../../src/functions/metadata/zh-CN.json";

// functions.json is generated from the JSDoc tags by Microsoft's generator (the same call the webpack plugin makes).
const FUNCTIONS = join(__dirname, "..", "..", "src", "functions", "functions.ts");

const EXPECTED: Record<string, [string, "matrix" | "scalar", boolean][]> = {
  KPI_POINTS: [["targetStatus", "matrix", false], ["business", "matrix", true], ["scheme", "scalar", true]],
  REFERRAL_BONUS: [["households", "matrix", false], ["role", "matrix", false], ["scheme", "scalar", true]],
  TIERED: [["value", "matrix", false], ["tiers", "matrix", false], ["mode", "scalar", true]],
  WEIGHTED_SCORE: [["scores", "matrix", false], ["weights", "matrix", false]],
  GRADE: [["score", "matrix", false], ["bands", "matrix", true]],
  GRADE_BONUS: [["grade", "matrix", false], ["role", "matrix", false], ["scheme", "scalar", true]],
  REWARD: [["scheme", "scalar", false], ["output", "scalar", false], ["values", "matrix", false], ["headers", "matrix", true], ["part", "scalar", true], ["params", "matrix", true]],
  CHECK: [["scheme", "scalar", false], ["values", "matrix", false], ["headers", "matrix", true], ["part", "scalar", true], ["params", "matrix", true]],
};

let metadata: FunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as FunctionsMetadata;
});

describe("generated functions.json", () => {
  test("lists exactly the expected functions, each spilling a matrix", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
    for (const f of metadata.functions) expect(f.result).toEqual({ dimensionality: "matrix" });
  });

  test.each(Object.entries(EXPECTED))("%s has the expected parameters", (id, params) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    expect(f.parameters?.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional === true])).toEqual(params);
    expect(f.description?.length).toBeGreaterThan(10);
    for (const p of f.parameters ?? []) expect(p.description?.length).toBeGreaterThan(3);
  });
});

describe("functions-zh-cn.json", () => {
  test("lists the same functions and parameters with Chinese names and descriptions", () => {
    const zh = localizeMetadata(metadata, zhCN as Translation);
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      const en = metadata.functions[i];
      expect(f.name).toMatch(/^[\u4e00-\u9fff][\u4e00-\u9fff\w.]{2,}$/); // starts with a letter, at least 3 characters
      expect(f.name).not.toBe(en.name);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(f.parameters?.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(en.parameters?.map((p) => [p.type, p.dimensionality, p.optional]));
      for (const p of f.parameters ?? []) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  test("a function or parameter missing from the table fails the build", () => {
    const partial = { ...(zhCN as Translation) };
    delete partial.CHECK;
    expect(() => localizeMetadata(metadata, partial)).toThrow("no translation for CHECK");
    const renamed = JSON.parse(JSON.stringify(zhCN)) as Translation;
    renamed.GRADE.parameters.grades = renamed.GRADE.parameters.score;
    delete renamed.GRADE.parameters.score;
    expect(() => localizeMetadata(metadata, renamed)).toThrow(/GRADE: translation for unknown parameter grades[\s\S]*GRADE: no translation for parameter score/);
  });
});
