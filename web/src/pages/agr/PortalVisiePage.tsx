import { useState } from 'react';
import { Button, Checkbox, FormField, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import { StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { CheckboxGroupField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { partyLabels } from '../../i18n/agr';
import { formatDate, nl } from '../../i18n/nl';
import { visieText as t } from '../../i18n/visie';
import { useActiveSession, useApi } from '../../session/context';
import { ContentForm, ErrorBox } from '../../visie/VisieEditor';
import { visieErrorMessage } from '../../visie/messages';
import { pickTrajectory } from '../../agr/route';

/** The revalidant reads form 7, chooses with whom it may be shared, and signs it. */
export function PortalVisiePage() {
  const api = useApi();
  const session = useActiveSession();
  const rid = session.user.revalidant_id;
  const [tick, setTick] = useState(0);
  const { data, error, loading } = useLoad(async () => {
    if (!rid) return null;
    const list = await api.trajectories.listFor(rid);
    const tr = pickTrajectory(list.items);
    if (!tr) return null;
    try {
      return await api.visie(tr.id).get();
    } catch (e) {
      if (isApiError(e) && e.code === 'not_found') return null;
      throw e;
    }
  }, `${rid}|${tick}`);
  const [share, setShare] = useState<number[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sign = async () => {
    if (!data) return;
    if (!confirmed) {
      setFailure(t.portalMustConfirm);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await api.visie(data.trajectory_id).sign({
        method: 'portal',
        share_with: share.map((i) => data.share_options[i]!),
        version: data.version,
      });
      setFlash(t.signedDone);
      setTick((n) => n + 1);
    } catch (e) {
      setFailure(visieErrorMessage(e));
      if (isApiError(e) && e.code === 'conflict') setTick((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t.portalTitle} />
      {error ? <ErrorBox text={visieErrorMessage(error)} /> : null}
      {loading && data === undefined ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <StatusMessage text={flash} />
      {data === null ? <Paragraph data-testid="portal-visie-none">{t.portalNone}</Paragraph> : null}
      {data ? (
        <>
          <Paragraph>{t.portalIntro}</Paragraph>
          <ContentForm content={data.content} editable={false} onChange={() => undefined} />
          <section aria-labelledby="tekenen-titel" className="werkpad-section">
            <Heading level={2} id="tekenen-titel">
              {t.signatureTitle}
            </Heading>
            {data.signature ? (
              <div data-testid="portal-visie-signed">
                <Paragraph>{t.portalSigned(formatDate(data.signature.signed_on))}</Paragraph>
                <Paragraph>
                  {data.signature.share_with.length
                    ? t.sharedWith(data.signature.share_with.map((p) => partyLabels[p] ?? p).join(', '))
                    : t.sharedNobody}
                </Paragraph>
              </div>
            ) : (
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void sign();
                }}
              >
                <ErrorBox text={failure} />
                <CheckboxGroupField
                  id="visie-delen"
                  label={t.portalShareLegend}
                  description={t.portalShareHint}
                  values={share}
                  options={data.share_options.map((p, i) => ({ value: i, label: partyLabels[p] ?? p }))}
                  onToggle={(i, on) => setShare((cur) => (on ? [...cur, i] : cur.filter((x) => x !== i)))}
                />
                <FormField type="checkbox" className="werkpad-option">
                  <div className="utrecht-form-field__input">
                    <Checkbox id="visie-akkoord" checked={confirmed} appearance="custom" onChange={(e) => setConfirmed(e.target.checked)} />
                  </div>
                  <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                    <FormLabel htmlFor="visie-akkoord" type="checkbox" checked={confirmed}>
                      {t.portalConfirm}
                    </FormLabel>
                  </div>
                </FormField>
                <Button type="submit" appearance="primary-action-button" disabled={busy}>
                  {t.portalSign}
                </Button>
              </form>
            )}
          </section>
        </>
      ) : null}
      <Paragraph>
        <AppLink to="/mijn-traject">{t.portalBack}</AppLink>
      </Paragraph>
    </>
  );
}
