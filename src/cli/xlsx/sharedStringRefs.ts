// Shared-string cells read before the shared-string table is: the scan notes each one's index, the table fills them after.
import { RawCell } from "../../engine";

/** A `t="s"` cell whose text is not known yet: its index into the shared-string table. */
export class SharedStringRef {
  constructor(readonly index: number) {}
}

/** The references a sheet scan makes, one per index (a text shared by many cells is one object). */
export class SharedStringRefs {
  private readonly made: SharedStringRef[] = [];

  ref(index: number): SharedStringRef {
    return (this.made[index] ??= new SharedStringRef(index));
  }
}

/**
 * Puts each cell's text in place of its reference, in rows as readSheetCells returns them. An index outside the
 * table is the same error the scan gives when it has the table ("shared string N does not exist").
 */
export function fillSharedStrings(rows: RawCell[][], sst: readonly RawCell[]): void {
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as unknown;
      if (v instanceof SharedStringRef) {
        if (v.index >= sst.length) throw new Error(`shared string ${v.index} does not exist`);
        row[c] = sst[v.index];
      }
    }
  }
}
