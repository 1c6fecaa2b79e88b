import { useState } from 'react';
import { useParams } from 'react-router';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { VisieContent, VisieStatus } from '../../api/visieTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { CheckboxGroupField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { partyLabels } from '../../i18n/agr';
import { formatDate, fullName, nl } from '../../i18n/nl';
import { visieStatusLabels, visieText as t } from '../../i18n/visie';
import { useActiveSession, useApi } from '../../session/context';
import { Comments, ContentForm, ErrorBox, StatusButtons, Versions } from '../../visie/VisieEditor';
import { contentEditable } from '../../visie/logic';
import { visieErrorMessage } from '../../visie/messages';

/** Form 7 for the team: the pre-filled draft, editing with versions, review comments, status. */
export function VisiePage() {
  const api = useApi();
  const session = useActiveSession();
  const role = session.user.role;
  const id = Number(useParams().id);
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    try {
      const visie = await api.visie(id).get();
      const versions = await api.visie(id).versions();
      return { visie, versions: versions.items };
    } catch (e) {
      if (isApiError(e) && e.code === 'not_found') return { visie: null, versions: [] };
      throw e;
    }
  }, `${id}|${tick}`);
  const [draft, setDraft] = useState<{ version: number; content: VisieContent } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [paperDate, setPaperDate] = useState('');
  const [paperShare, setPaperShare] = useState<number[]>([]);

  const visie = loaded.data?.visie ?? null;
  const content = draft && visie && draft.version === visie.version ? draft.content : visie?.content ?? null;

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setFailure(null);
    setFlash(null);
    try {
      await fn();
      setDraft(null);
      setFlash(done);
      setTick((n) => n + 1);
    } catch (e) {
      setFailure(visieErrorMessage(e));
      if (isApiError(e) && e.code === 'conflict') {
        setDraft(null);
        setTick((n) => n + 1);
      }
    } finally {
      setBusy(false);
    }
  };

  const editable = visie ? contentEditable(visie.status, role) : false;
  return (
    <>
      <PageHeading title={visie ? t.pageTitle(fullName(visie.revalidant)) : t.pageTitlePlain} />
      {loaded.error ? <ApiErrorAlert error={loaded.error} /> : null}
      {loaded.loading && !loaded.data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <StatusMessage text={flash} />
      <ErrorBox text={failure} />
      {loaded.data && !visie ? (
        <section className="werkpad-section">
          <Paragraph>{t.none}</Paragraph>
          {role === 'ric' ? (
            <Button appearance="primary-action-button" disabled={busy} onClick={() => void run(() => api.visie(id).create(), t.created)}>
              {t.createButton}
            </Button>
          ) : (
            <Paragraph>{t.noneNotRic}</Paragraph>
          )}
        </section>
      ) : null}
      {visie && content ? (
        <>
          <Paragraph data-testid="visie-status">{t.statusLine(visieStatusLabels[visie.status] ?? visie.status, visie.version)}</Paragraph>
          {visie.status === 'draft' ? <Paragraph>{t.prefillHint}</Paragraph> : null}
          {visie.status === 'ready_for_signature' ? <Paragraph>{t.waitingForSignature}</Paragraph> : null}
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => api.visie(id).save(content, visie.version), t.saved);
            }}
          >
            <ContentForm
              content={content}
              editable={editable}
              employerWithheld={visie.employer_withheld}
              onChange={(c) => setDraft({ version: visie.version, content: c })}
            />
            {editable ? (
              <Button type="submit" appearance="primary-action-button" disabled={busy}>
                {t.save}
              </Button>
            ) : (
              <Paragraph>{t.readOnly}</Paragraph>
            )}
          </form>
          <StatusButtons
            visie={visie}
            role={role}
            busy={busy}
            onChange={(to: VisieStatus, reason?: string) =>
              void run(() => api.visie(id).status(to, visie.version, reason), t.statusChanged)
            }
          />
          <section aria-labelledby="ondertekening-titel" className="werkpad-section">
            <Heading level={2} id="ondertekening-titel">
              {t.signatureTitle}
            </Heading>
            {visie.signature ? (
              <div data-testid="visie-signature">
                <Paragraph>
                  {t.signedLine(formatDate(visie.signature.signed_on), visie.signature.method === 'portal' ? t.signedPortal : t.signedPaper)}
                </Paragraph>
                <Paragraph>
                  {visie.signature.share_with.length
                    ? t.sharedWith(visie.signature.share_with.map((p) => partyLabels[p] ?? p).join(', '))
                    : t.sharedNobody}
                </Paragraph>
              </div>
            ) : visie.status === 'ready_for_signature' && (role === 'ric' || role === 'revalidatiearts') ? (
              <form
                noValidate
                className="werkpad-subform"
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(
                    () =>
                      api.visie(id).sign({
                        method: 'paper',
                        signed_on: paperDate,
                        share_with: paperShare.map((i) => visie.share_options[i]!),
                        version: visie.version,
                      }),
                    t.signedDone,
                  );
                }}
              >
                <Heading level={3}>{t.paperTitle}</Heading>
                <Paragraph>{t.paperHint}</Paragraph>
                <TextField id="papier-datum" label={t.signedOnLabel} type="date" required value={paperDate} onChange={setPaperDate} />
                <CheckboxGroupField
                  id="papier-delen"
                  label={t.portalShareLegend}
                  values={paperShare}
                  options={visie.share_options.map((p, i) => ({ value: i, label: partyLabels[p] ?? p }))}
                  onToggle={(i, on) => setPaperShare((cur) => (on ? [...cur, i] : cur.filter((x) => x !== i)))}
                />
                <Button type="submit" appearance="secondary-action-button" disabled={busy}>
                  {t.paperSubmit}
                </Button>
              </form>
            ) : (
              <Paragraph>{visieStatusLabels[visie.status]}</Paragraph>
            )}
          </section>
          <Comments
            visie={visie}
            busy={busy}
            onAdd={(text, section) => void run(() => api.visie(id).comment(text, visie.version, section || undefined), t.commentAdded)}
          />
          <Versions versions={loaded.data?.versions ?? []} />
        </>
      ) : null}
      <Paragraph>
        <AppLink to={`/trajecten/${id}`}>{t.backToTrajectory}</AppLink>
      </Paragraph>
    </>
  );
}
