/** The `grade` step as a scheme document writes it. */
import { z } from "zod";
import { Expr, StepBase } from "../../scheme/atoms";

export const GradeStep = z.object({
  ...StepBase,
  kind: z.literal("grade"),
  input: Expr,
  /** highest band first; each is "input ≥ min" (or > when inclusive is false) */
  bands: z.array(z.object({ label: z.string().min(1), min: z.number(), inclusive: z.boolean().default(true) }).strict()).min(1),
  below: z.string().min(1),
}).strict();

export type GradeStepDef = z.infer<typeof GradeStep>;
