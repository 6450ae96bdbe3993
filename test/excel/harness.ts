import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { SettingsLike } from "../../src/excel/settings";
import { FakeBook, FakeContext } from "./fakeExcel";

/** Document settings kept in a Map, with saveAsync counted. */
export class MemorySettings implements SettingsLike {
  values = new Map<string, unknown>();
  saves = 0;
  failNext = false;
  get(name: string): unknown {
    return this.values.has(name) ? JSON.parse(JSON.stringify(this.values.get(name))) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(cb?: (r: { status: unknown; error?: { message?: string } | null }) => void): void {
    this.saves++;
    const fail = this.failNext;
    this.failNext = false;
    cb?.(fail ? { status: "failed", error: { message: "quota" } } : { status: "succeeded" });
  }
}

/** The real adapter over the fake workbook: each call gets a fresh request context, as Excel.run gives. */
export function adapterFor(book: FakeBook, options: { settings?: MemorySettings; apis?: string[] } = {}) {
  const settings = options.settings ?? new MemorySettings();
  const apis = new Set(options.apis ?? ["1.10", "1.18"]);
  const contexts: FakeContext[] = [];
  const port = new ExcelWorkbook({
    run: async (batch) => {
      const ctx = new FakeContext(book);
      contexts.push(ctx);
      return batch(ctx as unknown as Excel.RequestContext);
    },
    settings,
    isSetSupported: (name, version) => name === "ExcelApi" && apis.has(version),
  });
  return { port, settings, contexts, last: () => contexts[contexts.length - 1] };
}
