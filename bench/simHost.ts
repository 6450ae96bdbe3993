// The simulated Office host in a bench: how long it spends carrying out the pane's requests (Excel's work in Office),
// so the pane's own time can be told apart from it.
import type { SimContext } from "../src/preview/excelSim";

/** Counts into `host.ms` the time the simulated host spends carrying out each request (Excel's work, not the pane's). */
export function timedSyncs(ctx: SimContext, host: { ms: number }): SimContext {
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => {
    const t = process.hrtime.bigint();
    try {
      await sync();
    } finally {
      host.ms += Number(process.hrtime.bigint() - t) / 1e6;
    }
  };
  return ctx;
}
