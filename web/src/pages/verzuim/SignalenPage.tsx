import { useState, type FormEvent } from 'react';
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
} from '@utrecht/component-library-react';
import type { SignalQuery } from '../../api/verzuimTypes';
import { AppLink } from '../../components/AppLink';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { labelOr } from '../../i18n/agr';
import { formatDateShort, fullName, nl } from '../../i18n/nl';
import { partyLabels, verzuimText } from '../../i18n/verzuim';
import { useApi } from '../../session/context';
import { ScrollRegion, StatusBadge } from '../../verzuim/components';
import { SignalPager, signalPageSizes } from '../../verzuim/SignalPager';
import { milestoneName, verzuimErrorMessage } from '../../verzuim/logic';

const t = verzuimText.signals;

/** "Signalen verzuim": due and overdue Poortwachter steps, all (need-to-know) or mine, filterable. */
export function SignalenPage() {
  const api = useApi();
  const [scope, setScope] = useState<'all' | 'mine'>('all');
  const [days, setDays] = useState('');
  const [status, setStatus] = useState('');
  const [party, setParty] = useState('');
  const [sort, setSort] = useState<'due' | 'revalidant'>('due');
  const [pageSize, setPageSize] = useState('100');
  const [query, setQuery] = useState<SignalQuery>({ scope: 'all', sort: 'due', limit: 100, offset: 0 });
  const loaded = useLoad(() => api.verzuim.signals(query), JSON.stringify(query));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const q: SignalQuery = { scope, sort, limit: Number(pageSize), offset: 0 };
    if (days.trim() !== '') q.days = Number(days);
    if (status === 'due' || status === 'overdue') q.status = status;
    if (party) q.party = party;
    setQuery(q);
  };
  const data = loaded.data;
  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      <form noValidate onSubmit={apply} className="werkpad-subform werkpad-filters" aria-label={t.apply}>
        <SelectField
          id="signalen-scope"
          label={t.scope}
          value={scope}
          onChange={(v) => setScope(v === 'mine' ? 'mine' : 'all')}
          options={[
            { value: 'all', label: t.scopeAll },
            { value: 'mine', label: t.scopeMine },
          ]}
        />
        <TextField id="signalen-days" type="number" inputMode="numeric" label={t.days} description={t.daysHint} value={days} onChange={setDays} />
        <SelectField
          id="signalen-status"
          label={t.status}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t.statusAll },
            { value: 'due', label: t.statusDue },
            { value: 'overdue', label: t.statusOverdue },
          ]}
        />
        <SelectField
          id="signalen-party"
          label={t.party}
          value={party}
          onChange={setParty}
          options={[{ value: '', label: t.partyAll }, ...Object.entries(partyLabels).map(([value, label]) => ({ value, label }))]}
        />
        <SelectField
          id="signalen-sort"
          label={t.sort}
          value={sort}
          onChange={(v) => setSort(v === 'revalidant' ? 'revalidant' : 'due')}
          options={[
            { value: 'due', label: t.sortDue },
            { value: 'revalidant', label: t.sortRevalidant },
          ]}
        />
        <SelectField
          id="signalen-page-size"
          label={t.pageSize}
          value={pageSize}
          onChange={setPageSize}
          options={signalPageSizes.map((n) => ({ value: String(n), label: String(n) }))}
        />
        <Button type="submit" appearance="primary-action-button">
          {t.apply}
        </Button>
      </form>
      {loaded.error ? (
        <div role="alert">
          <Paragraph>{verzuimErrorMessage(loaded.error)}</Paragraph>
        </div>
      ) : null}
      {loaded.loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data ? (
        data.items.length === 0 ? (
          <>
          <Paragraph role="status" data-testid="signals-empty">
            {t.empty}
          </Paragraph>
          <SignalPager offset={data.offset} limit={data.limit} count={0} more={false} onOffset={(offset) => setQuery({ ...query, offset })} />
          </>
        ) : (
          <>
          {data.truncated ? (
            <Paragraph role="status" data-testid="signals-truncated">
              {t.truncated(data.limit)}
            </Paragraph>
          ) : null}
          <ScrollRegion label={t.caption(data.items.length, data.days)}>
            <Table data-testid="signals">
              <TableCaption>{t.caption(data.items.length, data.days)}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.colRevalidant}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colStep}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colDue}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colLeft}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colWho}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colCasemanager}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((i) => (
                  <TableRow
                    key={`${i.dossier_id}-${i.milestone.key}-${i.milestone.sequence}`}
                    data-status={i.milestone.status}
                    data-key={i.milestone.key}
                    className={`werkpad-milestone werkpad-milestone--${i.milestone.status === 'overdue' ? 'overdue' : 'due'}`}
                  >
                    <TableHeaderCell scope="row">
                      <AppLink to={`/revalidanten/${i.revalidant.id}/verzuim`}>{fullName(i.revalidant)}</AppLink>
                    </TableHeaderCell>
                    <TableCell>{milestoneName(i.milestone)}</TableCell>
                    <TableCell>{formatDateShort(i.milestone.due)}</TableCell>
                    <TableCell>{verzuimText.timeline.daysLeft(i.days_left)}</TableCell>
                    <TableCell>{i.milestone.responsible.map((p) => labelOr(partyLabels, p)).join(', ')}</TableCell>
                    <TableCell>{i.casemanager?.display_name ?? nl.common.none}</TableCell>
                    <TableCell>
                      <StatusBadge status={i.milestone.status} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
          <SignalPager
            offset={data.offset}
            limit={data.limit}
            count={data.items.length}
            more={data.truncated}
            onOffset={(offset) => setQuery({ ...query, offset })}
          />
          </>
        )
      ) : null}
    </>
  );
}
