// Excel.run: a fresh request context per batch, and the final sync Excel.run makes itself.
import type { SimBook } from "./book";
import { SimContext } from "./context";

/** Excel.run over the simulated book: a fresh context per batch, and the final sync Excel.run makes itself. */
export function simRun(book: SimBook, onContext?: (ctx: SimContext) => void) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new SimContext(book);
    onContext?.(ctx);
    const result = await batch(ctx.api);
    if (ctx.pending) await ctx.sync();
    return result;
  };
}
