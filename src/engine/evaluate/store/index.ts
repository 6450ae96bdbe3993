// The storage of an evaluation, for speed: columns as codes or blocks, expressions per code, key tables, groups'
// members, bounded caches. Only what the rest of the engine uses is exported; hashing, probing and limits stay inside.
export { Blocks } from "./blocks";
export { Column } from "./column";
export type { ColumnCodes } from "./columnCodes";
export { CellCodes } from "./cellCodes";
export { CodedExpr, codesOf, combineCodes } from "./codedExpr";
export type { Codes } from "./codedExpr";
export { KeyPart, partArrays } from "./keyPart";
export type { KeyText } from "./keyPart";
export { numberKeys } from "./numberKeys";
export { RowKeyIndex } from "./rowKeyIndex";
export { firstOfKeys } from "./firstOfKeys";
export type { RowKeyParts } from "./rowKeyHash";
export { composeGroups, membersOf } from "./membership";
export type { Membership } from "./membership";
export { BoundedCache } from "./boundedCache";
