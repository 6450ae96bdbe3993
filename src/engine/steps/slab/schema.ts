/** The `slab` step as a scheme document writes it. */
import { z } from "zod";
import { Identifier, Expr, Band, StepBase } from "../../scheme/atoms";

export const SlabStep = z.object({
  ...StepBase,
  kind: z.literal("slab"),
  input: Expr,
  bands: z.union([z.array(Band).min(1), z.object({ param: Identifier }).strict()]),
  /** amount: the band's value is the result; rate: the band's value × base */
  mode: z.enum(["amount", "rate"]).default("amount"),
  base: Expr.optional(),
}).strict();

export type SlabStepDef = z.infer<typeof SlabStep>;
