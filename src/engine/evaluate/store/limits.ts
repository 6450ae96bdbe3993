// Size limits shared by several stores: one definition each, so that a column read from the sheet and a column
// computed by a step give up numbering at the same point, and keys and expressions switch tables at the same size.

/**
 * Distinct values beyond which a column is held value by value instead of as codes: codes then need two bytes per
 * entity (Uint16Array) at most, and a column with more distinct values than that is not a column of labels.
 */
export const MAX_CODES = 1 << 16;

/**
 * Distinct values a column numbers before it checks whether numbering pays: a column where most values are new
 * (names, phone numbers, amounts) costs a Map entry per value and saves nothing, and 4 096 values are enough to
 * tell it from a column of labels while the Map is still small.
 */
export const TRY_CODES = 4096;

/**
 * Whether a column holding `distinct` numbered values after `seen` entities should go on numbering: not past
 * MAX_CODES, nor past TRY_CODES when more than half of the entities brought a new value.
 */
export function keepsNumbering(distinct: number, seen: number): boolean {
  return distinct < MAX_CODES && (distinct < TRY_CODES || distinct * 2 <= seen);
}

/**
 * Combinations of codes up to which a combination's id is found through a plain Int32Array indexed by the
 * combination (4 MB at most, allocated per use) rather than a hash table: people × months, roles × grades.
 */
export const DENSE_COMBINATIONS = 1 << 20;

/**
 * Slots an open-addressing table is given up front at most, however many keys are expected: 2²⁶ slots are
 * 256 MB of Int32 per array, and a table grows by doubling beyond that if it must.
 */
export const MAX_INITIAL_SLOTS = 1 << 26;
