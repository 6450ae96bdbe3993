import { FieldDef, getPresetStrict, PartDef, SchemeDocument, StepDef } from "./engineFacade";
import { CallError } from "./excelError";

export interface BoundStep<K extends StepDef["kind"]> {
  scheme: SchemeDocument;
  part: PartDef;
  step: Extract<StepDef, { kind: K }>;
}

/** A named step of a preset: the function reads its table or tiers; the numbers live in the scheme document. */
export function presetStep<K extends StepDef["kind"]>(schemeId: string, kind: K, name?: string): BoundStep<K> {
  const scheme = getPresetStrict(schemeId);
  for (const part of scheme.parts) {
    for (const step of part.steps) {
      if (step.kind === kind && (name === undefined || step.name === name)) return { scheme, part, step: step as Extract<StepDef, { kind: K }> };
    }
  }
  throw new CallError({
    "zh-CN": `方案 ${schemeId} 没有可用于此函数的${name ? `「${name}」` : ""}规则表`,
    "en-US": `Scheme ${schemeId} has no ${name ? `"${name}" ` : ""}${kind} table for this function`,
  });
}

/** The field an expression names directly (`customerType`, `揽装人`), or one a `single` aggregate reads. */
export function fieldOfExpr(part: PartDef, expr: string): FieldDef | undefined {
  const name = expr.trim();
  const direct = part.fields.find((f) => f.key === name || f.title["zh-CN"] === name || f.title["en-US"] === name);
  if (direct) return direct;
  const agg = part.steps.find((s) => s.name === name && s.kind === "aggregate");
  if (agg && agg.kind === "aggregate" && agg.of) return fieldOfExpr(part, agg.of);
  return undefined;
}
