/** The `flatRate` step as a scheme document writes it. */
import { z } from "zod";
import { Expr, StepBase } from "../../scheme/atoms";

export const FlatRateStep = z.object({ ...StepBase, kind: z.literal("flatRate"), quantity: Expr, rate: z.union([z.number(), Expr]) }).strict();

export type FlatRateStepDef = z.infer<typeof FlatRateStep>;
