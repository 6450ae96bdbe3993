import { Button } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { t } from "../i18n";

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <Button size="small" appearance="subtle" aria-label={t(lang, "switchLangLabel")} onClick={() => onChange(lang === "zh-CN" ? "en-US" : "zh-CN")}>
      {t(lang, "switchLang")}
    </Button>
  );
}
