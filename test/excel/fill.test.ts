import { OWNED_PREFIX } from "../../src/engine";
import { MAX_REQUEST_BYTES } from "../../src/excel/payload";
import { SETTING } from "../../src/excel/settings";
import { widthInPoints } from "../../src/excel/writeColumns";
import { bigSheet, HEADERS, order } from "./data";
import { SimBook, SimSheet } from "../../src/preview/excelSim";
import { fillRequestFor } from "./flow";
import { adapterFor } from "./harness";

function snapshotCells(s: SimSheet): Map<string, unknown> {
  return new Map([...s.cells.entries()].map(([k, v]) => [k, v]));
}

/** keys of cells that differ between two snapshots */
function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k));
}

const col = (k: string) => Number(k.split(":")[0]);

describe("filling: chunked writes", () => {
  test("100 000 rows: syncs < rows/5000 + 5, every request under 4 MB, nothing outside Jili's columns touched", async () => {
    const book = new SimBook("明细");
    const data = bigSheet(100_000);
    book.active.put(data);
    const before = snapshotCells(book.active);
    const { port, last } = adapterFor(book);
    const { request } = await fillRequestFor(port, "mobile-retention");
    const progress: number[] = [];
    const outcome = await port.fill(request, { overwrite: false, onProgress: (p) => p.phase === "write" && progress.push(p.done) });
    const ctx = last();
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") return;
    // measured by the fake on the requests themselves, not taken from the adapter's estimate
    expect(ctx.syncs).toBe(outcome.stats.syncs);
    expect(ctx.syncs).toBeLessThan(100_000 / 5000 + 5);
    expect(ctx.largestRequest).toBeLessThan(MAX_REQUEST_BYTES);
    expect(outcome.stats.largestRequest).toBeLessThan(MAX_REQUEST_BYTES);
    expect(ctx.calcSuspended).toBeGreaterThanOrEqual(outcome.stats.chunks);
    expect(progress[progress.length - 1]).toBe(100_000);
    expect(progress.length).toBeGreaterThan(1);
    // Jili's columns are the five right of the data's nine (J..N): 3 outputs, status, explanation
    const jili = new Set(request.columns.map((c) => c.col));
    expect([...jili]).toEqual([9, 10, 11, 12, 13]);
    const diff = changed(before, book.active.cells);
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.filter((k) => !jili.has(col(k)))).toEqual([]);
    expect(book.active.get(9, 1)).toBe(`${OWNED_PREFIX}移动效能`);
    expect(book.active.widths.get(13)).toBe(widthInPoints(60));
    // the summary sheet: one row per person-month, a chart, and the setting that marks it as Jili's
    const summary = book.sheet("Jili汇总")!;
    expect(summary.get(0, 1)).toBe("揽装人");
    expect(summary.charts).toHaveLength(1);
    expect(book.sheets.filter((s) => s.name === "Jili汇总")).toHaveLength(1);
    process.stdout.write(`100k rows: ${ctx.syncs} syncs, largest request ${ctx.largestRequest} bytes, ${outcome.stats.chunks} chunks\n`);
  });

  test("hand-computed: 营业员 with 8 eligible households → 5×20 + 3×40 = 220; re-running changes nothing", async () => {
    const book = new SimBook("明细");
    const rows = [HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true))];
    book.active.put(rows);
    const { port, settings } = adapterFor(book);
    const first = await fillRequestFor(port, "mobile-retention");
    expect((await port.fill(first.request, { overwrite: false })).status).toBe("done");
    // rowBonus column L: 20 ×5 then 40 ×3
    expect(Array.from({ length: 8 }, (_, i) => book.active.get(11, i + 2))).toEqual([20, 20, 20, 20, 20, 40, 40, 40]);
    expect(book.active.numberFormats.get(SimSheet.key(11, 2))).toBe("#,##0.00");
    const summary = book.sheet("Jili汇总")!;
    const headers = summary.grid()[0];
    expect(summary.get(headers.indexOf("揽装奖励合计(元)"), 2)).toBe(220);
    expect(summary.get(headers.indexOf("计奖户数"), 2)).toBe(8);
    expect(settings.get(SETTING.summarySheet)).toBe(summary.id);
    expect(summary.charts[0]).toMatchObject({ name: "Jili Chart", categories: "Jili汇总!A2" });

    const grid = book.active.grid();
    const second = await fillRequestFor(port, "mobile-retention");
    expect(second.request.columns.map((c) => c.col)).toEqual(first.request.columns.map((c) => c.col));
    expect((await port.fill(second.request, { overwrite: false })).status).toBe("done");
    expect(book.active.grid()).toEqual(grid);
    const summaries = book.sheets.filter((s) => s.name === "Jili汇总");
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).not.toBe(summary);
    expect(settings.get(SETTING.summarySheet)).toBe(summaries[0].id);
  });

  test("a formula in Jili's column is the user's: conflict first, nothing written; written once confirmed", async () => {
    const book = new SimBook("明细");
    book.active.put([HEADERS, order("王丽", "营业员", 1, true), order("王丽", "营业员", 2, true)]);
    const { port } = adapterFor(book);
    await port.fill((await fillRequestFor(port, "mobile-retention")).request, { overwrite: false });
    book.active.cells.set(SimSheet.key(11, 3), 999);
    book.active.formulas.add(SimSheet.key(11, 3)); // L3 = a user's formula
    const before = book.active.grid();
    const { request } = await fillRequestFor(port, "mobile-retention");
    const outcome = await port.fill(request, { overwrite: false });
    expect(outcome).toEqual({ status: "conflicts", conflicts: [{ kind: "formula", sheet: "明细", address: "L3", canOverwrite: true }] });
    expect(book.active.grid()).toEqual(before);
    const confirmed = await port.fill(request, { overwrite: true });
    expect(confirmed.status).toBe("done");
    expect(book.active.get(11, 3)).toBe(20);
    expect(book.active.formulas.has(SimSheet.key(11, 3))).toBe(false);
  });

  test("a formula on a blank row of Jili's column is kept, and cleared stale values go", async () => {
    const book = new SimBook("明细");
    book.active.put([HEADERS, order("王丽", "营业员", 1, true), [], order("王丽", "营业员", 2, true)]);
    const { port } = adapterFor(book);
    await port.fill((await fillRequestFor(port, "mobile-retention")).request, { overwrite: false });
    book.active.cells.set(SimSheet.key(11, 3), 7);
    book.active.formulas.add(SimSheet.key(11, 3)); // L3 sits on the blank row
    book.active.cells.set(SimSheet.key(10, 3), "stale"); // K3: a value in Jili's column, Jili's to clear
    const outcome = await port.fill((await fillRequestFor(port, "mobile-retention")).request, { overwrite: false });
    expect(outcome.status).toBe("done");
    expect(book.active.get(11, 3)).toBe(7);
    expect(book.active.get(10, 3)).toBeUndefined();
  });

  test("merged cells in the way are refused even with overwrite", async () => {
    const book = new SimBook("明细");
    book.active.put([HEADERS, order("王丽", "营业员", 1, true), order("王丽", "营业员", 2, true)]);
    const { port } = adapterFor(book);
    await port.fill((await fillRequestFor(port, "mobile-retention")).request, { overwrite: false });
    book.active.merges.push({ left: 11, right: 12, top: 2, bottom: 2 });
    const before = book.active.grid();
    const { request } = await fillRequestFor(port, "mobile-retention");
    const outcome = await port.fill(request, { overwrite: true });
    expect(outcome.status).toBe("conflicts");
    if (outcome.status !== "conflicts") return;
    expect(outcome.conflicts).toContainEqual({ kind: "merged", sheet: "明细", address: "L2", canOverwrite: false });
    expect(book.active.grid()).toEqual(before);
  });

  test("a sheet named like the summary that Jili did not create is a conflict; replaced once confirmed", async () => {
    const book = new SimBook("明细");
    book.active.put([HEADERS, order("王丽", "营业员", 1, true)]);
    const mine = book.addSheet("Jili汇总");
    mine.put([["我的笔记"]]);
    const { port } = adapterFor(book);
    const { request } = await fillRequestFor(port, "mobile-retention");
    const outcome = await port.fill(request, { overwrite: false });
    expect(outcome).toEqual({ status: "conflicts", conflicts: [{ kind: "sheet", sheet: "Jili汇总", address: "Jili汇总", canOverwrite: true }] });
    expect(book.active.get(9, 1)).toBeUndefined();
    expect((await port.fill(request, { overwrite: true })).status).toBe("done");
    expect(book.sheet("Jili汇总")!.get(0, 1)).toBe("揽装人");
  });

  test("cancel between chunks: stops after the current chunk", async () => {
    const book = new SimBook("明细");
    book.active.put(bigSheet(30_000));
    const { port, last } = adapterFor(book);
    const { request } = await fillRequestFor(port, "mobile-retention");
    const token = { cancelled: false };
    const outcome = await port.fill(request, { overwrite: false, cancel: token, onProgress: (p) => p.phase === "write" && (token.cancelled = true) });
    expect(outcome.status).toBe("cancelled");
    if (outcome.status !== "cancelled") return;
    expect(outcome.rowsWritten).toBeGreaterThan(0);
    expect(outcome.rowsWritten).toBeLessThan(30_000);
    expect(last().syncs).toBe(2); // the check and one chunk
    expect(book.sheet("Jili汇总")).toBeUndefined();
  });
});
