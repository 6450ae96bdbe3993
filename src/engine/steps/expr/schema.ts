/** The `expr` step as a scheme document writes it. */
import { z } from "zod";
import { Bilingual, Expr, StepBase } from "../../scheme/atoms";

export const ExprStep = z.object({ ...StepBase, kind: z.literal("expr"), expr: Expr, explain: Bilingual.optional() }).strict();

export type ExprStepDef = z.infer<typeof ExprStep>;
