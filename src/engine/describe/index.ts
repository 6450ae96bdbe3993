export { describePart, describeScheme } from "./describeScheme";
export type { SchemeDescription } from "./describeScheme";
export type { Facts } from "./facts";
export { exprWords } from "./exprWords";
