/** The `progressive` step as a scheme document writes it. */
import { z } from "zod";
import { Identifier, Expr, Tier, StepBase } from "../../scheme/atoms";

export const ProgressiveStep = z.object({
  ...StepBase,
  kind: z.literal("progressive"),
  /** n from a group value; default: the number of counted members */
  count: Expr.optional(),
  tiers: z.array(Tier).min(1).optional(),
  /** tiers chosen by a value (e.g. role); `*` is the fallback */
  tiersBy: z.object({ input: Expr, tables: z.record(z.string(), z.array(Tier).min(1)) }).strict().optional(),
  /** write each counted member's marginal rate into this row value (C8) */
  attributeTo: Identifier.optional(),
  /** member order for attribution; sheet order breaks ties */
  order: z.array(Expr).default([]),
  where: Expr.optional(),
}).strict();

export type ProgressiveStepDef = z.infer<typeof ProgressiveStep>;
