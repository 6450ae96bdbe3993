/** The `duplicate` step as a scheme document writes it. */
import { z } from "zod";
import { Bilingual, Code, Expr, StepBase } from "../../scheme/atoms";

export const DuplicateStep = z.object({
  ...StepBase,
  kind: z.literal("duplicate"),
  code: Code,
  status: z.enum(["excluded", "invalid", "warning"]),
  key: z.array(Expr).min(1),
  /** only rows where this holds take part */
  where: Expr.optional(),
  message: Bilingual,
}).strict();

export type DuplicateStepDef = z.infer<typeof DuplicateStep>;
