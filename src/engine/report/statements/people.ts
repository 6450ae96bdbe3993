// Whose statement each summary group is: the level's person key, its period keys, and the groups per person.
import { GroupResult } from "../../evaluate/result";
import { LevelDef, PartDef } from "../../scheme/schema";
import { isPeriodKey } from "./periodKey";

type LevelKey = LevelDef["keys"][number];

export interface StatementKeys {
  /** the key naming the person (the first non-period key; every key when all are periods) */
  subject: LevelKey[];
  /** period keys other than the subject: they order a person's sections */
  period: LevelKey[];
  /** the keys shown above each section: all but the subject */
  heading: LevelKey[];
}

/** The level's keys sorted into who (subject), when (period) and what each section's heading shows. */
export function statementKeys(part: PartDef, level: LevelDef): StatementKeys {
  const personKeys = level.keys.filter((k) => !isPeriodKey(part, k));
  const subject = personKeys.length ? [personKeys[0]] : level.keys;
  return {
    subject,
    period: level.keys.filter((k) => isPeriodKey(part, k) && !subject.includes(k)),
    heading: level.keys.filter((k) => !subject.includes(k)),
  };
}

/** The groups' indices per person, people in order of first appearance. */
export function groupsByPerson(groups: GroupResult[], subject: LevelKey[]): number[][] {
  const byPerson = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const id = JSON.stringify(subject.map((k) => g.key[k.name]));
    const list = byPerson.get(id);
    if (list) list.push(i);
    else byPerson.set(id, [i]);
  });
  return [...byPerson.values()];
}

/** Orders a person's groups by their period keys (2016-02 before 2016-10), then by summary order. */
export function periodOrder(groups: GroupResult[], period: LevelKey[]): (a: number, b: number) => number {
  return (a, b) => {
    for (const k of period) {
      const c = groups[a].key[k.name].localeCompare(groups[b].key[k.name], "en", { numeric: true });
      if (c) return c;
    }
    return a - b;
  };
}
