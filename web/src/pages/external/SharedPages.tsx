import { useState } from 'react';
import { useParams } from 'react-router';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
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
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ExternalMessage, SharedView } from '../../api/externalTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { externalText } from '../../i18n/external';
import { formatTimestamp, nl } from '../../i18n/nl';
import { useActiveSession, useApi } from '../../session/context';
import { kindList, messageFieldError, notShared, partyLabel } from '../../external/logic';
import { formatSize } from '../../visie/logic';

const t = externalText.shared;
const MESSAGE_MAX = 2000;

/** Home of werkgever, bedrijfsarts and partners: the revalidanten who share something with them. */
export function SharedListPage() {
  const api = useApi();
  const session = useActiveSession();
  const { data, error, loading } = useLoad(() => api.shared.list(), 'shared');
  const items = data?.items ?? [];
  return (
    <>
      <PageHeading title={t.listTitle} />
      <Paragraph lead>{t.listIntro(session.user.display_name)}</Paragraph>
      <ApiErrorAlert error={error} />
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {items.length ? (
        <div className="werkpad-table-scroll">
          <Table data-testid="shared-table">
            <TableCaption>{t.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.colName}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colParty}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colKinds}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colSince}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((s) => (
                <TableRow key={s.grant_id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/gedeeld/${s.revalidant_id}`}>
                      {s.revalidant_name}
                    </AppLink>
                  </TableHeaderCell>
                  <TableCell>{partyLabel(s.party)}</TableCell>
                  <TableCell>{kindList(s.allowed_kinds) ?? t.nothingNow}</TableCell>
                  <TableCell>{formatTimestamp(s.since)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : data ? (
        <Paragraph>{t.listEmpty}</Paragraph>
      ) : null}
    </>
  );
}

function Sections({ view }: { view: SharedView }) {
  if (!view.sections.length) return <Paragraph>{t.noSections}</Paragraph>;
  return (
    <>
      {view.sections.map((s) => (
        <section
          key={s.kind}
          aria-labelledby={`gedeeld-${s.kind}`}
          className="werkpad-section werkpad-shared-section"
          data-testid={`shared-section-${s.kind}`}
        >
          <Heading level={2} id={`gedeeld-${s.kind}`}>
            {s.title}
          </Heading>
          {s.updated_at ? <Paragraph className="werkpad-meta">{t.updatedAt(formatTimestamp(s.updated_at))}</Paragraph> : null}
          <DataList>
            {s.fields.map((f, i) => (
              <DataListItem key={`${i}-${f.label}`}>
                <DataListKey>{f.label}</DataListKey>
                <DataListValue>
                  <span className="werkpad-prewrap">{f.value || nl.common.notFilled}</span>
                </DataListValue>
              </DataListItem>
            ))}
          </DataList>
        </section>
      ))}
    </>
  );
}

function Documents({ view }: { view: SharedView }) {
  const api = useApi();
  return (
    <section aria-labelledby="gedeeld-documenten" className="werkpad-section">
      <Heading level={2} id="gedeeld-documenten">
        {t.documentsTitle}
      </Heading>
      {view.documents.length ? (
        <div className="werkpad-table-scroll">
          <Table data-testid="shared-documents">
            <TableCaption>{t.documentsCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.colDocument}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colMade}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.documents.map((d) => (
                <TableRow key={d.id} data-kind={d.kind}>
                  <TableHeaderCell scope="row">
                    <Link href={api.shared.documentHref(view.revalidant.id, d.id)} download={d.filename}>
                      {t.download(d.title)}
                    </Link>{' '}
                    ({formatSize(d.size)})
                  </TableHeaderCell>
                  <TableCell>{formatTimestamp(d.created_at)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : (
        <Paragraph>{t.documentsEmpty}</Paragraph>
      )}
    </section>
  );
}

function NotShared({ view }: { view: SharedView }) {
  const items = notShared(view);
  return (
    <section aria-labelledby="gedeeld-niet" className="werkpad-section" data-testid="not-shared">
      <Heading level={2} id="gedeeld-niet">
        {t.notSharedTitle}
      </Heading>
      {items.length ? (
        <>
          <Paragraph>{t.notSharedIntro}</Paragraph>
          <UnorderedList>
            {items.map((i) => (
              <UnorderedListItem key={i.kind}>{i.text}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : (
        <Paragraph>{t.everythingShared}</Paragraph>
      )}
    </section>
  );
}

function MessageForm({ revalidantId, sent, onSent }: { revalidantId: number; sent: ExternalMessage[]; onSent: (m: ExternalMessage) => void }) {
  const api = useApi();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = 'bericht-tekst';

  const submit = async () => {
    setFlash(null);
    setGeneral(null);
    if (!text.trim()) {
      setFieldError(t.textCodes.required!);
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    try {
      const m = await api.shared.sendMessage(revalidantId, text.trim());
      setText('');
      setFieldError(null);
      setFlash(t.messageSent);
      onSent(m);
    } catch (e) {
      const shown = messageFieldError(e);
      setFieldError(shown.field);
      setGeneral(shown.general);
      if (shown.field) document.getElementById(id)?.focus();
    } finally {
      setBusy(false);
    }
  };

  const describedBy = [`${id}-waarschuwing`, `${id}-beschrijving`, fieldError ? `${id}-fout` : null].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="bericht-titel" className="werkpad-section">
      <Heading level={2} id="bericht-titel">
        {t.messageTitle}
      </Heading>
      <StatusMessage text={flash} />
      {general ? (
        <Alert type="error" role="alert">
          <Paragraph>{general}</Paragraph>
        </Alert>
      ) : null}
      <form
        noValidate
        className="werkpad-subform"
        aria-labelledby="bericht-titel"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Alert type="warning" role="none">
          <Paragraph id={`${id}-waarschuwing`} data-testid="medical-warning">
            {t.messageWarning}
          </Paragraph>
        </Alert>
        <FormField invalid={!!fieldError} type="text" className="werkpad-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={id}>{t.messageLabel}</FormLabel>
          </div>
          <FormFieldDescription className="utrecht-form-field__description" id={`${id}-beschrijving`}>
            {t.messageHint}
          </FormFieldDescription>
          {fieldError ? (
            <FormFieldErrorMessage className="utrecht-form-field__error-message" id={`${id}-fout`} data-testid="message-error">
              {fieldError}
            </FormFieldErrorMessage>
          ) : null}
          <div className="utrecht-form-field__input">
            <Textarea
              id={id}
              value={text}
              rows={5}
              maxLength={MESSAGE_MAX}
              invalid={!!fieldError}
              aria-describedby={describedBy}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t.messageSubmit}
        </Button>
      </form>
      {sent.length ? (
        <>
          <Heading level={3} id="bericht-verstuurd">
            {t.myMessages}
          </Heading>
          <UnorderedList aria-labelledby="bericht-verstuurd" data-testid="my-messages">
            {sent.map((m) => (
              <UnorderedListItem key={m.id}>
                <span className="werkpad-meta">{t.messageAt(formatTimestamp(m.at))}</span>
                <br />
                <span className="werkpad-prewrap">{m.text}</span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </section>
  );
}

/** What one revalidant shares with me right now (checked by the server on every load). */
export function SharedDetailPage() {
  const api = useApi();
  const id = Number(useParams().id);
  const [extra, setExtra] = useState<ExternalMessage[]>([]);
  const { data, error, loading } = useLoad(() => api.shared.get(id), String(id));
  const sent = data ? [...extra, ...data.messages.filter((m) => !extra.some((x) => x.id === m.id))] : [];
  return (
    <>
      {data ? <PageHeading title={t.detailTitle(data.revalidant.name)} /> : null}
      {error ? (
        <>
          <PageHeading title={nl.app.errorTitle} />
          <ApiErrorAlert error={error} />
        </>
      ) : null}
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        <>
          <Paragraph lead>{t.detailIntro(partyLabel(data.party))}</Paragraph>
          <Sections view={data} />
          <Documents view={data} />
          <NotShared view={data} />
          <MessageForm revalidantId={data.revalidant.id} sent={sent} onSent={(m) => setExtra((xs) => [m, ...xs])} />
        </>
      ) : null}
      <Paragraph>
        <AppLink to="/gedeeld">{t.backToList}</AppLink>
      </Paragraph>
    </>
  );
}
