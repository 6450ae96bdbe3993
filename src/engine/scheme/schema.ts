import { z } from "zod";

/** zh-CN and en-US text; every user-facing string of a scheme has both. */
export const Bilingual = z.object({ "zh-CN": z.string().min(1), "en-US": z.string().min(1) }).strict();

const Identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier (letters, digits, _)");
const Code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "must be an UPPER_SNAKE code");
/** A condition or formula in Jili's safe expression language (see README). */
const Expr = z.string().min(1);
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const FieldType = z.enum(["text", "number", "integer", "money", "rate", "bool", "date", "datetime", "month", "category"]);

const CategoryValue = z.object({ value: z.string().min(1), aliases: z.array(z.string()).optional() }).strict();

export const Field = z
  .object({
    key: Identifier,
    type: FieldType,
    title: Bilingual,
    /** more header spellings to recognise (the titles are always recognised) */
    headers: z.array(z.string().min(1)).default([]),
    required: z.boolean().default(false),
    /** code for a blank required cell (default MISSING_VALUE) */
    missingCode: Code.optional(),
    /** value used for a blank cell */
    default: Scalar.optional(),
    /** when the whole column is absent: use this value and raise this warning */
    ifColumnMissing: z.object({ default: Scalar, warning: Code.optional() }).strict().optional(),
    /** canonical labels of a category (C6); other labels are kept as written unless `closed` */
    values: z.array(CategoryValue).optional(),
    closed: z.object({ status: z.enum(["invalid", "excluded"]), code: Code }).strict().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** code for a number outside min..max (default OUT_OF_RANGE); the row is invalid */
    rangeCode: Code.optional(),
    /** parameter that supplies the year of M/D and M-D HH:MM cells (C9) */
    yearFrom: Identifier.optional(),
  })
  .strict();

export const Param = z
  .object({
    key: Identifier,
    type: z.enum(["number", "money", "rate", "date", "text", "bool", "bands", "table"]),
    title: Bilingual,
    /** null or absent = not configured yet; outputs that need it are pending MASKED_PARAMETER */
    value: z.unknown().optional(),
    /** a parameter whose absence means "none" rather than "not configured" */
    optional: z.boolean().default(false),
    note: Bilingual.optional(),
  })
  .strict();

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

const Unit = z.object({ "zh-CN": z.string(), "en-US": z.string() }).strict();

const StepBase = {
  name: Identifier,
  /** "row" or the id of a level */
  scope: z.string().default("row"),
  title: Bilingual.optional(),
  unit: Unit.optional(),
  /** what is counted, for explanations (户 / households) */
  countUnit: Unit.optional(),
};

