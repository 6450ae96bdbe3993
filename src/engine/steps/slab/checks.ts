/** Bands of a slab step (or a bands parameter) must cover the line once: each problem with its place. */
import { slabProblems } from "../../primitives/slabLookup";
import type { SchemeIssue } from "../../scheme/errors";
import type { BandDef } from "../../scheme/schema";
import { toSlabs } from "./bands";

type Path = (string | number)[];

export function bandIssues(bands: BandDef[], path: Path): SchemeIssue[] {
  return slabProblems(toSlabs(bands)).map((message) => ({ code: "BANDS_NOT_A_PARTITION", path, message }));
}
