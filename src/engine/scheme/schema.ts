import { z } from "zod";
import { Band, Bilingual, Code, DateText, Expr, Identifier, Scalar, Tier } from "./atoms";
import { Step } from "../steps/schemas";

export { Band, Bilingual, Tier } from "./atoms";

export const FieldType = z.enum(["text", "number", "integer", "money", "rate", "bool", "date", "datetime", "month", "category"]);

const CategoryValue = z.object({ value: z.string().min(1), aliases: z.array(z.string()).optional() }).strict();

/** A column a derived field is worked out from, read as a field of its own type (never a field of the part). */
const DeriveSource = z
  .object({
    name: Identifier,
    title: Bilingual,
    /** more header spellings to recognise (the titles are always recognised) */
    headers: z.array(z.string().min(1)).default([]),
    type: FieldType,
  })
  .strict();

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
    /**
     * When the field's own column is absent, work it out per row from other columns (是否副卡 from 卡类型 == "副卡").
     * A blank or unreadable source cell makes the row invalid, naming the source column.
     */
    derive: z.object({ sources: z.array(DeriveSource).min(1), expr: Expr }).strict().optional(),
    /**
     * What the source says an absent column or a blank cell means (no 是否一线作业人员: the post decides). Without it
     * a yes/no or category field that a step reads must be present, derived or assumed, and a blank yes/no cell
     * without a default is invalid (C5).
     */
    absentMeans: Bilingual.optional(),
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

export { Step } from "../steps/schemas";

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
    /**
     * the money a group is paid, where its level has several money outputs (tranches and their sum, a turnover
     * beside the award): the summary's total, the headline and the statements use it (engine/report/payOutput)
     */
    total: z.boolean().optional(),
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

/**
 * A table laid out wide, as clerks keep it: one column per value of `across` (第1周 … 第5周, 2016-05 …), each cell
 * holding `value`. It is read as long rows: one per wide column, with `across` set from the column's header.
 */
export const Wide = z.object({ value: Identifier, across: Identifier }).strict();

/**
 * A table of the part kept on a sheet of its own (a roster, targets per person, monthly rates beside weekly
 * counts), joined to the main table's rows by keys. Each entry of `keys` lists field keys that may serve (the
 * first that both tables hold is used: 工号, else 姓名). When the main sheet itself holds these fields the table
 * is not looked for (the stacked layout stays possible).
 */
export const JoinedTable = z
  .object({
    id: Identifier,
    title: Bilingual,
    /** the part's fields this table holds besides its keys; none for a roster (people who may have no rows) */
    fields: z.array(Identifier).default([]),
    keys: z.array(z.array(Identifier).min(1)).min(1),
    /**
     * sheet names that hold the table (名单, 花名册): how a roster, which has no field of its own to be recognised
     * by, is found; a table with fields is found by its headers
     */
    sheetNames: z.array(z.string().min(1)).default([]),
    wide: Wide.optional(),
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
    /** tables of the part on sheets of their own, joined to the main table by keys */
    tables: z.array(JoinedTable).optional(),
    /** the main table may be laid out wide (one column per week or month) */
    wide: Wide.optional(),
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

/**
 * One person's total across parts keyed by the same person (new-customer-dev's marketing reward, direct-sales award
 * and fine): each entry names a part's level, its money output and the level key that names the person. A part
 * keyed by something else (a workshop, a team's pool) is not listed and is reported apart.
 */
export const PersonTotal = z
  .object({
    title: Bilingual,
    from: z
      .array(
        z
          .object({
            part: Identifier,
            level: Identifier,
            output: Identifier,
            /** the level key that names the person (工号, else 姓名, as the level's key expression has it) */
            person: Identifier,
            /** a fine: taken off the total */
            deducts: z.boolean().default(false),
          })
          .strict(),
      )
      .min(2),
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
    /** one total per person across the parts keyed by person */
    personTotal: PersonTotal.optional(),
    /** dated versions (a scheme that changed on a date); see Version */
    versions: z.array(Version).optional(),
  })
  .strict();

export type SchemeDocument = z.infer<typeof SchemeDocument>;
export type SchemeInput = z.input<typeof SchemeDocument>;
export type PartDef = z.infer<typeof Part>;
export type FieldDef = z.infer<typeof Field>;
export type JoinedTableDef = z.infer<typeof JoinedTable>;
export type WideDef = z.infer<typeof Wide>;
export type PersonTotalDef = z.infer<typeof PersonTotal>;
export type StepDef = z.infer<typeof Step>;
export type LevelDef = z.infer<typeof Level>;
export type OutputDef = z.infer<typeof Output>;
export type ParamDef = z.infer<typeof Param>;
export type BandDef = z.infer<typeof Band>;
export type TierDef = z.infer<typeof Tier>;
export type BilingualText = z.infer<typeof Bilingual>;
export type VersionDef = z.infer<typeof Version>;
