import { RunProblem } from "../../src/engine";

/** The RunProblem `f` throws (any other error is rethrown); fails the test when it throws none. */
export function problemOf(f: () => unknown): RunProblem {
  try {
    f();
  } catch (e) {
    if (e instanceof RunProblem) return e;
    throw e;
  }
  throw new Error("no RunProblem was thrown");
}
