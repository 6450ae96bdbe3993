/** The `check` step as a scheme document writes it. */
import { z } from "zod";
import { Code, Expr, StepBase } from "../../scheme/atoms";

export const CheckStep = z.object({
  ...StepBase,
  kind: z.literal("check"),
  /** each condition passes when `test` is true; failing codes are listed */
  conditions: z.array(z.object({ code: Code, test: Expr }).strict()).min(1),
  labels: z.object({ pass: z.string(), fail: z.string() }).strict().default({ pass: "MET", fail: "NOT_MET" }),
  /** when true the check does not apply and yields this label */
  notApplicable: z.object({ when: Expr, label: z.string() }).strict().optional(),
}).strict();

export type CheckStepDef = z.infer<typeof CheckStep>;
