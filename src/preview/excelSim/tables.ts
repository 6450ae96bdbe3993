// Excel.TableScopedCollection and Excel.Table: the tables overlapping a range, their count, the first one's name and range.
import type { Rect } from "../../excel/address";
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";
import type { SimRange } from "./range";

type TableAt = { name: string; rect: Rect };

/** Range.getTables(false) over the tables `hits`; `rangeOf` makes a table's range (the range module's own object) */
export function tablesApi(ctx: SimContext, hits: TableAt[], rangeOf: (rect: Rect) => SimRange): unknown {
  return expose("TableScopedCollection", {
    getCount: () => {
      const result = new Loadable(ctx, "ClientResult<number>", { value: () => hits.length });
      result.load("value");
      return expose("ClientResult<number>", {
        get value() {
          return result.read<number>("value");
        },
      });
    },
    getFirst: () => {
      if (!hits[0]) throw Object.assign(new Error("Excel simulation: no table at this range"), { code: "ItemNotFound" });
      return expose("Table", new SimTable(ctx, hits[0], rangeOf));
    },
  });
}

class SimTable extends Loadable {
  constructor(
    ctx: SimContext,
    readonly table: TableAt,
    private readonly rangeOf: (rect: Rect) => SimRange,
  ) {
    super(ctx, "Table", { name: () => table.name });
  }
  get name(): string {
    return this.read("name");
  }
  getRange(): SimRange {
    return this.rangeOf(this.table.rect);
  }
}
