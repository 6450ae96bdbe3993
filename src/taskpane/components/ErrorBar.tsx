import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { PaneError } from "../../excel/errors";
import { t } from "../i18n";

/** A typed error in the pane's language, with its code and details (every issue of a broken scheme …). */
export function ErrorBar({ error, lang, onDismiss }: { error: PaneError; lang: Lang; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, "errorTitle")}</MessageBarTitle>
        {error.text[lang]} <code>{error.code}</code>
        {error.details.length > 0 && (
          <ul>
            {error.details.slice(0, 20).map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t(lang, "dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
