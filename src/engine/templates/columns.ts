/**
 * The sheet columns a form's scheme reads, by header. A column chosen for a slot keeps the slot's key and type; a
 * column named only in a condition gets a key of its own (`col1`, …) and the type its use implies. Field keys must be
 * ASCII identifiers while headers are Chinese, hence the mapping; the field's title is the header itself, so the
 * engine finds the column by it and the report names it as the sheet does.
 */
import type { SlotKind } from "./form";

/** What a use of a column asks of it: a type, or nothing in particular. */
export type Wanted = SlotKind | "any";

export interface SchemeColumn {
  header: string;
  key: string;
  kind: SlotKind;
  /** a slot or table column of the form (required by the form's rules) rather than a condition's */
  declared: boolean;
  required: boolean;
}

/** text and category cells compare alike; any type satisfies "any" */
function fits(have: SlotKind, want: Wanted): boolean {
  if (want === "any" || have === want) return true;
  // a date-time compares with a date by its day (订车时间 早于 2016-03-05)
  return (have === "category" && want === "text") || (have === "text" && want === "category") || (have === "money" && want === "number") || (have === "datetime" && want === "date");
}

export class ColumnNames {
  private byHeader = new Map<string, SchemeColumn & { loose: boolean }>();
  private extra = 0;

  /** a column the form's rules read (a slot, a weighted item) */
  declare(header: string, key: string, kind: SlotKind, required: boolean): void {
    this.byHeader.set(header, { header, key, kind, declared: true, required, loose: false });
  }

  has(header: string): boolean {
    return this.byHeader.has(header);
  }

  kindOf(header: string): SlotKind | undefined {
    const c = this.byHeader.get(header);
    return c && !c.loose ? c.kind : undefined;
  }

  keyOf(header: string): string | undefined {
    return this.byHeader.get(header)?.key;
  }

  /**
   * A condition reads this column as `want`: its key, or the kind it already has when that does not fit (a
   * conflict the caller reports). A column first seen here with "any" reads as text.
   */
  use(header: string, want: Wanted): { key: string } | { conflict: SlotKind } {
    const seen = this.byHeader.get(header);
    if (seen) {
      if (fits(seen.kind, want)) return { key: seen.key };
      // a condition column first read as text (any use) takes the firmer type of a later use
      if (!seen.declared && seen.kind === "text" && seen.loose) {
        seen.kind = want as SlotKind;
        seen.loose = false;
        return { key: seen.key };
      }
      return { conflict: seen.kind };
    }
    this.extra += 1;
    const col = { header, key: `col${this.extra}`, kind: want === "any" ? "text" : want, declared: false, required: false, loose: want === "any" };
    this.byHeader.set(header, col);
    return { key: col.key };
  }

  /** the columns met only in conditions, in the order first met */
  conditionColumns(): SchemeColumn[] {
    return [...this.byHeader.values()].filter((c) => !c.declared).map((c) => ({ header: c.header, key: c.key, kind: c.kind, declared: c.declared, required: c.required }));
  }
}
