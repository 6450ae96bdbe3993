/** The building blocks of scheme documents that the document schema and every step kind's schema share. */
import { z } from "zod";

/** zh-CN and en-US text; every user-facing string of a scheme has both. */
export const Bilingual = z.object({ "zh-CN": z.string().min(1), "en-US": z.string().min(1) }).strict();

export const Identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier (letters, digits, _)");
export const Code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "must be an UPPER_SNAKE code");
/** A condition or formula in Jili's safe expression language (see README). */
export const Expr = z.string().min(1);
export const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const Band = z
  .object({
    from: z.number().optional(),
    fromInclusive: z.boolean().optional(),
    to: z.number().optional(),
    toInclusive: z.boolean().optional(),
    value: z.union([z.number(), z.string()]),
  })
  .strict();

export const Tier = z
  .object({
    /** last unit of this band, inclusive ("5户内"); absent on the top band */
    upTo: z.number().int().positive().optional(),
    rate: z.number(),
  })
  .strict();

export const Unit = z.object({ "zh-CN": z.string(), "en-US": z.string() }).strict();

export const StepBase = {
  name: Identifier,
  /** "row" or the id of a level */
  scope: z.string().default("row"),
  title: Bilingual.optional(),
  unit: Unit.optional(),
  /** what is counted, for explanations (户 / households) */
  countUnit: Unit.optional(),
};
