import { ENGINE_MESSAGES, fillTemplate, Lang } from "../i18n/messages";
import { RunState } from "./runState";

/** The text of a code in one language: the scheme's rule or message first, then the engine's own. */
export function messageFor(state: RunState, code: string, lang: Lang, vars: Record<string, string | undefined>): string {
  const rule = state.part.steps.find((s) => (s.kind === "rule" || s.kind === "duplicate") && s.code === code) as { message?: { [k in Lang]: string } } | undefined;
  const text = rule?.message?.[lang] ?? state.scheme.messages[code]?.[lang] ?? ENGINE_MESSAGES[code]?.[lang] ?? code;
  return fillTemplate(text, vars);
}