const RuleStep = z.object({
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

const DuplicateStep = z.object({
  ...StepBase,
  kind: z.literal("duplicate"),
  code: Code,
  status: z.enum(["excluded", "invalid", "warning"]),
  key: z.array(Expr).min(1),
  /** only rows where this holds take part */
  where: Expr.optional(),
  message: Bilingual,
}).strict();

const ExprStep = z.object({ ...StepBase, kind: z.literal("expr"), expr: Expr, explain: Bilingual.optional() }).strict();

const LookupTable: z.ZodType<unknown> = z.lazy(() => z.record(z.string(), z.union([z.number(), z.string(), z.null(), LookupTable])));

const LookupStep = z.object({
  ...StepBase,
  kind: z.literal("lookup"),
  input: z.array(Expr).min(1),
  table: z.union([LookupTable, z.object({ param: Identifier }).strict()]),
  default: z.union([z.number(), z.string()]).optional(),
  /** code when a key is absent or its value is null (not configured); default pending MISSING_TABLE_VALUE */
  missing: z.object({ status: z.enum(["pending", "invalid", "excluded"]), code: Code }).strict().optional(),
}).strict();

const FlatRateStep = z.object({ ...StepBase, kind: z.literal("flatRate"), quantity: Expr, rate: z.union([z.number(), Expr]) }).strict();

const SlabStep = z.object({
  ...StepBase,
  kind: z.literal("slab"),
  input: Expr,
  bands: z.union([z.array(Band).min(1), z.object({ param: Identifier }).strict()]),
  /** amount: the band's value is the result; rate: the band's value × base */
  mode: z.enum(["amount", "rate"]).default("amount"),
  base: Expr.optional(),
}).strict();

const ProgressiveStep = z.object({
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

const WeightedStep = z.object({
  ...StepBase,
  kind: z.literal("weighted"),
  items: z.array(z.object({ input: Expr, weight: z.number() }).strict()).min(1),
}).strict();

const RatioStep = z.object({
  ...StepBase,
  kind: z.literal("ratio"),
  actual: Expr,
  /** omit for a measured rate that is already a ratio */
  target: Expr.optional(),
  points: z.number(),
  bonus: z.object({ atLeast: z.number(), inclusive: z.boolean(), points: z.number() }).strict().optional(),
  cap: z.number().optional(),
  /** value of the ratio when the target is 0 */
  whenTargetZero: z.number().optional(),
}).strict();

const GradeStep = z.object({
  ...StepBase,
  kind: z.literal("grade"),
  input: Expr,
  /** highest band first; each is "input ≥ min" (or > when inclusive is false) */
  bands: z.array(z.object({ label: z.string().min(1), min: z.number(), inclusive: z.boolean().default(true) }).strict()).min(1),
  below: z.string().min(1),
}).strict();

const CheckStep = z.object({
  ...StepBase,
  kind: z.literal("check"),
  /** each condition passes when `test` is true; failing codes are listed */
  conditions: z.array(z.object({ code: Code, test: Expr }).strict()).min(1),
  labels: z.object({ pass: z.string(), fail: z.string() }).strict().default({ pass: "MET", fail: "NOT_MET" }),
  /** when true the check does not apply and yields this label */
  notApplicable: z.object({ when: Expr, label: z.string() }).strict().optional(),
}).strict();

const SplitStep = z.object({
  ...StepBase,
  kind: z.literal("split"),
  base: Expr,
  parts: z.array(z.object({ name: Identifier, percent: z.number() }).strict()).min(2),
}).strict();

const AggregateStep = z.object({
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

const RankStep = z.object({
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

const ShareStep = z.object({
  ...StepBase,
  kind: z.literal("share"),
  pool: Expr,
  weight: Expr,
  /** the member value that receives each share */
  attributeTo: Identifier,
}).strict();

const WindowStep = z.object({
  ...StepBase,
  kind: z.literal("window"),
  /** member's period number (1 = first period) */
  period: Expr,
  value: Expr,
  first: z.number().int().positive(),
  last: z.number().int().positive(),
  length: z.number().int().positive(),
  /** the window's average must reach this (inclusive) */
  atLeast: Expr,
  /** every period with activity must pass this (evaluated on members) */
  periodTest: z.object({ test: Expr, code: Code }).strict().optional(),
  /** Σ numerator ÷ Σ denominator over the window must reach atLeast (inclusive) */
  ratioTest: z.object({ numerator: Expr, denominator: Expr, atLeast: Expr, code: Code }).strict().optional(),
  /** when no window qualifies only because a side test failed, exclude the group with that test's code */
  excludeOnFailure: z.boolean().default(false),
}).strict();

export const Step = z.discriminatedUnion("kind", [
  RuleStep,
  DuplicateStep,
  ExprStep,
  LookupStep,
  FlatRateStep,
  SlabStep,
  ProgressiveStep,
  WeightedStep,
  RatioStep,
  GradeStep,
  CheckStep,
  SplitStep,
  AggregateStep,
  RankStep,
  ShareStep,
  WindowStep,
]);

export const Level = z
  .object({
    id: Identifier,
    title: Bilingual,
    /** members of this level: "row" or a lower level */
    of: z.string().default("row"),
    keys: z.array(z.object({ name: Identifier, expr: Expr, title: Bilingual }).strict()),
    /** the period word shown with a group (C10) */
    period: z.enum(["month", "quarter", "window", "campaign", "event", "none"]).default("none"),
  })
  .strict();

export const OutputType = z.enum(["money", "number", "units", "score", "points", "count", "text", "verdict", "date", "rate"]);

export const Output = z
  .object({
    name: Identifier,
    title: Bilingual,
    type: OutputType,
    /** display decimals for numbers (money uses the scheme's rounding) */
    decimals: z.number().int().min(0).max(10).optional(),
  })
  .strict();

export const Example = z
  .object({
    title: z.string(),
    part: Identifier.optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    rows: z.array(z.record(z.string(), Scalar)),
  })
  .strict();

export const Part = z
  .object({
    id: Identifier,
    title: Bilingual,
    fields: z.array(Field).min(1),
    levels: z.array(Level).default([]),
    steps: z.array(Step).default([]),
    /** row outputs and per-level outputs */
    outputs: z.record(z.string(), z.array(Output)),
    /** C8 order of rows within a group (date, then sheet order) */
    order: z.array(Expr).default([]),
  })
  .strict();

/** One replacement in a version: the value at `at` (e.g. `parts[orders].steps[bonus].tiersBy.tables.营业员`). */
export const VersionChange = z.object({ at: z.string().min(1), value: z.unknown() }).strict();

/**
 * A dated version of the scheme: rows dated from..to (both inclusive) are computed by the document with these changes
 * applied; rows outside every version by the document itself.
 */
export const Version = z
  .object({
    title: Bilingual,
    from: DateText.optional(),
    to: DateText.optional(),
    changes: z.array(VersionChange).default([]),
  })
  .strict();

export const SchemeDocument = z
  .object({
    $schema: z.string().optional(),
    format: z.literal("jili-scheme/1"),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
    title: Bilingual,
    description: Bilingual.optional(),
    source: z.string().optional(),
    effective: z.object({ from: DateText.optional(), to: DateText.optional() }).strict().default({}),
    rounding: z.object({ scale: z.number().int().min(0).max(6), mode: z.enum(["halfUp", "halfEven", "down", "up"]) }).strict().default({ scale: 2, mode: "halfUp" }),
    params: z.array(Param).default([]),
    /** messages for codes raised by steps other than rules (warnings, pending, conflicts) */
    messages: z.record(z.string(), Bilingual).default({}),
    parts: z.array(Part).min(1),
    /** dated versions (a scheme that changed on a date); see Version */
    versions: z.array(Version).optional(),
  })
  .strict();

export type SchemeDocument = z.infer<typeof SchemeDocument>;
export type SchemeInput = z.input<typeof SchemeDocument>;
export type PartDef = z.infer<typeof Part>;
export type FieldDef = z.infer<typeof Field>;
export type StepDef = z.infer<typeof Step>;
export type LevelDef = z.infer<typeof Level>;
export type OutputDef = z.infer<typeof Output>;
export type ParamDef = z.infer<typeof Param>;
export type BandDef = z.infer<typeof Band>;
export type TierDef = z.infer<typeof Tier>;
export type BilingualText = z.infer<typeof Bilingual>;
export type VersionDef = z.infer<typeof Version>;
