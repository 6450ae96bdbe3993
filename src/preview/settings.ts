import type { SettingsLike } from "../excel/settings";

/** Office.context.document.settings kept in a Map (values round-trip through JSON, as Office stores them). */
export class SimSettings implements SettingsLike {
  values = new Map<string, unknown>();
  saves = 0;
  /** the next saveAsync reports a failure (for tests) */
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
