import type { Lang } from "../../engine";
import { t } from "../i18n";
import type { PaneState } from "./session";

/** The line at the scheme step that says which rules are in force (issue 19, item 2): one source, named. */
export function schemeSourceText(state: Pick<PaneState, "schemeOrigin" | "scheme">, lang: Lang): string | null {
  const { schemeOrigin: o, scheme } = state;
  if (!o || !scheme) return null;
  const title = scheme.title[lang];
  switch (o.kind) {
    case "preset":
      return t(lang, "sourcePreset", { title });
    case "saved":
      return t(lang, "sourceSaved", { title });
    case "file":
      return t(lang, "sourceFile", { title });
    case "rulesSheet":
      return t(lang, "sourceRulesSheet", { sheet: o.sheet });
    case "whatIf":
      return t(lang, "sourceWhatIf", { label: o.label, value: o.value });
    case "template":
      return t(lang, "sourceTemplate", { template: o.template[lang], title });
    case "rates":
      return t(lang, "sourceRates", { title, changes: o.changes[lang] });
  }
}

/** The picker's option for a document the pane holds: a file is 「文件：…」, the rules sheet, what-if and a new scheme say so. */
export function documentOptionText(state: Pick<PaneState, "schemeOrigin" | "scheme">, lang: Lang): string {
  const o = state.schemeOrigin;
  const title = state.scheme?.title[lang] ?? "?";
  if (o?.kind === "rulesSheet") return t(lang, "rulesSheetScheme", { sheet: o.sheet, title });
  if (o?.kind === "whatIf") return t(lang, "whatIfScheme", { title });
  if (o?.kind === "template") return t(lang, "templateScheme", { template: o.template[lang], title });
  if (o?.kind === "rates") return t(lang, "ratesScheme", { title });
  return t(lang, "fileScheme", { title });
}
