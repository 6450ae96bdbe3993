// Excel.WorksheetProtection and Excel.WorkbookProtection: `protected`, read only here.
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";

/** WorksheetProtection / WorkbookProtection: `protected`, readable after load + sync. */
export function protection(ctx: SimContext, type: "WorksheetProtection" | "WorkbookProtection", get: () => boolean): { load: (p: string) => void; readonly protected: boolean } {
  const state = new Loadable(ctx, type, { protected: get });
  return expose(type, {
    load: (p: string) => void state.load(p),
    get protected() {
      return state.read<boolean>("protected");
    },
  });
}
