import type { Lang } from "../../engine";
import { FINDINGS_SHOWN, type GroupFinding } from "../controller/findings";
import { t } from "../i18n";
import { useStyles } from "./styles";

/**
 * Findings that belong to a group, not to a row (a tie left to the manager, a team not ranked, a customer not new):
 * the group's key and the message in words, the code on a details line. The summary sheet's last column has them too.
 */
export function GroupFindings({ lang, findings }: { lang: Lang; findings: GroupFinding[] }) {
  const s = useStyles();
  if (findings.length === 0) return null;
  const shown = findings.slice(0, FINDINGS_SHOWN);
  return (
    <div data-testid="group-findings">
      <span className={s.muted}>{t(lang, "findingsTitle")}</span>
      <ul className={s.list}>
        {shown.map((f, i) => (
          <li key={i} data-testid="group-finding">
            <span data-testid="finding-text">
              {t(lang, "findingLine", { level: f.level[lang], key: f.key, message: f.message[lang] })}
              {f.value ? t(lang, "findingValue", { value: f.value }) : ""}
            </span>
            <div className={s.details}>{t(lang, "reasonCode", { code: f.code })}</div>
          </li>
        ))}
      </ul>
      {findings.length > shown.length && <span className={s.muted}>{t(lang, "findingsMore", { count: findings.length - shown.length })}</span>}
    </div>
  );
}
