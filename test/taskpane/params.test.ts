import { RunProblem } from "../../src/engine";
import { typedParams } from "../../src/taskpane/controller/evaluate";
import { withParam } from "../../src/taskpane/controller/params";

// The pane reads typed parameters by the engine's rule, the one `--param` follows (src/engine/run/params.ts).

test("what was typed is kept as typed, and read when the scheme runs", () => {
  const values = withParam(withParam({}, "launchDate", " 2016-03-05 "), "bands", '[{"upTo":5}]');
  expect(values).toEqual({ launchDate: "2016-03-05", bands: '[{"upTo":5}]' });
  expect(typedParams(values)).toEqual({ launchDate: "2016-03-05", bands: [{ upTo: 5 }] });
});

test("an empty entry falls back to the scheme's own value", () => {
  expect(withParam({ cap: "100" }, "cap", "  ")).toEqual({});
});

test("JSON that does not parse stops the run with BAD_PARAM_JSON, as in the CLI (it used to be passed on as text)", () => {
  let problem: unknown;
  try {
    typedParams({ bands: "[1, 2" });
  } catch (e) {
    problem = e;
  }
  expect(problem).toBeInstanceOf(RunProblem);
  expect((problem as RunProblem).code).toBe("BAD_PARAM_JSON");
});

test("values saved in the workbook as JSON pass as they are", () => {
  expect(typedParams({ bands: [{ upTo: 5 }], n: 3 })).toEqual({ bands: [{ upTo: 5 }], n: 3 });
});
