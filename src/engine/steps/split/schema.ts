/** The `split` step as a scheme document writes it. */
import { z } from "zod";
import { Bilingual, Identifier, Expr, StepBase } from "../../scheme/atoms";

export const SplitStep = z.object({
  ...StepBase,
  kind: z.literal("split"),
  base: Expr,
  parts: z.array(z.object({ name: Identifier, percent: z.number(), title: Bilingual.optional() }).strict()).min(2),
}).strict();

export type SplitStepDef = z.infer<typeof SplitStep>;
