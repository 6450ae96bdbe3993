import { findStep, getPresetStrict, PartDef, SchemeDocument, StepDef } from "./engineFacade";
import { CallError } from "./excelError";

export { fieldOfExpr } from "./engineFacade";

export interface BoundStep<K extends StepDef["kind"]> {
  scheme: SchemeDocument;
  part: PartDef;
  step: Extract<StepDef, { kind: K }>;
}

/** A named step of a scheme, found by the engine: the function reads its table or tiers; the numbers live in the scheme. */
export function presetStep<K extends StepDef["kind"]>(schemeId: string, kind: K, name?: string): BoundStep<K> {
  const scheme = getPresetStrict(schemeId);
  const found = findStep(scheme, kind, name);
  if (found) return { scheme, ...found };
  throw new CallError({
    "zh-CN": `方案 ${schemeId} 没有可用于此函数的${name ? `「${name}」` : ""}规则表`,
    "en-US": `Scheme ${schemeId} has no ${name ? `"${name}" ` : ""}${kind} table for this function`,
  });
}
