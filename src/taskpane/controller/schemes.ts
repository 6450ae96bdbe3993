import { BilingualText, formatPath, loadScheme, SchemeDocument, SchemeError } from "../../engine";
import { PaneError } from "../../excel/errors";
import type { SavedRun } from "../../excel/port";
import { getPreset, presetIds } from "../../schemes";

export interface SchemeOption {
  id: string;
  title: BilingualText;
}

/** The presets, in catalogue order, with their titles (a broken preset is left out rather than breaking the list). */
export function presetOptions(): SchemeOption[] {
  const out: SchemeOption[] = [];
  for (const id of presetIds()) {
    try {
      const s = getPreset(id);
      if (s) out.push({ id, title: s.title });
    } catch {
      // reported when chosen: schemeById throws the typed error
    }
  }
  return out;
}

function invalid(e: unknown): PaneError {
  const lines = e instanceof SchemeError ? e.issues.map((i) => `${formatPath(i.path) || "(root)"}: ${i.message}`) : [(e as Error).message];
  return new PaneError("SCHEME_INVALID", { "zh-CN": "方案文件无效", "en-US": "The scheme document is invalid" }, lines);
}

export function schemeById(id: string): SchemeDocument {
  let s: SchemeDocument | undefined;
  try {
    s = getPreset(id);
  } catch (e) {
    throw invalid(e);
  }
  if (!s) throw new PaneError("UNKNOWN_SCHEME", { "zh-CN": `没有内置方案「${id}」`, "en-US": `No preset ${id}` });
  return s;
}

/** A scheme document (JSON text or parsed) checked by the engine; every problem is listed. */
export function schemeFromDocument(doc: unknown): SchemeDocument {
  try {
    return loadScheme(doc as Parameters<typeof loadScheme>[0]);
  } catch (e) {
    throw invalid(e);
  }
}

export function schemeOfSaved(saved: SavedRun): SchemeDocument {
  return "preset" in saved.scheme ? schemeById(saved.scheme.preset) : schemeFromDocument(saved.scheme.document);
}
