/** Step kinds: one folder each (schema, checks, runner, words), one registry that every consumer walks. */
export { allKinds, kindOf, runStep, STEP_KINDS } from "./registry";
export type { CheckContext, CodeRef, ExprRef, KindName, NameRef, StepKind, StepOf, StepScopes, Words } from "./kind";
