/** The `ratio` step as a scheme document writes it. */
import { z } from "zod";
import { Expr, StepBase } from "../../scheme/atoms";

export const RatioStep = z.object({
  ...StepBase,
  kind: z.literal("ratio"),
  actual: Expr,
  /** omit for a measured rate that is already a ratio */
  target: Expr.optional(),
  points: z.number(),
  bonus: z.object({ atLeast: z.number(), inclusive: z.boolean(), points: z.number() }).strict().optional(),
  cap: z.number().optional(),
  /** value of the ratio when the target is 0 */
  whenTargetZero: z.number().optional(),
}).strict();

export type RatioStepDef = z.infer<typeof RatioStep>;
