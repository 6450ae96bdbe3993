/** The `weighted` step as a scheme document writes it. */
import { z } from "zod";
import { Expr, StepBase } from "../../scheme/atoms";

export const WeightedStep = z.object({
  ...StepBase,
  kind: z.literal("weighted"),
  items: z.array(z.object({ input: Expr, weight: z.number() }).strict()).min(1),
}).strict();

export type WeightedStepDef = z.infer<typeof WeightedStep>;
