/** The `share` step as a scheme document writes it. */
import { z } from "zod";
import { Identifier, Expr, StepBase } from "../../scheme/atoms";

export const ShareStep = z.object({
  ...StepBase,
  kind: z.literal("share"),
  pool: Expr,
  weight: Expr,
  /** the member value that receives each share */
  attributeTo: Identifier,
}).strict();

export type ShareStepDef = z.infer<typeof ShareStep>;
