/**
 * The rules sheet (规则) is a scheme document laid out as readable blocks. Column A holds Jili's markers so the sheet
 * reads back exactly; the clerk edits columns B onwards.
 *
 *   A                       B …
 *   jili-rules/1            规则 · 移动老客户维系考核            title row
 *   @parts[0].steps[12] object   步骤 13 · bonus · 累进分档      a block: an object's values, one per row
 *   tiersBy.input:s         分档依据 tiers by   personRole        an entry: key and type tag, label, value(s)
 *   @parts[0].steps[12].tiersBy.tables maprows   分档表          a block drawn as a table
 *   #cols                   #key:s  upTo:n  rate:n               column keys and type tags
 *   #labels                 键 key  截至(含) up to  单价 rate     labels for people (ignored when read)
 *                           营业员  5       20                    data rows: column A blank
 */
export const RULES_FORMAT = "jili-rules/1";
export const RULES_SHEET_NAME = "规则";

/** A cell as written: text, number, yes/no or blank. */
export type RulesCell = string | number | boolean | null;

export type RowKind = "title" | "note" | "block" | "entry" | "keys" | "labels" | "data" | "blank";

export interface RulesSheet {
  name: string;
  rows: RulesCell[][];
  /** what each row is, for styling (the reader relies on column A only) */
  kinds: RowKind[];
}

/**
 * How a block is drawn. object: one entry per value; table: one row per element of an array of objects;
 * map: key → value; mapN: N key columns → value (nested lookup tables); maprows: key → array of objects (one row per
 * element); mapobj: key → object (one row per key).
 */
export type BlockShape = "object" | "table" | "map" | "map2" | "map3" | "maprows" | "mapobj";
export const BLOCK_SHAPES: readonly BlockShape[] = ["object", "table", "map", "map2", "map3", "maprows", "mapobj"];

export const MARK = { block: "@", keys: "#cols", labels: "#labels", note: "#" } as const;

/** Arrays drawn one block per element (their elements are large and unlike each other); others are tables. */
export const ELEMENT_BLOCK_ARRAYS = new Set(["parts", "steps"]);

/** Object-valued properties that are maps from free keys (not objects with known property names). */
export const MAP_PROPS = new Set(["messages", "outputs", "tables", "table", "value"]);

/** Properties that name an array element, in order of preference, so child blocks survive reordered rows. */
export const IDENTITY_PROPS = ["id", "name", "key", "code"] as const;
