import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { FormResponse } from '../../api/agrTypes';
import { ConsentMatrix } from '../../agr/ConsentMatrix';
import { AnswersView } from '../../agr/forms/FormRenderer';
import { agrErrorMessage } from '../../agr/messages';
import { CONSENT_FORM_ID, pickTrajectory } from '../../agr/route';
import { StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { agrText, labelOr, stepLabels, stepPlain } from '../../i18n/agr';
import { formatDate, nl } from '../../i18n/nl';
import { useActiveSession, useApi } from '../../session/context';
import { visieText } from '../../i18n/visie';

const t = agrText.portal;

async function consentResponse(api: ReturnType<typeof useApi>, trajectoryId: number): Promise<FormResponse | null> {
  try {
    return await api.responses(trajectoryId, CONSENT_FORM_ID).get();
  } catch (e) {
    if (isApiError(e) && (e.code === 'not_found' || e.code === 'forbidden')) return null;
    throw e;
  }
}

function plainStatus(status: string): string {
  switch (status) {
    case 'done':
      return t.done;
    case 'current':
      return t.now;
    case 'stopped_here':
      return t.stopped;
    default:
      return t.later;
  }
}

/** "Waar sta ik, wat komt hierna?" in plain Dutch for the revalidant. */
export function PortalPage() {
  const api = useApi();
  const session = useActiveSession();
  const rid = session.user.revalidant_id;
  const { data, error, loading } = useLoad(async () => {
    if (!rid) return { tr: null, consent: null };
    const list = await api.trajectories.listFor(rid);
    const tr = pickTrajectory(list.items);
    const consent = tr ? await consentResponse(api, tr.id) : null;
    return { tr, consent };
  }, String(rid));

  const tr = data?.tr ?? null;
  const current = tr?.route.find((r) => r.status === 'current') ?? null;
  const next = tr?.route.find((r) => r.status === 'next') ?? null;
  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro(session.user.display_name)}</Paragraph>
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{agrErrorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data && !tr ? <Paragraph data-testid="portal-none">{t.noTrajectory}</Paragraph> : null}
      {tr ? (
        <>
          <section aria-labelledby="waar-titel" className="werkpad-section">
            <Heading level={2} id="waar-titel">
              {t.whereTitle}
            </Heading>
            {tr.step === 'gestopt' ? (
              <Paragraph data-testid="portal-now">{t.stoppedText}</Paragraph>
            ) : tr.step === 'afgerond' ? (
              <Paragraph data-testid="portal-now">{t.finishedText}</Paragraph>
            ) : current ? (
              <div data-testid="portal-now">
                <Paragraph>
                  <strong>{t.nowStep(labelOr(stepLabels, current.step))}</strong>
                </Paragraph>
                <Paragraph>{stepPlain[current.step]}</Paragraph>
              </div>
            ) : null}
            {tr.ric ? <Paragraph>{t.ric(tr.ric.display_name)}</Paragraph> : null}
          </section>
          {tr.active ? (
            <section aria-labelledby="hierna-titel" className="werkpad-section">
              <Heading level={2} id="hierna-titel">
                {t.nextTitle}
              </Heading>
              {next ? (
                <div data-testid="portal-next">
                  <Paragraph>
                    <strong>{t.nextStep(labelOr(stepLabels, next.step))}</strong>
                  </Paragraph>
                  <Paragraph>{stepPlain[next.step]}</Paragraph>
                </div>
              ) : (
                <Paragraph>{t.nothingNext}</Paragraph>
              )}
            </section>
          ) : null}
          <section aria-labelledby="stappen-titel" className="werkpad-section">
            <Heading level={2} id="stappen-titel">
              {t.stepsLabel}
            </Heading>
            <OrderedList className="werkpad-route werkpad-route--plain">
              {tr.route.map((r) => (
                <OrderedListItem key={r.step} className={`werkpad-route__step werkpad-route__step--${r.status}`} aria-current={r.status === 'current' ? 'step' : undefined}>
                  {labelOr(stepLabels, r.step)}: {plainStatus(r.status)}
                </OrderedListItem>
              ))}
            </OrderedList>
          </section>
          <section aria-labelledby="toestemming-titel" className="werkpad-section">
            <Heading level={2} id="toestemming-titel">
              {t.consentTitle}
            </Heading>
            {data?.consent?.status === 'signed' && data.consent.signature ? (
              <Paragraph>{t.consentSigned(formatDate(data.consent.signature.signed_on))}</Paragraph>
            ) : data?.consent?.status === 'final' ? (
              <Paragraph>{t.consentToSign}</Paragraph>
            ) : (
              <Paragraph>{t.consentNotReady}</Paragraph>
            )}
            <Paragraph>
              <AppLink to="/mijn-toestemming">{t.consentLink}</AppLink>
            </Paragraph>
          </section>
          <section aria-labelledby="visie-titel" className="werkpad-section">
            <Heading level={2} id="visie-titel">
              {visieText.portalTitle}
            </Heading>
            <Paragraph>
              <AppLink to="/mijn-re-integratievisie">{visieText.portalLink}</AppLink>
            </Paragraph>
          </section>
        </>
      ) : null}
    </>
  );
}

