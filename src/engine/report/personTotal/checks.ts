/** A person total names parts, levels, money outputs and person keys that exist, each part once. */
import type { SchemeIssue } from "../../scheme/errors";
import type { SchemeDocument } from "../../scheme/schema";

export function personTotalIssues(doc: SchemeDocument): SchemeIssue[] {
  const total = doc.personTotal;
  if (!total) return [];
  const out: SchemeIssue[] = [];
  const seen = new Set<string>();
  total.from.forEach((c, i) => {
    const path = ["personTotal", "from", i];
    const bad = (key: string, message: string) => out.push({ code: "PERSON_TOTAL_REFERENCE", path: [...path, key], message });
    if (seen.has(c.part)) bad("part", `part ${c.part} is listed twice`);
    seen.add(c.part);
    const part = doc.parts.find((p) => p.id === c.part);
    if (!part) {
      bad("part", `no part ${c.part}`);
      return;
    }
    const level = part.levels.find((l) => l.id === c.level);
    if (!level) {
      bad("level", `part ${c.part} has no level ${c.level}`);
      return;
    }
    if (!level.keys.some((k) => k.name === c.person)) bad("person", `level ${c.level} has no key ${c.person}`);
    const output = (part.outputs[c.level] ?? []).find((o) => o.name === c.output);
    if (!output) bad("output", `level ${c.level} of part ${c.part} has no output ${c.output}`);
    else if (output.type !== "money") bad("output", `${c.output} is not money`);
  });
  return out;
}
