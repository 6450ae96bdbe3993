/** Every step kind's schema, joined into the one discriminated union a scheme's steps are checked against. */
import { z } from "zod";
import { RuleStep } from "./rule/schema";
import { DuplicateStep } from "./duplicate/schema";
import { ExprStep } from "./expr/schema";
import { LookupStep } from "./lookup/schema";
import { FlatRateStep } from "./flatRate/schema";
import { SlabStep } from "./slab/schema";
import { ProgressiveStep } from "./progressive/schema";
import { WeightedStep } from "./weighted/schema";
import { RatioStep } from "./ratio/schema";
import { GradeStep } from "./grade/schema";
import { CheckStep } from "./check/schema";
import { SplitStep } from "./split/schema";
import { AggregateStep } from "./aggregate/schema";
import { RankStep } from "./rank/schema";
import { ShareStep } from "./share/schema";
import { WindowStep } from "./window/schema";

export const Step = z.discriminatedUnion("kind", [
  RuleStep,
  DuplicateStep,
  ExprStep,
  LookupStep,
  FlatRateStep,
  SlabStep,
  ProgressiveStep,
  WeightedStep,
  RatioStep,
  GradeStep,
  CheckStep,
  SplitStep,
  AggregateStep,
  RankStep,
  ShareStep,
  WindowStep,
]);
