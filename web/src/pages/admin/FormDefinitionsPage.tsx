import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { FormDefinitionSummary } from '../../api/agrTypes';
import { isApiError } from '../../api/errors';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { agrText } from '../../i18n/agr';
import { errorMessage, formatTimestamp, nl } from '../../i18n/nl';
import { useApi } from '../../session/context';

const t = agrText.formAdmin;
const MAX_FILE_BYTES = 1024 * 1024; // the server's body limit

/** The outcome of reading an import file in the browser, before anything is sent. */
export type ParsedFile = { ok: true; definition: Record<string, unknown> } | { ok: false; message: string };

/** Parses the text of an import file; a Dutch message when it is not one JSON object. Pure. */
export function parseDefinitionFile(text: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: t.notJson(e instanceof Error ? e.message : String(e)) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: t.notObject };
  return { ok: true, definition: value as Record<string, unknown> };
}

/** File name of a downloaded definition: "<id>-v<version>.json". */
export function exportFileName(id: string, version: number): string {
  return `${id.replace(/[^a-z0-9_-]/gi, '_')}-v${version}.json`;
}

function statusText(d: FormDefinitionSummary): string {
  const base = d.source === 'builtin' ? t.statusBuiltin : t.statusImported(d.created_at ? formatTimestamp(d.created_at) : '');
  return `${base}, ${d.latest ? t.latest : t.older}${d.requires_signature ? `, ${t.signature}` : ''}`;
}

/** Admin: every form definition version, export one as JSON, import a JSON file. */
export function FormDefinitionsPage() {
  const api = useApi();
  const list = useLoad(() => api.formDefinitions.list(), 'form-definitions');
  const fileRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldProblems, setFieldProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const download = async (d: FormDefinitionSummary) => {
    setStatus(null);
    setProblem(null);
    setFieldProblems([]);
    try {
      const all = await api.formDefinitions.exportAll();
      const def = all.definitions.find((x) => x.id === d.id && x.version === d.version);
      if (!def) throw new Error('not found');
      const name = exportFileName(d.id, d.version);
      const url = URL.createObjectURL(new Blob([`${JSON.stringify(def, null, 2)}\n`], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(t.exported(name));
    } catch (e) {
      setProblem(isApiError(e) && e.code === 'forbidden' ? t.forbidden : t.exportFailed);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setProblem(null);
    setFieldProblems([]);
    const file = fileRef.current?.files?.[0];
    if (!file) return setProblem(t.chooseFile);
    if (file.size > MAX_FILE_BYTES) return setProblem(t.fileTooLarge);
    const parsed = parseDefinitionFile(await file.text());
    if (!parsed.ok) return setProblem(parsed.message);
    const id = typeof parsed.definition.id === 'string' ? parsed.definition.id : '?';
    const version = typeof parsed.definition.version === 'number' ? parsed.definition.version : 0;
    setBusy(true);
    try {
      const before = list.data?.items.some((d) => d.id === id && d.version === version) ?? false;
      const saved = await api.formDefinitions.importOne(parsed.definition);
      setStatus(before ? t.identical(saved.id, saved.version) : t.created(saved.id, saved.version));
      if (fileRef.current) fileRef.current.value = '';
      list.reload();
    } catch (err) {
      if (isApiError(err) && err.code === 'conflict') {
        setProblem(t.published(id, version));
      } else if (isApiError(err) && err.fields.length) {
        setProblem(t.invalidTitle);
        setFieldProblems(err.fields.map((f) => t.fieldError(f.path, f.code)));
      } else if (isApiError(err) && err.code === 'forbidden') {
        setProblem(t.forbidden);
      } else {
        setProblem(errorMessage(isApiError(err) ? err.code : 'unexpected'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      <ApiErrorAlert error={list.error} />
      <StatusMessage text={status} />
      {problem ? (
        <div role="alert" data-testid="import-error">
          <Alert type="error" role="none">
            <Paragraph>{problem}</Paragraph>
            {fieldProblems.length ? (
              <UnorderedList>
                {fieldProblems.map((p, i) => (
                  <UnorderedListItem key={i}>{p}</UnorderedListItem>
                ))}
              </UnorderedList>
            ) : null}
          </Alert>
        </div>
      ) : null}
      {list.data ? (
        list.data.items.length === 0 ? (
          <Paragraph>{t.empty}</Paragraph>
        ) : (
          <div className="werkpad-table-scroll">
            <Table data-testid="definitions-table">
              <TableCaption>{t.caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colId}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colTitle}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colVersion}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colExport}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.items.map((d) => (
                  <TableRow key={`${d.id}@${d.version}`} data-definition={`${d.id}@${d.version}`}>
                    <TableHeaderCell scope="row">
                      <code>{d.id}</code>
                    </TableHeaderCell>
                    <TableCell>{d.title}</TableCell>
                    <TableCell>{d.version}</TableCell>
                    <TableCell>{statusText(d)}</TableCell>
                    <TableCell>
                      <Button appearance="secondary-action-button" aria-label={t.exportLabel(d.id, d.version)} onClick={() => void download(d)}>
                        {t.exportButton}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )
      ) : list.loading ? (
        <Paragraph role="status">{nl.app.loading}</Paragraph>
      ) : null}
      <section aria-labelledby="import-titel" className="werkpad-form-section">
        <Heading level={2} id="import-titel">
          {t.importTitle}
        </Heading>
        <form onSubmit={(e) => void submit(e)} noValidate className="werkpad-form" data-testid="import-form">
          <FormField type="text" className="werkpad-field">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="import-bestand">{t.importFile}</FormLabel>
            </div>
            <FormFieldDescription id="import-bestand-uitleg">{t.importHint}</FormFieldDescription>
            <div className="utrecht-form-field__input">
              <input
                ref={fileRef}
                id="import-bestand"
                name="import-bestand"
                type="file"
                accept="application/json,.json"
                aria-describedby="import-bestand-uitleg"
                className="werkpad-file-input"
              />
            </div>
          </FormField>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {t.importSubmit}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </>
  );
}
