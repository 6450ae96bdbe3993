/** The `rank` step as a scheme document writes it. */
import { z } from "zod";
import { Code, Expr, StepBase } from "../../scheme/atoms";

export const RankStep = z.object({
  ...StepBase,
  kind: z.literal("rank"),
  /** sort keys, first decides; asc or desc each */
  by: z.array(z.object({ expr: Expr, direction: z.enum(["asc", "desc"]) }).strict()).min(1),
  /** rank separately within each value of this */
  within: Expr.optional(),
  where: Expr.optional(),
  /** positions: amounts by position; top/bottom: membership (1/0) with ties included at the cut */
  award: z.union([
    z.object({ positions: z.array(z.number()).min(1) }).strict(),
    z.object({ top: z.number().int().positive(), amount: z.number().default(1) }).strict(),
    z.object({ bottom: z.number().int().positive(), amount: z.number().default(1) }).strict(),
  ]),
  ties: z.enum(["sheetOrder", "shareRank"]).default("sheetOrder"),
  tieWarning: Code.optional(),
  /** a position whose condition fails: award 0, note, not passed on (P13) */
  forfeit: z.object({ when: Expr, note: Code }).strict().optional(),
}).strict();

export type RankStepDef = z.infer<typeof RankStep>;
