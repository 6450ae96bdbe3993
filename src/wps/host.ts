/// <reference types="wps-jsapi" />
import type { EtApplication } from "./et";

/**
 * The add-in's side of the WPS shell, as wps-jsapi declares it in namespace `wps` (index.d.ts): task panes and the
 * storage the add-in's pages share. WPS also puts these members on `window.Application`, which is how the toolkit's
 * templates reach them; Jili does the same.
 */
export type WpsShell = Pick<typeof wps, "CreateTaskPane" | "GetTaskPane" | "PluginStorage">;

/**
 * `window.Application` inside WPS 表格: the ET application (Jili's view of it, src/wps/et.ts) with the shell's members;
 * null outside WPS. The one cast at the boundary: the global is declared nowhere, and wps-jsapi's `wps.EtApplication()`
 * types it as Et.EtApplication, whose generated member types et.ts corrects.
 */
export function wpsApplication(): (EtApplication & WpsShell) | null {
  const g = globalThis as { Application?: unknown };
  return g.Application && typeof g.Application === "object" ? (g.Application as EtApplication & WpsShell) : null;
}

/** The pane's language: WPS's UI language as the browser inside it reports it (zh-CN unless it is English). */
export function wpsLanguage(): string {
  return typeof navigator !== "undefined" ? navigator.language : "zh-CN";
}
