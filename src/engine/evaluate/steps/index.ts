import { StepDef } from "../../scheme/schema";
import { RunState } from "../runState";
import { runAggregate } from "./aggregateStep";
import { runCheck } from "./checkStep";
import { runDuplicate } from "./duplicateStep";
import { runExpr } from "./exprStep";
import { runFlatRate } from "./flatRateStep";
import { runGrade } from "./gradeStep";
import { runLookup } from "./lookupStep";
import { runProgressive } from "./progressiveStep";
import { runRank } from "./rankStep";
import { runRatio } from "./ratioStep";
import { runRule } from "./ruleStep";
import { runShare } from "./shareStep";
import { runSlab } from "./slabStep";
import { runSplit } from "./splitStep";
import { runWeighted } from "./weightedStep";
import { runWindow } from "./windowStep";

type Runner<K extends StepDef["kind"]> = (step: Extract<StepDef, { kind: K }>, state: RunState) => void;

/** One runner per step kind; the mapped type makes a missing kind a compile error. */
const RUNNERS: { [K in StepDef["kind"]]: Runner<K> } = {
  rule: runRule,
  duplicate: runDuplicate,
  expr: runExpr,
  lookup: runLookup,
  flatRate: runFlatRate,
  slab: runSlab,
  progressive: runProgressive,
  weighted: runWeighted,
  ratio: runRatio,
  grade: runGrade,
  check: runCheck,
  split: runSplit,
  aggregate: runAggregate,
  rank: runRank,
  share: runShare,
  window: runWindow,
};

export function runStep(step: StepDef, state: RunState): void {
  (RUNNERS[step.kind] as Runner<typeof step.kind>)(step as never, state);
}
