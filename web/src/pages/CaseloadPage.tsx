import { useSearchParams } from 'react-router';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';
import { Pagination } from '../components/Pagination';
import { SearchForm } from '../components/SearchForm';
import { useLoad } from '../components/useLoad';
import { parsePage } from '../forms/formState';
import { employmentStatusLabel, formatDateShort, fullName, nl } from '../i18n/nl';
import { useApi } from '../session/context';

const PAGE_SIZE = 25;

/** "Mijn caseload": the revalidanten this staff member may see, searchable and paginated. */
export function CaseloadPage() {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = parsePage(params.get('pagina'));
  const { data, error, loading } = useLoad(
    () => api.revalidanten.list(q, { page, page_size: PAGE_SIZE }),
    `${q}|${page}`,
  );

  const go = (nextQ: string, nextPage: number) => {
    const p = new URLSearchParams();
    if (nextQ) p.set('q', nextQ);
    if (nextPage > 1) p.set('pagina', String(nextPage));
    setParams(p);
  };

  return (
    <>
      <PageHeading title={nl.caseload.title} />
      <Paragraph>{nl.caseload.intro}</Paragraph>
      <div className="werkpad-toolbar">
        <SearchForm
          key={q}
          id="caseload-q"
          label={nl.caseload.searchLabel}
          description={nl.caseload.searchHint}
          regionLabel={nl.caseload.searchRegion}
          initial={q}
          onSearch={(next) => go(next, 1)}
        />
        <AppButtonLink to="/revalidanten/nieuw" appearance="primary-action-button">
          {nl.caseload.newRevalidant}
        </AppButtonLink>
      </div>
      <ApiErrorAlert error={error} />
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        data.items.length === 0 ? (
          <Paragraph role="status">{q ? nl.caseload.emptySearch(q) : nl.caseload.empty}</Paragraph>
        ) : (
          <>
            <div className="werkpad-table-scroll">
              <Table busy={loading} data-testid="caseload-table">
                <TableCaption>{nl.caseload.tableCaption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{nl.caseload.colName}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.caseload.colDateOfBirth}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.caseload.colEmployment}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.caseload.colTeam}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.caseload.colRic}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((r) => (
                    <TableRow key={r.id}>
                      <TableHeaderCell scope="row">
                        <AppLink to={`/revalidanten/${r.id}`}>{fullName(r)}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{formatDateShort(r.date_of_birth)}</TableCell>
                      <TableCell>{employmentStatusLabel(r.employment_status)}</TableCell>
                      <TableCell>{r.team?.name ?? nl.common.none}</TableCell>
                      <TableCell>{r.ric?.display_name ?? nl.common.none}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <Pagination page={data.page} pageSize={data.page_size} total={data.total} onPage={(p) => go(q, p)} />
          </>
        )
      ) : null}
    </>
  );
}
