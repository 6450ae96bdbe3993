import { SETTING, type SettingsLike } from "./settings";

/**
 * Per sheet, each cell Jili has marked and the fill it had before Jili's first mark ("#RRGGBB", or null for none), so
 * that a re-validation and "Remove Jili output" put the user's fill back instead of clearing it.
 */
export const MARK_FILLS_SETTING = "jili.markFills";

export type SheetFills = Record<string, string | null>;

/** The marks and their recorded fills as the settings hold them (anything malformed reads as nothing recorded). */
export function readMarkRecords(settings: Pick<SettingsLike, "get">): { marks: Record<string, string[]>; fills: Record<string, SheetFills> } {
  const m = settings.get(SETTING.marks);
  const f = settings.get(MARK_FILLS_SETTING);
  return {
    marks: m && typeof m === "object" ? { ...(m as Record<string, string[]>) } : {},
    fills: f && typeof f === "object" ? { ...(f as Record<string, SheetFills>) } : {},
  };
}

/** Writes both records back; a sheet without marks drops out of both. */
export function writeMarkRecords(settings: SettingsLike, sheet: string, marked: string[], fills: SheetFills, all = readMarkRecords(settings)): void {
  if (marked.length) {
    all.marks[sheet] = marked;
    all.fills[sheet] = fills;
  } else {
    delete all.marks[sheet];
    delete all.fills[sheet];
  }
  settings.set(SETTING.marks, all.marks);
  settings.set(MARK_FILLS_SETTING, all.fills);
}

/**
 * What a new set of marks changes: the cells marked before and not now get their recorded fill back (null: none, as
 * for a workbook marked before fills were recorded); the cells marked now with no record have their fill read first.
 */
export function markChanges(previous: string[], next: string[], fills: SheetFills): { restore: Map<string | null, string[]>; unrecorded: string[]; kept: SheetFills } {
  const now = new Set(next);
  const restore = byFill(previous.filter((a) => !now.has(a)).map((a) => [a, fills[a] ?? null]));
  const kept: SheetFills = {};
  for (const a of next) if (a in fills) kept[a] = fills[a];
  return { restore, unrecorded: next.filter((a) => !(a in fills)), kept };
}

/** Cells grouped by the fill to put back, so each group is one multi-area write. */
export function byFill(entries: [string, string | null][]): Map<string | null, string[]> {
  const out = new Map<string | null, string[]>();
  for (const [a, fill] of entries) out.set(fill, [...(out.get(fill) ?? []), a]);
  return out;
}