/** The revalidant reads form 3 and signs it (portal signature); sees and withdraws consent. */
export function PortalConsentPage() {
  const api = useApi();
  const session = useActiveSession();
  const rid = session.user.revalidant_id;
  const pc = agrText.portalConsent;
  const [tick, setTick] = useState(0);
  const { data, error, loading } = useLoad(async () => {
    if (!rid) return null;
    const list = await api.trajectories.listFor(rid);
    const tr = pickTrajectory(list.items);
    const response = tr ? await consentResponse(api, tr.id) : null;
    const def = response ? await api.formDefinitions.version(CONSENT_FORM_ID, response.form_version) : null;
    const consent = await api.consent(rid).get();
    return { tr, response, def, consent };
  }, `${rid}|${tick}`);
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setFailure(null);
    setFlash(null);
    try {
      await fn();
      setFlash(done);
      setTick((n) => n + 1);
    } catch (e) {
      setFailure(agrErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const sign = () => {
    if (!data?.tr || !data.response) return;
    if (!confirmed) {
      setFailure(pc.mustConfirm);
      return;
    }
    const tr = data.tr;
    const version = data.response.version;
    void run(() => api.responses(tr.id, CONSENT_FORM_ID).sign({ method: 'portal', version }), pc.signedDone);
  };

  return (
    <>
      <PageHeading title={pc.title} />
      <StatusMessage text={flash} />
      {failure ? (
        <div role="alert" data-testid="portal-error">
          <Alert type="error" role="none">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        </div>
      ) : null}
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{agrErrorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        <>
          {data.response && data.def && data.response.status !== 'draft' ? (
            <section aria-labelledby="formulier-titel" className="werkpad-section">
              <Heading level={2} id="formulier-titel">
                {data.def.title}
              </Heading>
              {data.response.status === 'final' ? <Paragraph>{pc.intro}</Paragraph> : null}
              <AnswersView definition={data.def} answers={data.response.answers} />
              {data.response.status === 'signed' && data.response.signature ? (
                <Paragraph data-testid="portal-signed">{pc.signedOn(formatDate(data.response.signature.signed_on))}</Paragraph>
              ) : (
                <form
                  noValidate
                  onSubmit={(e) => {
                    e.preventDefault();
                    sign();
                  }}
                >
                  <FormField type="checkbox" className="werkpad-option">
                    <div className="utrecht-form-field__input">
                      <Checkbox id="portaal-gelezen" checked={confirmed} appearance="custom" onChange={(e) => setConfirmed(e.target.checked)} />
                    </div>
                    <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                      <FormLabel htmlFor="portaal-gelezen" type="checkbox" checked={confirmed}>
                        {pc.confirmLabel}
                      </FormLabel>
                    </div>
                  </FormField>
                  <Button type="submit" appearance="primary-action-button" disabled={busy}>
                    {pc.sign}
                  </Button>
                </form>
              )}
            </section>
          ) : (
            <Paragraph data-testid="portal-not-ready">{pc.notReady}</Paragraph>
          )}
          <section aria-labelledby="matrix-titel" className="werkpad-section">
            <Heading level={2} id="matrix-titel">
              {pc.matrixTitle}
            </Heading>
            <Paragraph>{pc.matrixIntro}</Paragraph>
            <ConsentMatrix
              consent={data.consent}
              busy={busy}
              actions={{
                withdraw: (p, k) =>
                  void run(() => api.consent(rid!).withdraw(p, k, data.consent.version), pc.withdrawn),
              }}
            />
          </section>
        </>
      ) : null}
      <Paragraph>
        <AppLink to="/mijn-traject">{pc.back}</AppLink>
      </Paragraph>
    </>
  );
}
