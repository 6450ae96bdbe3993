/** The `rule` step as a scheme document writes it. */
import { z } from "zod";
import { Bilingual, Code, Expr, StepBase } from "../../scheme/atoms";

export const RuleStep = z.object({
  ...StepBase,
  kind: z.literal("rule"),
  code: Code,
  status: z.enum(["excluded", "invalid", "pending", "warning", "note"]),
  /** the rule fires when this is true */
  when: Expr,
  message: Bilingual,
  /** push an invalid or excluded status down to the members (rows) of a group */
  toMembers: z.boolean().default(false),
}).strict();

export type RuleStepDef = z.infer<typeof RuleStep>;
