/*
 * Registers the eight JILI functions with WPS 表格 (wps.AddCustomFunction, WPS 12.1.0.20540 and later; Kingsoft's page
 * "wps加载项自定义函数"): each is the shared implementation of the same id (src/functions/calls.ts), called
 * synchronously — WPS supports no asynchronous custom functions — with WPS's arguments read as Excel's and the results
 * returned as WPS cells (values.ts). functions.json (what the function dialog shows) is made by the build from the same
 * ids (metadata.ts); test/wps/functions*.test.ts keep the two in step.
 */
import { JILI_CALLS, JiliCallId } from "../../functions/calls";
import { WPS_NAMESPACE } from "./metadata";
import { sharedArgument, WpsCell, wpsResult } from "./values";

/** The member of WPS's global `wps` this module uses (wps-jsapi does not declare it). */
export interface WpsFunctionHost {
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown) => unknown;
}

/** A JILI function as WPS calls it: same arity as the shared call, arguments mapped in, results mapped out. */
export function wpsFunction(id: JiliCallId): (...args: unknown[]) => WpsCell[][] {
  const call = JILI_CALLS[id] as (...args: unknown[]) => unknown[][];
  const fn = (...args: unknown[]): WpsCell[][] => {
    try {
      return wpsResult(call(...args.map(sharedArgument)));
    } catch (e) {
      // the shared calls turn every failure into an error cell; this is the last guard of the host's calculation
      return [[`#VALUE! 内部错误：${(e as Error).message} / Internal error: ${(e as Error).message}`]];
    }
  };
  Object.defineProperty(fn, "length", { value: call.length });
  Object.defineProperty(fn, "name", { value: id });
  return fn;
}

export interface Registration {
  registered: JiliCallId[];
  failed: { id: JiliCallId; error: string }[];
}

/**
 * Registers every JILI function under the namespace JILI when the host has AddCustomFunction (an older WPS has not:
 * nothing is registered, and the ribbon and the pane work as before). One that the host refuses does not stop the rest.
 */
export function registerJiliFunctions(host: WpsFunctionHost | null | undefined): Registration {
  const out: Registration = { registered: [], failed: [] };
  if (!host || typeof host.AddCustomFunction !== "function") return out;
  for (const id of Object.keys(JILI_CALLS) as JiliCallId[]) {
    try {
      host.AddCustomFunction(WPS_NAMESPACE, id, wpsFunction(id));
      out.registered.push(id);
    } catch (e) {
      out.failed.push({ id, error: (e as Error).message });
    }
  }
  return out;
}
