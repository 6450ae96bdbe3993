// Character codes the hand-written .xlsx scanners compare bytes and UTF-16 units against, named once.
//
// How the hot scanners use them (measured on a 75 MB sheet, Node 20): an imported name is read from this module's
// exports object at each use, about 10 % slower in a byte loop than a literal; a module's own `const` (bound once,
// `const { LT, GT } = CH;` under the imports) is folded to the literal once the code is optimized, except in a loop
// that runs once per sheet (readSheetCells' and sheetLayout's scanRows), which binds its own inside the function.
// Code off the hot path simply imports the names.

/** `<` */
export const LT = 0x3c;
/** `>` */
export const GT = 0x3e;
/** `/` */
export const SLASH = 0x2f;
export const BACKSLASH = 0x5c;
/** `=` */
export const EQUALS = 0x3d;
/** `"` */
export const DQUOTE = 0x22;
/** `'` */
export const SQUOTE = 0x27;
/** `!` (comments, CDATA, declarations) */
export const BANG = 0x21;
/** `?` (processing instructions) */
export const QUESTION = 0x3f;
/** `:` (after a namespace prefix) */
export const COLON = 0x3a;
/** `&` */
export const AMP = 0x26;
/** `#` (numeric character references) */
export const HASH = 0x23;
/** `$` (absolute cell references) */
export const DOLLAR = 0x24;
/** `[` */
export const LBRACKET = 0x5b;
/** `]` */
export const RBRACKET = 0x5d;

/** white space: space, tab, line feed, carriage return */
export const SPACE = 0x20;
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;

/** `0`; a digit's value is its code minus this */
export const DIGIT_0 = 0x30;
/** `A` and `Z`; a column letter's number (A = 1) is its code minus `A` plus one */
export const UPPER_A = 0x41;
export const UPPER_Z = 0x5a;
/** `a` and `z`; a lower-case letter minus CASE_GAP is its upper case */
export const LOWER_A = 0x61;
export const LOWER_Z = 0x7a;
export const CASE_GAP = LOWER_A - UPPER_A;

/** single letters of attribute names and cell types: `r`, `s`, `t`, `n`, `b`, `e`, `d`, `i`, `x` */
export const LOWER_R = 0x72;
export const LOWER_S = 0x73;
export const LOWER_T = 0x74;
export const LOWER_N = 0x6e;
export const LOWER_B = 0x62;
export const LOWER_E = 0x65;
export const LOWER_D = 0x64;
export const LOWER_I = 0x69;
export const LOWER_X = 0x78;

/** first byte not ASCII */
export const NON_ASCII = 0x80;

/** the UTF-8 byte-order mark */
export const BOM_1 = 0xef;
export const BOM_2 = 0xbb;
export const BOM_3 = 0xbf;
