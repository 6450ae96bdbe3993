import { DataTable as EngineDataTable, isBlankRow, isJiliSheet, locateDataTable, RawCell, resolvePart, SchemeDocument } from "../../engine";
import { PaneError } from "../../excel/errors";
import type { SheetSnapshot } from "../../excel/port";

/** The table Jili evaluates, cut out of the sheet by the engine's rule, the same as the command line's (src/engine/input). */
export interface DataTable extends EngineDataTable {
  /** the Excel table it came from, if any */
  tableName: string | null;
}

/** A table on the sheet limits the data to its own cells, and its first row is the header. */
function cellsOf(snapshot: SheetSnapshot): RawCell[][] {
  const t = snapshot.table;
  if (!t) return snapshot.cells;
  return snapshot.cells.map((line, r) => (r + 1 < t.top || r + 1 > t.bottom ? [] : line.map((c, i) => (i < t.left || i > t.right ? null : c))));
}

/** Picks the part (guessed from the header unless given), finds the header row (titles above it are fine) and cuts out the data rows. */
export function locateTable(scheme: SchemeDocument, snapshot: SheetSnapshot, partId?: string): DataTable {
  if (isJiliSheet(snapshot.sheet, snapshot.cells)) {
    throw new PaneError("OWNED_SHEET", {
      "zh-CN": `「${snapshot.sheet}」是 Jili 生成的工作表（汇总、个人明细或规则），请切换到数据表`,
      "en-US": `${snapshot.sheet} is a sheet Jili wrote (summary, statements or rules); switch to the data sheet`,
    });
  }
  const cells = cellsOf(snapshot);
  if (cells.every(isBlankRow)) {
    throw new PaneError("NO_DATA", { "zh-CN": `工作表「${snapshot.sheet}」没有数据`, "en-US": `The sheet ${snapshot.sheet} holds no data` });
  }
  const part = resolvePart(cells, scheme.parts, partId || undefined);
  if (!part) throw new PaneError("UNKNOWN_PART", { "zh-CN": `方案「${scheme.id}」没有数据表「${partId}」`, "en-US": `The scheme ${scheme.id} has no part ${partId}` });
  const located = locateDataTable(cells, part, snapshot.table ? snapshot.table.top - 1 : undefined);
  if (!located) {
    throw new PaneError("NO_HEADER", {
      "zh-CN": `在「${snapshot.sheet}」前 30 行中找不到表头：没有任何一列与方案「${scheme.title["zh-CN"]}」的字段对应`,
      "en-US": `No header row in the first 30 rows of ${snapshot.sheet}: no column matches a field of ${scheme.title["en-US"]}`,
    });
  }
  return { sheet: snapshot.sheet, ...located, tableName: snapshot.table?.name ?? null };
}
