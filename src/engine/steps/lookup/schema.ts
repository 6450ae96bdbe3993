/** The `lookup` step as a scheme document writes it. */
import { z } from "zod";
import { Identifier, Code, Expr, StepBase } from "../../scheme/atoms";

const LookupTable: z.ZodType<unknown> = z.lazy(() => z.record(z.string(), z.union([z.number(), z.string(), z.null(), LookupTable])));

export const LookupStep = z.object({
  ...StepBase,
  kind: z.literal("lookup"),
  input: z.array(Expr).min(1),
  table: z.union([LookupTable, z.object({ param: Identifier }).strict()]),
  default: z.union([z.number(), z.string()]).optional(),
  /** code when a key is absent or its value is null (not configured); default pending MISSING_TABLE_VALUE */
  missing: z.object({ status: z.enum(["pending", "invalid", "excluded"]), code: Code }).strict().optional(),
}).strict();

export type LookupStepDef = z.infer<typeof LookupStep>;
