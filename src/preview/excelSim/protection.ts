// Excel.WorksheetProtection and Excel.WorkbookProtection: `protected`; a worksheet's protect() / unprotect() (ExcelApi 1.2).
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";

export interface ProtectionApi {
  load: (p: string) => void;
  readonly protected: boolean;
  protect?: (options?: unknown, password?: string) => void;
  unprotect?: (password?: string) => void;
}

/** `protected`, readable after load + sync; with `set`, protect() and unprotect() at the sync (no password simulated). */
export function protection(ctx: SimContext, type: "WorksheetProtection" | "WorkbookProtection", get: () => boolean, set?: (on: boolean) => void): ProtectionApi {
  const state = new Loadable(ctx, type, { protected: get });
  const api: ProtectionApi = {
    load: (p: string) => void state.load(p),
    get protected() {
      return state.read<boolean>("protected");
    },
  };
  if (set) {
    api.protect = (_options?: unknown, password?: string) => {
      if (password) throw Object.assign(new Error("Excel simulation: passwords are not simulated"), { code: "InvalidArgument" });
      ctx.queue({ bytes: 40, apply: () => set(true), unguarded: true });
    };
    api.unprotect = () => ctx.queue({ bytes: 30, apply: () => set(false), unguarded: true });
  }
  return expose(type, api);
}
