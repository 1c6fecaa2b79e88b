import { useState } from 'react';
import {
  Button,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { DocumentKind } from '../api/visieTypes';
import { SelectField, TextField } from '../components/Field';
import { StatusMessage } from '../components/ApiErrorAlert';
import { useLoad } from '../components/useLoad';
import { formatTimestamp, nl } from '../i18n/nl';
import { audienceLabels, contactMomentLabels, documentKindLabels, visieText as t } from '../i18n/visie';
import { useApi } from '../session/context';
import { ErrorBox } from './VisieEditor';
import { formatSize, kindNeeds } from './logic';
import { visieErrorMessage } from './messages';

/** The trajectory's generated documents with downloads, and the form to make one. */
export function DocumentsSection({ trajectoryId }: { trajectoryId: number }) {
  const api = useApi();
  const docs = api.documents(trajectoryId);
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => docs.list(), `${trajectoryId}|${tick}`);
  const [kind, setKind] = useState<DocumentKind>('formulier_7');
  const [party, setParty] = useState('werkgever');
  const [moment, setMoment] = useState('na_intake_ric');
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const needs = kindNeeds(kind);

  const generate = async () => {
    setBusy(true);
    setFailure(null);
    setFlash(null);
    try {
      const made = await docs.generate({
        kind,
        ...(needs.party ? { party } : {}),
        ...(needs.text ? { text } : {}),
        ...(needs.moment ? { moment, contact_date: date } : {}),
      });
      setFlash(t.generated(made.title));
      setText('');
      setTick((n) => n + 1);
    } catch (e) {
      setFailure(visieErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const items = loaded.data?.items ?? [];
  return (
    <section aria-labelledby="documenten-titel" className="werkpad-section">
      <Heading level={2} id="documenten-titel">
        {t.documentsTitle}
      </Heading>
      <StatusMessage text={flash} />
      {loaded.loading && !loaded.data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {items.length ? (
        <div className="werkpad-table-scroll">
          <Table data-testid="documents-table">
            <TableCaption>{t.documentsCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.colDocument}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colAudience}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colMade}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colHash}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((d) => (
                <TableRow key={d.id} data-kind={d.kind}>
                  <TableHeaderCell scope="row">
                    <Link href={docs.href(d.id)} download={d.filename}>
                      {t.download(d.title)}
                    </Link>{' '}
                    ({formatSize(d.size)})
                  </TableHeaderCell>
                  <TableCell>{audienceLabels[d.audience] ?? d.audience}</TableCell>
                  <TableCell>{t.madeBy(formatTimestamp(d.created_at), d.created_by.display_name)}</TableCell>
                  <TableCell>
                    <code>{d.sha256.slice(0, 12)}</code>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : loaded.data ? (
        <Paragraph>{t.documentsEmpty}</Paragraph>
      ) : null}
      <form
        noValidate
        className="werkpad-subform"
        onSubmit={(e) => {
          e.preventDefault();
          void generate();
        }}
      >
        <Heading level={3}>{t.generateTitle}</Heading>
        <ErrorBox text={failure} />
        <SelectField
          id="document-soort"
          label={t.generateKind}
          value={kind}
          onChange={(v) => setKind(v as DocumentKind)}
          options={Object.entries(documentKindLabels).map(([value, label]) => ({ value, label }))}
        />
        {needs.party ? (
          <SelectField
            id="document-partij"
            label={t.generateParty}
            value={party}
            onChange={setParty}
            options={[
              { value: 'werkgever', label: audienceLabels.werkgever! },
              { value: 'bedrijfsarts', label: audienceLabels.bedrijfsarts! },
            ]}
          />
        ) : null}
        {needs.moment ? (
          <>
            <SelectField
              id="document-moment"
              label={t.momentLabel}
              value={moment}
              onChange={setMoment}
              options={Object.entries(contactMomentLabels).map(([value, label]) => ({ value, label }))}
            />
            <TextField id="document-datum" label={t.contactDateLabel} type="date" required value={date} onChange={setDate} />
          </>
        ) : null}
        {needs.text ? (
          <TextField
            id="document-tekst"
            label={t.generateText}
            description={kind === 'samenvatting_afspraken' ? t.generateTextHintSamenvatting : t.generateTextHintContact}
            required
            value={text}
            onChange={setText}
            maxLength={4000}
          />
        ) : null}
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          {t.generateSubmit}
        </Button>
      </form>
    </section>
  );
}
