/** The `window` step as a scheme document writes it. */
import { z } from "zod";
import { Code, Expr, StepBase } from "../../scheme/atoms";

export const WindowStep = z.object({
  ...StepBase,
  kind: z.literal("window"),
  /** member's period number (1 = first period) */
  period: Expr,
  value: Expr,
  first: z.number().int().positive(),
  last: z.number().int().positive(),
  length: z.number().int().positive(),
  /** the window's average must reach this (inclusive) */
  atLeast: Expr,
  /** every period with activity must pass this (evaluated on members) */
  periodTest: z.object({ test: Expr, code: Code }).strict().optional(),
  /** Σ numerator ÷ Σ denominator over the window must reach atLeast (inclusive) */
  ratioTest: z.object({ numerator: Expr, denominator: Expr, atLeast: Expr, code: Code }).strict().optional(),
  /** when no window qualifies only because a side test failed, exclude the group with that test's code */
  excludeOnFailure: z.boolean().default(false),
}).strict();

export type WindowStepDef = z.infer<typeof WindowStep>;
