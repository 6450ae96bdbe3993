// The only door from the cell functions into the engine and the presets.
import { getPreset } from "../schemes";
import { loadScheme, SchemeDocument } from "../engine";
import { CallError } from "./excelError";

export * from "../engine";
export { getPreset, presetIds } from "../schemes";

/** A preset by id, or a scheme document given as JSON text in the cell (validated and size-limited). */
export function getPresetStrict(idOrJson: string): SchemeDocument {
  const text = String(idOrJson ?? "").trim();
  if (text.startsWith("{")) {
    try {
      return loadScheme(text);
    } catch (e) {
      throw new CallError({ "zh-CN": `方案文件无效：${(e as Error).message}`, "en-US": `Invalid scheme document: ${(e as Error).message}` });
    }
  }
  const scheme = getPreset(text);
  if (!scheme) throw new CallError({ "zh-CN": `未知方案「${text}」`, "en-US": `Unknown scheme "${text}"` });
  return scheme;
}
