import { ENGINE_MESSAGES, fillTemplate, Lang } from "../i18n/messages";
import { RunState } from "./runState";

/** message templates per evaluation, by language and code: every excluded row asks for the same few */
const templates = new WeakMap<RunState, Map<string, string>>();

/** The text of a code in one language: the scheme's rule or message first, then the engine's own. */
export function messageFor(state: RunState, code: string, lang: Lang, vars: Record<string, string | undefined>): string {
  let known = templates.get(state);
  if (!known) templates.set(state, (known = new Map()));
  const key = `${lang}\u0001${code}`;
  let text = known.get(key);
  if (text === undefined) {
    const rule = state.part.steps.find((s) => (s.kind === "rule" || s.kind === "duplicate") && s.code === code) as { message?: { [k in Lang]: string } } | undefined;
    text = rule?.message?.[lang] ?? state.scheme.messages[code]?.[lang] ?? ENGINE_MESSAGES[code]?.[lang] ?? code;
    known.set(key, text);
  }
  return fillTemplate(text, vars);
}
