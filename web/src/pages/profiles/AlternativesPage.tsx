import { useState } from 'react';
import { useParams } from 'react-router';
import {
  Button,
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
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { nl } from '../../i18n/nl';
import { prof } from '../../i18n/profiles';
import { useApi } from '../../session/context';
import { ErrorList, ProfileNav } from '../../profiles/components';
import { profileErrors, useTrajectoryHead } from '../../profiles/useTrajectory';

const t = prof.alternatives;

/** The ranking of alternative functions for the trajectory's newest person profile. */
export function AlternativesPage() {
  const api = useApi();
  const id = Number(useParams().id);
  const head = useTrajectoryHead(id);
  const catalogues = useLoad(() => api.profiles.catalogues(), 'catalogi');
  const [catalogue, setCatalogue] = useState('');
  const [top, setTop] = useState('10');
  const [query, setQuery] = useState({ catalogue: '', top: '10' });
  const ranking = useLoad(
    () => api.profiles.alternatives(id, { catalogue: query.catalogue ? Number(query.catalogue) : null, top: Number(query.top) }),
    `rank|${id}|${query.catalogue}|${query.top}`,
  );
  const r = ranking.data;
  return (
    <>
      <PageHeading title={head.data ? t.title(head.data.name) : t.titlePlain} />
      <ProfileNav trajectoryId={id} current="alternatieven" />
      <ApiErrorAlert error={head.error ?? catalogues.error} />
      <Paragraph>{t.intro}</Paragraph>
      <form
        className="werkpad-form--inline"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ catalogue, top });
        }}
      >
        <SelectField
          id="rang-catalogus"
          label={t.catalogue}
          value={catalogue}
          onChange={setCatalogue}
          emptyOption={t.allCatalogues}
          options={(catalogues.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        />
        <SelectField
          id="rang-aantal"
          label={t.top}
          value={top}
          onChange={setTop}
          options={['5', '10', '25', '50'].map((n) => ({ value: n, label: n }))}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t.show}
        </Button>
      </form>
      <Paragraph>
        <AppLink to="/functiecatalogi">{t.manage}</AppLink>
      </Paragraph>
      {ranking.loading && !r ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {ranking.error ? <ErrorList messages={profileErrors(ranking.error)} /> : null}
      {r && !ranking.error ? (
        r.top.length === 0 ? (
          <Paragraph>{t.empty}</Paragraph>
        ) : (
          <div className="werkpad-table-scroll">
            <Table data-testid="ranking-table">
              <TableCaption>{t.caption(r.top.length, r.functions)}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colRank}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colFunction}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colMet}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colPartly}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colNotMet}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colNotAssessed}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colUnmet}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {r.top.map((f, i) => (
                  <TableRow key={f.function.id} data-function={f.function.code}>
                    <TableCell>{i + 1}</TableCell>
                    <TableHeaderCell scope="row">
                      {f.function.title}
                      <div className="werkpad-meta">
                        {[f.function.catalogue_name, f.function.organisation, f.function.hours_per_week != null ? t.hours(f.function.hours_per_week) : '']
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </TableHeaderCell>
                    <TableCell>{`${f.met}/${f.relevant}`}</TableCell>
                    <TableCell>{f.partly}</TableCell>
                    <TableCell>{f.not_met}</TableCell>
                    <TableCell>{f.not_assessed}</TableCell>
                    <TableCell>
                      {f.unmet.length ? (
                        <UnorderedList className="werkpad-plain-list">
                          {f.unmet.map((m) => (
                            <UnorderedListItem key={m.item}>{m.description}</UnorderedListItem>
                          ))}
                        </UnorderedList>
                      ) : (
                        t.noUnmet
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )
      ) : null}
    </>
  );
}
