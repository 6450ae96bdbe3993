import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { PaneError } from "../../excel/errors";
import { t } from "../i18n";
import { useStyles } from "./styles";
import { useScrollIntoView } from "./useScrollIntoView";

/**
 * A typed error in the pane's language, shown at the action that failed and scrolled into view: the plain words
 * are the headline; the code (OWNED_SHEET …) and any details (every issue of a broken scheme …) a line below.
 */
export function ErrorBar({ error, lang, onDismiss }: { error: PaneError; lang: Lang; onDismiss: () => void }) {
  const s = useStyles();
  const ref = useScrollIntoView<HTMLDivElement>(error);
  return (
    <MessageBar ref={ref} intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, "errorTitle")}</MessageBarTitle>
        <span data-testid="message-headline">{error.text[lang]}</span>
        <div className={s.details} data-testid="message-details">
          {t(lang, "errorCode", { code: error.code })}
          {error.details.length > 0 && (
            <ul>
              {error.details.slice(0, 20).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t(lang, "dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
