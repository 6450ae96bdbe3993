import { Button, Divider, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import { paramRows } from "../controller/params";
import { liveText } from "../controller/liveText";
import { schemeOfSaved } from "../controller/schemes";
import { selectionOf } from "../controller/issues";
import type { PaneSession } from "../controller/session";
import { t } from "../i18n";
import { ConflictDialog } from "./ConflictDialog";
import { DataPanel } from "./DataPanel";
import { ErrorBar } from "./ErrorBar";
import { InvalidRowsDialog } from "./InvalidRowsDialog";
import { IssueList } from "./IssueList";
import { LiveRegion } from "./LiveRegion";
import { LanguageSwitch } from "./LanguageSwitch";
import { NewSchemePanel } from "./NewSchemePanel";
import { MappingPanel } from "./MappingPanel";
import { ParamsPanel } from "./ParamsPanel";
import { ProgressPanel } from "./ProgressPanel";
import { RatesPanel } from "./RatesPanel";
import { RemovePanel } from "./RemovePanel";
import { ResultPanel } from "./ResultPanel";
import { RulesPanel } from "./RulesPanel";
import { SchemePicker } from "./SchemePicker";
import { StaleBar } from "./StaleBar";
import { useStyles } from "./styles";
import { usePane } from "./usePane";
import { WhatIfPanel } from "./WhatIfPanel";

/** The task pane: scheme → data → columns → validate / fill → result. Renders the session; all work is the session's. */
export function App({ session }: { session: PaneSession }) {
  const s = useStyles();
  const st = usePane(session);
  const { lang } = st;
  const savedTitle = useMemo(() => {
    if (!st.saved) return null;
    try {
      return schemeOfSaved(st.saved).title[lang];
    } catch {
      return st.saved.scheme && "preset" in st.saved.scheme ? st.saved.scheme.preset : "?";
    }
  }, [st.saved, lang]);
  const busy = st.busy !== null;
  const errorAt = st.error ? (st.errorAt ?? "scheme") : null;
  const error = (at: typeof errorAt) => st.error && errorAt === at && <ErrorBar error={st.error} lang={lang} onDismiss={() => session.dismissError()} />;
  const blocked = !st.scheme || (st.mapping !== null && (st.mapping.missingRequired.length > 0 || st.mapping.needed.length > 0));
  return (
    <main className={s.pane} lang={lang}>
      <header className={s.header}>
        <Text as="h1" size={500} weight="semibold">
          {t(lang, "appTitle")}
        </Text>
        <LanguageSwitch lang={lang} onChange={(l) => session.setLang(l)} />
      </header>
      <LiveRegion text={liveText(st)} />
      <SchemePicker
        lang={lang}
        presets={st.presets}
        saved={st.saved}
        savedTitle={savedTitle}
        schemeKey={st.schemeKey}
        scheme={st.scheme}
        schemeOrigin={st.schemeOrigin}
        partId={st.partId}
        onChoose={(k) => session.chooseScheme(k)}
        onFile={(text) => session.loadSchemeText(text)}
        onPart={(p) => session.choosePart(p)}
      />
      {error("scheme")}
      <NewSchemePanel lang={lang} session={session} busy={busy} />
      {st.scheme && <RulesPanel lang={lang} session={session} busy={busy} />}
      {st.scheme && <RatesPanel lang={lang} session={session} busy={busy} />}
      <Divider />
      <DataPanel lang={lang} table={st.table} someRowsHidden={!!st.snapshot?.someRowsHidden} canRead={!!st.scheme} busy={busy} onRead={() => void session.readData()} />
      {error("data")}
      {(st.mapping || st.tables.length > 0) && (
        <MappingPanel
          lang={lang}
          mapping={st.mapping}
          onOverride={(k, h) => session.setOverride(k, h)}
          onAssume={(k, v) => session.setAssumed(k, v)}
          tables={st.tables}
          onTableSheet={(id, sheet) => void session.chooseTableSheet(id, sheet)}
          onPeriod={(v) => session.setPeriod(v)}
        />
      )}
      {st.scheme && <ParamsPanel lang={lang} rows={paramRows(st.scheme, st.params, lang)} onChange={(k, v) => session.setParam(k, v)} />}
      <Divider />
      <section className={s.section} aria-label={t(lang, "stepRun")}>
        <strong>{t(lang, "stepRun")}</strong>
        <div className={s.row}>
          <Button onClick={() => void session.validate()} disabled={blocked || busy}>
            {t(lang, "validate")}
          </Button>
          <Button appearance="primary" onClick={() => void session.fill({ askOnInvalid: true })} disabled={blocked || busy}>
            {st.schemeKey === "saved" && !st.table ? t(lang, "fillSaved") : t(lang, "fill")}
          </Button>
        </div>
        {st.stale && <StaleBar lang={lang} stale={st.stale} busy={busy} onRefresh={() => void session.refreshAll()} />}
        {busy && st.busy !== "filter" && st.busy !== "export" && <ProgressPanel lang={lang} progress={st.progress} onCancel={st.busy === "fill" ? () => session.cancel() : undefined} />}
        {st.cancelledAt !== null && <Text>{t(lang, "cancelled", { rows: st.cancelledAt })}</Text>}
        {error("run")}
      </section>
      {st.invalidPrompt && (
        <InvalidRowsDialog lang={lang} invalid={st.invalidPrompt.invalid} pending={st.invalidPrompt.pending} onConfirm={() => void session.confirmInvalid()} onDecline={() => session.declineInvalid()} />
      )}
      {st.conflicts && <ConflictDialog lang={lang} conflicts={st.conflicts} onConfirm={() => void session.confirmOverwrite()} onDecline={() => session.declineOverwrite()} />}
      {st.summary && <ResultPanel lang={lang} summary={st.summary} written={st.stats ? { rows: st.stats.rows } : null} session={session} />}
      {st.validation && (
        <IssueList
          lang={lang}
          validation={st.validation}
          marked={st.marked}
          focus={!st.summary}
          showFindings={!st.summary}
          busy={busy}
          filter={st.filter}
          done={st.issuesDone}
          actions={{
            onSelect: (cell) => void session.selectCell(selectionOf(cell), cell.sheet),
            onFilter: (groups) => void session.filterToIssues(groups),
            onClearFilter: () => void session.clearFilter(),
            onExport: () => void session.exportIssues(),
          }}
        />
      )}
      {st.validation && busy && (st.busy === "filter" || st.busy === "export") && <ProgressPanel lang={lang} progress={st.progress} />}
      {st.validation && error("issues")}
      {st.scheme && <Divider />}
      {st.scheme && <WhatIfPanel lang={lang} session={session} busy={busy} />}
      <Divider />
      <RemovePanel lang={lang} session={session} busy={busy} />
    </main>
  );
}
