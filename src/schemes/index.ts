import { loadScheme } from "../engine/scheme/validate";
import { SchemeDocument } from "../engine/scheme/schema";
import mobileRetention from "./mobile-retention.json";
import { GROUP_1 } from "./group1";
import { GROUP_2 } from "./group2";
import { GROUP_3 } from "./group3";
import { GROUP_4 } from "./group4";

/** Every preset of the catalogue, as scheme documents (data, not code), by catalogue id. */
const DOCUMENTS: unknown[] = [mobileRetention, ...GROUP_1, ...GROUP_2, ...GROUP_3, ...GROUP_4];

const loaded = new Map<string, SchemeDocument>();

/** Ids of all presets, in catalogue order. */
export function presetIds(): string[] {
  return DOCUMENTS.map((d) => (d as { id: string }).id);
}

/** A preset validated and ready to evaluate; throws SchemeError if its document is broken. */
export function getPreset(id: string): SchemeDocument | undefined {
  const hit = loaded.get(id);
  if (hit) return hit;
  const doc = DOCUMENTS.find((d) => (d as { id: string }).id === id);
  if (!doc) return undefined;
  const scheme = loadScheme(doc);
  loaded.set(id, scheme);
  return scheme;
}

export function allPresets(): SchemeDocument[] {
  return presetIds().map((id) => getPreset(id) as SchemeDocument);
}
