import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
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
  Textarea,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import type { ImportResult } from '../../api/profileTypes';
import { ApiErrorAlert, StatusMessage } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { RadioGroupField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { nl } from '../../i18n/nl';
import { catalogueKindLabels, labelOf, prof } from '../../i18n/profiles';
import { useApi } from '../../session/context';
import { ErrorList } from '../../profiles/components';
import { csvErrors, type CsvError } from '../../profiles/logic';
import { profileErrors } from '../../profiles/useTrajectory';

const t = prof.catalogues;

/** The function catalogues (institution and employers) and a new one. */
export function CataloguesPage() {
  const api = useApi();
  const navigate = useNavigate();
  const list = useLoad(() => api.profiles.catalogues(), 'catalogi-lijst');
  const location = useLocation();
  const flashIn = (location.state as { flash?: string } | null)?.flash ?? null;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'instelling' | 'werkgever'>('instelling');
  const [employer, setEmployer] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flashIn} />
      <ApiErrorAlert error={list.error} />
      {list.loading && !list.data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {list.data && list.data.items.length === 0 ? <Paragraph>{t.empty}</Paragraph> : null}
      {list.data && list.data.items.length ? (
        <div className="werkpad-table-scroll">
          <Table data-testid="catalogues-table">
            <TableCaption>{t.listCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.colName}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colKind}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colEmployer}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colCount}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.items.map((c) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/functiecatalogi/${c.id}`}>{c.name}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{labelOf(catalogueKindLabels, c.kind)}</TableCell>
                  <TableCell>{c.employer ?? ''}</TableCell>
                  <TableCell>{c.function_count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      <section aria-labelledby="catalogus-nieuw" className="werkpad-section">
        <Heading level={2} id="catalogus-nieuw">
          {t.newTitle}
        </Heading>
        <form
          noValidate
          className="werkpad-form"
          onSubmit={(e) => {
            e.preventDefault();
            setErrors([]);
            api.profiles
              .createCatalogue({ name, kind, employer: kind === 'werkgever' ? employer : '' })
              .then((c) => navigate(`/functiecatalogi/${c.id}`, { state: { flash: t.created } }))
              .catch((err: unknown) => setErrors(catalogueErrors(err)));
          }}
        >
          <ErrorList messages={errors} />
          <TextField id="cat-naam" label={t.name} required value={name} maxLength={200} onChange={setName} />
          <RadioGroupField
            id="cat-soort"
            label={t.kind}
            required
            value={kind}
            onChange={(v) => setKind(v as 'instelling' | 'werkgever')}
            options={(['instelling', 'werkgever'] as const).map((k) => ({ value: k, label: catalogueKindLabels[k]! }))}
          />
          {kind === 'werkgever' ? <TextField id="cat-werkgever" label={t.employer} required value={employer} maxLength={200} onChange={setEmployer} /> : null}
          <Button type="submit" appearance="primary-action-button">
            {t.create}
          </Button>
        </form>
      </section>
    </>
  );
}

function catalogueErrors(err: unknown): string[] {
  if (isApiError(err) && err.fields.length) {
    const names: Record<string, string> = { name: t.name, kind: t.kind, employer: t.employer };
    return err.fields.map((f) => prof.fieldError(names[f.path] ?? f.path, labelOf({ required: 'is verplicht', taken: 'is al in gebruik', too_long: 'is te lang' }, f.code)));
  }
  return profileErrors(err);
}

/** One catalogue: its functions and the CSV import (check first, then import; errors per line). */
export function CataloguePage() {
  const api = useApi();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [tick, setTick] = useState(0);
  const loaded = useLoad(async () => {
    const [cats, functions] = await Promise.all([api.profiles.catalogues(), api.profiles.functions(id)]);
    return { cat: cats.items.find((c) => c.id === id) ?? null, functions: functions.items };
  }, `catalogus|${id}|${tick}`);
  const [csv, setCsv] = useState('');
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [lineErrors, setLineErrors] = useState<CsvError[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const location = useLocation();
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [busy, setBusy] = useState(false);
  const cat = loaded.data?.cat;

  const run = async (dryRun: boolean) => {
    setErrors([]);
    setLineErrors([]);
    setResult(null);
    setFlash(null);
    setBusy(true);
    try {
      const r = await api.profiles.importFunctions(id, { csv, dry_run: dryRun, replace });
      setResult(r);
      if (!dryRun) {
        setFlash(t.imported(r.imported));
        setCsv('');
        setTick((n) => n + 1);
      }
    } catch (e) {
      if (isApiError(e) && e.code === 'invalid_input' && e.fields.some((f) => f.path.startsWith('regel'))) {
        setLineErrors(csvErrors(e.fields));
      } else {
        setErrors(profileErrors(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={cat ? t.functionsTitle(cat.name) : t.title} />
      <ApiErrorAlert error={loaded.error} />
      <StatusMessage text={flash} />
      <Paragraph>
        <AppLink to="/functiecatalogi">{t.back}</AppLink>
      </Paragraph>
      {loaded.data && cat ? (
        <>
          {loaded.data.functions.length === 0 ? (
            <Paragraph>{t.noFunctions}</Paragraph>
          ) : (
            <div className="werkpad-table-scroll">
              <Table data-testid="functions-table">
                <TableCaption>{t.functionsCaption(cat.name)}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.colCode}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colTitle}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colOrganisation}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colHours}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {loaded.data.functions.map((f) => (
                    <TableRow key={f.id}>
                      <TableCell>{f.code}</TableCell>
                      <TableHeaderCell scope="row">{f.title}</TableHeaderCell>
                      <TableCell>{f.organisation}</TableCell>
                      <TableCell>{f.hours_per_week ?? ''}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <section aria-labelledby="import-titel" className="werkpad-section">
            <Heading level={2} id="import-titel">
              {t.importTitle}
            </Heading>
            <Paragraph id="import-uitleg">{t.importHint}</Paragraph>
            <form
              noValidate
              className="werkpad-form werkpad-form--wide"
              onSubmit={(e) => {
                e.preventDefault();
                void run(true);
              }}
            >
              <FormField type="text" className="werkpad-field">
                <div className="utrecht-form-field__label">
                  <FormLabel htmlFor="import-bestand">{t.csv}</FormLabel>
                </div>
                <div className="utrecht-form-field__input">
                  <input
                    id="import-bestand"
                    type="file"
                    accept=".csv,text/csv,text/plain"
                    className="utrecht-textbox"
                    onChange={(e) => {
                      const file = e.target.files?.[0];
                      if (file) void file.text().then(setCsv);
                    }}
                  />
                </div>
              </FormField>
              <FormField type="text" className="werkpad-field">
                <div className="utrecht-form-field__label">
                  <FormLabel htmlFor="import-tekst">{t.csvText}</FormLabel>
                </div>
                <div className="utrecht-form-field__input">
                  <Textarea id="import-tekst" rows={8} value={csv} aria-describedby="import-uitleg" onChange={(e) => setCsv(e.target.value)} className="werkpad-mono" />
                </div>
              </FormField>
              <FormField type="checkbox" className="werkpad-option">
                <div className="utrecht-form-field__input">
                  <Checkbox id="import-vervangen" appearance="custom" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
                </div>
                <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                  <FormLabel htmlFor="import-vervangen" type="checkbox" checked={replace}>
                    {t.replace}
                  </FormLabel>
                </div>
              </FormField>
              <ErrorList messages={errors} />
              <ButtonGroup>
                <Button type="submit" appearance="secondary-action-button" disabled={busy || !csv.trim()}>
                  {t.check}
                </Button>
                <Button type="button" appearance="primary-action-button" disabled={busy || !csv.trim()} onClick={() => void run(false)}>
                  {t.import}
                </Button>
              </ButtonGroup>
            </form>
            {result && result.dry_run ? (
              <div role="status">
                <Paragraph data-testid="import-checked">{t.checked(result.rows, result.valid)}</Paragraph>
                {result.preview.length ? (
                  <div className="werkpad-table-scroll">
                    <Table>
                      <TableCaption>{t.previewCaption}</TableCaption>
                      <TableHeader>
                        <TableRow>
                          <TableHeaderCell scope="col">{t.colCode}</TableHeaderCell>
                          <TableHeaderCell scope="col">{t.colTitle}</TableHeaderCell>
                          <TableHeaderCell scope="col">{t.colOrganisation}</TableHeaderCell>
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {result.preview.map((p, i) => (
                          <TableRow key={i}>
                            <TableCell>{p.code}</TableCell>
                            <TableHeaderCell scope="row">{p.title}</TableHeaderCell>
                            <TableCell>{p.organisation}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </div>
                ) : null}
              </div>
            ) : null}
            {lineErrors.length ? (
              <div role="alert" data-testid="import-errors">
                <Heading level={3}>{t.errorsTitle}</Heading>
                <Paragraph>{t.errorsIntro}</Paragraph>
                <div className="werkpad-table-scroll">
                  <Table>
                    <TableCaption>{t.errorsCaption}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t.colLine}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t.colField}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t.colMessage}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {lineErrors.map((e, i) => (
                        <TableRow key={i}>
                          <TableHeaderCell scope="row">{e.line ?? ''}</TableHeaderCell>
                          <TableCell>{e.field}</TableCell>
                          <TableCell>{e.message}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              </div>
            ) : null}
          </section>
          <section aria-labelledby="verwijderen-titel" className="werkpad-section">
            <Heading level={2} id="verwijderen-titel">
              {t.deleteCatalogue(cat.name)}
            </Heading>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setErrors([]);
                api.profiles
                  .deleteCatalogue(cat.id, cat.version)
                  .then(() => navigate('/functiecatalogi', { state: { flash: t.deleted } }))
                  .catch((err: unknown) => setErrors(profileErrors(err)));
              }}
            >
              {t.deleteCatalogue(cat.name)}
            </Button>
          </section>
        </>
      ) : null}
    </>
  );
}
