// The header of a person's statement: who it is for and the inputs that are the same on all their rows.
import { STATEMENT_LABELS } from "./labels";
import { textOf } from "./cellText";
import { Statement } from "./model";
import { StatementRun } from "./run";

/** The subject (person key) and the info pairs (岗位、工号 …) of the statement of groups `gs`. */
export function statementHeader(run: StatementRun, gs: number[]): Pick<Statement, "subject" | "info"> {
  const { lang, mapped, constant, inputs } = run;
  const L = STATEMENT_LABELS[lang];
  const first = run.groups[gs[0]];
  const firstRow = run.rowsOf(gs[0])[0];
  // a key such as coalesce(staffId, recruiter) is titled by the field it took its value from (工号：YD0585)
  const constantTitle = (value: string) => mapped.find((f) => constant.has(f.key) && firstRow !== undefined && textOf(inputs.get(f.key)![firstRow]) === value)?.title[lang];
  const subject = run.keys.subject.map((k) => {
    const value = first.key[k.name] || L.blank;
    return { name: k.name, title: constantTitle(value) ?? k.title[lang], value };
  });
  const subjectValues = new Set(subject.map((s) => s.value));
  const info: { title: string; value: string }[] = [];
  for (const f of mapped) {
    if (!constant.has(f.key) || firstRow === undefined) continue;
    const value = textOf(inputs.get(f.key)![firstRow]);
    // a yes/no that is the same for everyone says nothing about this person
    if (value !== "" && !subjectValues.has(value) && f.type !== "bool") info.push({ title: f.title[lang], value });
  }
  return { subject, info };
}
