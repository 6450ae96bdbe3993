export { tunables, withTunable } from "./tunables";
export type { Tunable } from "./tunables";
export { compareGroups } from "./compare";
export type { GroupComparison } from "./compare";
