import { useState } from 'react';
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
import { ROLES } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { SearchForm } from '../../components/SearchForm';
import { useLoad } from '../../components/useLoad';
import { parsePage } from '../../forms/formState';
import { formatTimestamp, nl, roleLabel } from '../../i18n/nl';
import { useApi } from '../../session/context';
import { disciplineLabelIn } from '../../profiles/logic';
import { useUserOptions } from './useUserOptions';

const PAGE_SIZE = 25;

/** Admin: list of users with search and role filter. */
export function UsersPage() {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = params.get('rol') ?? '';
  const page = parsePage(params.get('pagina'));
  const [roleChoice, setRoleChoice] = useState(role);
  // Disciplines by their label ("Maatschappelijk werk"), not their code.
  const options = useUserOptions();
  const disciplineLabel = (code: string) => disciplineLabelIn(options.data?.disciplines, code);
  const { data, error, loading } = useLoad(
    () => api.users.list(q, role, { page, page_size: PAGE_SIZE }),
    `${q}|${role}|${page}`,
  );

  const go = (nextQ: string, nextRole: string, nextPage: number) => {
    const p = new URLSearchParams();
    if (nextQ) p.set('q', nextQ);
    if (nextRole) p.set('rol', nextRole);
    if (nextPage > 1) p.set('pagina', String(nextPage));
    setParams(p);
  };

  return (
    <>
      <PageHeading title={nl.users.title} />
      <Paragraph>{nl.users.intro}</Paragraph>
      <div className="werkpad-toolbar">
        <SearchForm
          key={`${q}|${role}`}
          id="users-q"
          label={nl.users.searchLabel}
          regionLabel={nl.users.searchRegion}
          initial={q}
          onSearch={(next) => go(next, roleChoice, 1)}
        >
          <SelectField
            id="users-role"
            label={nl.users.roleFilter}
            value={roleChoice}
            onChange={setRoleChoice}
            emptyOption={nl.users.allRoles}
            options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
          />
        </SearchForm>
        <AppButtonLink to="/beheer/gebruikers/nieuw" appearance="primary-action-button">
          {nl.users.newUser}
        </AppButtonLink>
      </div>
      <ApiErrorAlert error={error} />
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        data.items.length === 0 ? (
          <Paragraph role="status">{nl.common.noResults}</Paragraph>
        ) : (
          <>
            <div className="werkpad-table-scroll">
              <Table busy={loading}>
                <TableCaption>{nl.users.tableCaption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{nl.users.colName}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.users.colUsername}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.users.colRole}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.users.colStatus}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.users.colTotp}</TableHeaderCell>
                    <TableHeaderCell scope="col">{nl.users.colLastLogin}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((u) => (
                    <TableRow key={u.id}>
                      <TableHeaderCell scope="row">
                        <AppLink to={`/beheer/gebruikers/${u.id}`}>{u.display_name}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{u.username}</TableCell>
                      <TableCell>
                        {roleLabel(u.role)}
                        {u.discipline ? ` (${disciplineLabel(u.discipline)})` : ''}
                      </TableCell>
                      <TableCell>{u.disabled ? nl.users.disabled : nl.users.active}</TableCell>
                      <TableCell>{u.totp_enabled ? nl.users.totpOn : nl.users.totpOff}</TableCell>
                      <TableCell>{u.last_login_at ? formatTimestamp(u.last_login_at) : nl.users.never}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <Pagination page={data.page} pageSize={data.page_size} total={data.total} onPage={(p) => go(q, role, p)} />
          </>
        )
      ) : null}
    </>
  );
}
