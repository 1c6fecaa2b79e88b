import { useState } from 'react';
import { useParams } from 'react-router';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { Consent, ConsentEvent } from '../../api/agrTypes';
import { ConsentMatrix } from '../../agr/ConsentMatrix';
import { agrErrorMessage } from '../../agr/messages';
import { DEFAULT_PARTIES, SUGGESTED_PARTIES, mayManageRoute } from '../../agr/route';
import { StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { agrText, infoKindLabels, labelOr, partyLabel } from '../../i18n/agr';
import { formatDate, formatTimestamp, fullName, nl } from '../../i18n/nl';
import { useActiveSession, useApi } from '../../session/context';

const t = agrText.consent;

export function describeConsentEvent(e: ConsentEvent): string {
  const p = partyLabel(e.party ?? '');
  const k = labelOr(infoKindLabels, e.kind ?? '');
  switch (e.type) {
    case 'party_added':
      return t.event.party_added(p);
    case 'party_removed':
      return t.event.party_removed(p);
    case 'cell_recorded':
      return t.event.cell_recorded(p, k, e.granted === true);
    case 'cell_withdrawn':
      return t.event.cell_withdrawn(p, k);
    case 'signed':
      return t.event.signed(e.method === 'paper' ? agrText.form.methodPaper : agrText.form.methodPortal, formatDate(e.signed_on));
    default:
      return e.type;
  }
}

export function ConsentHistory({ items }: { items: ConsentEvent[] }) {
  return (
    <div className="werkpad-table-scroll">
      <Table data-testid="consent-history">
        <TableCaption>{t.historyCaption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colWhen}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colWho}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colWhat}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((e) => (
            <TableRow key={e.seq}>
              <TableCell>{formatTimestamp(e.at)}</TableCell>
              <TableCell>{e.by.display_name}</TableCell>
              <TableCell>{describeConsentEvent(e)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The consent matrix editor (form 3) for staff: cells, withdrawals, parties, paper signature, history. */
export function ConsentPage() {
  const api = useApi();
  const session = useActiveSession();
  const id = Number(useParams().id);
  const consentApi = api.consent(id);
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const [rev, consent, history] = await Promise.all([api.revalidanten.get(id), consentApi.get(), consentApi.history()]);
    return { rev, consent, history: history.items };
  }, `${id}|${tick}`);
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [newParty, setNewParty] = useState('');
  const [paperDate, setPaperDate] = useState('');
  const canEdit = mayManageRoute(session.user.role);

  const run = async (fn: (c: Consent) => Promise<Consent>) => {
    if (!loaded.data) return;
    setBusy(true);
    setFailure(null);
    setFlash(null);
    try {
      await fn(loaded.data.consent);
      setFlash(t.updated);
    } catch (e) {
      setFailure(isApiError(e) && e.code === 'conflict' ? t.stale : agrErrorMessage(e));
    } finally {
      setBusy(false);
      setTick((n) => n + 1);
    }
  };

  const data = loaded.data;
  const addable = data
    ? [...DEFAULT_PARTIES, ...SUGGESTED_PARTIES].filter((p) => !data.consent.parties.includes(p))
    : [];

  return (
    <>
      <PageHeading title={data ? t.title(fullName(data.rev)) : t.titlePlain} />
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flash} />
      {failure ? (
        <div role="alert" data-testid="consent-error">
          <Alert type="error" role="none">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        </div>
      ) : null}
      {loaded.error ? (
        <Alert type="error" role="alert">
          <Paragraph>{agrErrorMessage(loaded.error)}</Paragraph>
        </Alert>
      ) : null}
      {loaded.loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        <>
          <ConsentMatrix
            consent={data.consent}
            busy={busy}
            actions={
              canEdit
                ? {
                    setCell: (p, k, g) => void run((c) => consentApi.setCell(p, k, g, c.version)),
                    withdraw: (p, k) => void run((c) => consentApi.withdraw(p, k, c.version)),
                    removeParty: (p) => void run((c) => consentApi.removeParty(p, c.version)),
                  }
                : {}
            }
          />
          {canEdit && addable.length ? (
            <section aria-labelledby="partij-titel" className="werkpad-section">
              <Heading level={2} id="partij-titel">
                {t.addPartyTitle}
              </Heading>
              <form
                noValidate
                className="werkpad-toolbar"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (newParty) void run((c) => consentApi.addParty(newParty, c.version));
                  setNewParty('');
                }}
              >
                <SelectField
                  id="nieuwe-partij"
                  label={t.addPartyLabel}
                  value={newParty}
                  onChange={setNewParty}
                  emptyOption={t.addPartyChoose}
                  options={addable.map((p) => ({ value: p, label: partyLabel(p) }))}
                />
                <Button type="submit" appearance="secondary-action-button" disabled={busy}>
                  {t.addPartySubmit}
                </Button>
              </form>
            </section>
          ) : null}
          <section aria-labelledby="ondertekening-titel" className="werkpad-section">
            <Heading level={2} id="ondertekening-titel">
              {t.signatureTitle}
            </Heading>
            <Paragraph data-testid="consent-signature">
              {data.consent.signature
                ? t.signatureText(
                    data.consent.signature.method === 'paper' ? agrText.form.methodPaper : agrText.form.methodPortal,
                    formatDate(data.consent.signature.signed_on),
                    data.consent.signature.recorded_by.display_name,
                  )
                : t.signatureNone}
            </Paragraph>
            {canEdit ? (
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void run((c) => consentApi.sign({ method: 'paper', signed_on: paperDate, version: c.version }));
                }}
              >
                <Heading level={3}>{t.paperTitle}</Heading>
                <TextField id="toestemming-papier-datum" type="date" label={t.paperDate} required value={paperDate} onChange={setPaperDate} />
                <Button type="submit" appearance="secondary-action-button" disabled={busy}>
                  {t.paperSubmit}
                </Button>
              </form>
            ) : null}
          </section>
          <section aria-labelledby="geschiedenis-titel" className="werkpad-section">
            <Heading level={2} id="geschiedenis-titel">
              {t.historyTitle}
            </Heading>
            <ConsentHistory items={data.history} />
          </section>
          <Paragraph>
            <AppLink to={`/revalidanten/${id}`}>{agrText.traj.backToFile}</AppLink>
          </Paragraph>
        </>
      ) : null}
    </>
  );
}
