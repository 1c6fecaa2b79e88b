import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { RadioGroupField, TextField } from '../components/Field';
import { AppLink } from '../components/AppLink';
import { useLoad } from '../components/useLoad';
import { agrText, labelOr, stepLabels } from '../i18n/agr';
import { formatDate, formatTimestamp } from '../i18n/nl';
import { useActiveSession, useApi } from '../session/context';
import { agrErrorMessage } from './messages';
import { mayManageRoute } from './route';

const t = agrText.detail;

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** On the revalidant's file: the AGR trajectories (active and closed) and starting a new one. */
export function AgrSection({ revalidantId }: { revalidantId: number }) {
  const api = useApi();
  const session = useActiveSession();
  const navigate = useNavigate();
  const { data, error } = useLoad(() => api.trajectories.listFor(revalidantId), String(revalidantId));
  const [admission, setAdmission] = useState(today());
  const [setting, setSetting] = useState('klinisch');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const tr = await api.trajectories.start(revalidantId, { admission_date: admission, setting });
      navigate(`/trajecten/${tr.id}`, { state: { flash: t.started } });
    } catch (e) {
      setFailure(agrErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const items = data?.items ?? [];
  const active = items.find((x) => x.active);
  return (
    <section aria-labelledby="agr-titel" className="werkpad-section" data-testid="agr-section">
      <Heading level={2} id="agr-titel">
        {t.sectionTitle}
      </Heading>
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{agrErrorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data && items.length === 0 ? <Paragraph>{t.noTrajectory}</Paragraph> : null}
      {items.length ? (
        <UnorderedList>
          {items.map((x) => (
            <UnorderedListItem key={x.id}>
              {x.active ? t.active(labelOr(stepLabels, x.step)) : t.closed(labelOr(stepLabels, x.step), formatTimestamp(x.closed_at))}{' '}
              <AppLink to={`/trajecten/${x.id}`}>{t.openWithDate(formatDate(x.admission_date))}</AppLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <Paragraph>
        <AppLink to={`/revalidanten/${revalidantId}/toestemming`}>{t.consentLink}</AppLink>
      </Paragraph>
      {data && !active && mayManageRoute(session.user.role) ? (
        <form
          noValidate
          className="werkpad-subform"
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <Heading level={3}>{t.startTitle}</Heading>
          <Paragraph>{t.startIntro}</Paragraph>
          {failure ? (
            <div role="alert">
              <Alert type="error" role="none">
                <Paragraph>{failure}</Paragraph>
              </Alert>
            </div>
          ) : null}
          <TextField id="traject-opname" type="date" label={t.admissionDate} required value={admission} onChange={setAdmission} />
          <RadioGroupField
            id="traject-setting"
            label={t.setting}
            required
            value={setting}
            onChange={setSetting}
            options={[
              { value: 'klinisch', label: t.klinisch },
              { value: 'poliklinisch', label: t.poliklinisch },
            ]}
          />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.startSubmit}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
