/** The `aggregate` step as a scheme document writes it. */
import { z } from "zod";
import { Code, Expr, StepBase } from "../../scheme/atoms";

export const AggregateStep = z.object({
  ...StepBase,
  kind: z.literal("aggregate"),
  op: z.enum(["count", "sum", "mean", "weightedMean", "min", "max", "single", "any", "all", "countDistinct"]),
  of: Expr.optional(),
  weight: Expr.optional(),
  /** member scope; "row" unless aggregating a lower level */
  from: z.string().default("row"),
  where: Expr.optional(),
  /** include members of every status (default: only ok members count, C2) */
  allMembers: z.boolean().default(false),
  /** for `single`: members disagree → this status on the group */
  conflict: z.object({ code: Code, status: z.enum(["invalid", "warning"]), toMembers: z.boolean().default(true) }).strict().optional(),
}).strict();

export type AggregateStepDef = z.infer<typeof AggregateStep>;
