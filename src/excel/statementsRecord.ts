// Which sheets are Jili's statements, as the document settings record them. The first sheet's id (Excel) or name
// (WPS) stays a string under the key every version reads; the sheets after it, when the statements take several, go
// under a key of their own as a list — so a version of Jili from before several sheets still finds and replaces the
// first one and leaves the list alone, which the next run of this version then replaces (a list under the old key
// would make an older version take every statements sheet for the user's).
import { recordedIds } from "./recordedIds";
import type { SettingsLike } from "./settings";

/** The first statements sheet's id or name, a string. */
export const STATEMENTS_SETTING = "jili.statementsSheetId";
/** The ids or names of the statements sheets after the first, a list; absent with one sheet. */
export const STATEMENTS_MORE_SETTING = "jili.statementsMoreSheetIds";

/** The keys of every statements sheet the record holds, the first first. */
export function recordedStatements(settings: Pick<SettingsLike, "get">): string[] {
  return [...recordedIds(settings.get(STATEMENTS_SETTING)), ...recordedIds(settings.get(STATEMENTS_MORE_SETTING))];
}

/** Records these sheets as Jili's statements (not saved: the caller saves the settings). */
export function recordStatements(settings: SettingsLike, keys: readonly string[]): void {
  if (keys.length === 0) settings.remove(STATEMENTS_SETTING);
  else settings.set(STATEMENTS_SETTING, keys[0]);
  if (keys.length > 1) settings.set(STATEMENTS_MORE_SETTING, keys.slice(1));
  else settings.remove(STATEMENTS_MORE_SETTING);
}
