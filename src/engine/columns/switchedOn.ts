/**
 * A column whose absence the source gives a meaning ("without a 车型 column the model is not checked") stops being
 * optional when the user sets the parameter that switches that check on (上市新车型, 活动起始日): the check asked for
 * cannot be made without it, and silently skipping it would pay orders of another model. Such a field is needed,
 * with the parameter named.
 */
import type { ColumnMapping } from "../evaluate/mapColumns";
import type { BilingualText, SchemeDocument, PartDef } from "../scheme/schema";
import { fieldUses } from "./fieldUse";

const isSet = (v: unknown) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "");

/** field key → titles of the set parameters that need it; the fields are moved to `mapping.needed`. */
export function neededBySetParams(scheme: SchemeDocument, part: PartDef, mapping: ColumnMapping, params: Record<string, unknown>): Map<string, BilingualText[]> {
  const out = new Map<string, BilingualText[]>();
  const value = (key: string) => (key in params ? params[key] : scheme.params.find((p) => p.key === key)?.value);
  for (const key of mapping.missingOptional) {
    const f = part.fields.find((x) => x.key === key);
    if (!f?.absentMeans || mapping.needed.includes(key)) continue;
    const switches = new Set((fieldUses(part).get(key) ?? []).flatMap((u) => u.params ?? []));
    const set = [...switches].filter((p) => scheme.params.find((x) => x.key === p)?.optional && isSet(value(p)));
    if (set.length) out.set(key, set.map((p) => scheme.params.find((x) => x.key === p)!.title));
  }
  for (const key of out.keys()) mapping.needed.push(key);
  return out;
}
