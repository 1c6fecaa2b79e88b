import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
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
import type { ItemMatch, ProfileMatch } from '../../api/profileTypes';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { formatDate, nl } from '../../i18n/nl';
import { capacitySourceLabels, changeKindLabels, instrumentLabels, labelOf, prof, roundKindLabels, statusLabels } from '../../i18n/profiles';
import { useApi } from '../../session/context';
import { ErrorList, ProfileNav, useItemCatalogue } from '../../profiles/components';
import { OutcomeChart } from '../../profiles/charts';
import { disciplineLabel, outcomeCounts } from '../../profiles/logic';
import { profileErrors, useTrajectoryHead } from '../../profiles/useTrajectory';
import type { ItemCatalogue } from '../../api/profileTypes';

const t = prof.matching;

function MatchTable({
  caption,
  rows,
  goalLink,
  testId,
}: {
  caption: string;
  rows: ItemMatch[];
  goalLink?: (m: ItemMatch) => string | null;
  testId?: string;
}) {
  return (
    <div className="werkpad-table-scroll">
      <Table data-testid={testId}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.colItem}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.colDescription}</TableHeaderCell>
            {goalLink ? <TableHeaderCell scope="col">{t.colGoal}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((m) => {
            const link = goalLink?.(m) ?? null;
            return (
              <TableRow key={m.item} data-item={m.item}>
                <TableHeaderCell scope="row">{m.label}</TableHeaderCell>
                <TableCell>{labelOf(statusLabels, m.status)}</TableCell>
                <TableCell>
                  {m.description}
                  {m.inconsistent ? <div className="werkpad-meta">{t.inconsistent}</div> : null}
                </TableCell>
                {goalLink ? <TableCell>{link ? <AppLink to={link}>{t.makeGoal(m.label)}</AppLink> : null}</TableCell> : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** Counts per outcome as a table and the same as a bar chart. */
export function OutcomeSummary({ match }: { match: ProfileMatch }) {
  const s = match.summary;
  const rows: [string, number][] = [
    [t.counts.met, s.met],
    [t.counts.partly, s.partly],
    [t.counts.not_met, s.not_met],
    [t.counts.not_assessed, s.not_assessed],
    [t.counts.not_relevant, s.not_relevant],
    [t.counts.unanswered, s.unanswered],
  ];
  return (
    <section aria-labelledby="samenvatting-titel" className="werkpad-section">
      <Heading level={2} id="samenvatting-titel">
        {t.summaryTitle}
      </Heading>
      <Paragraph data-testid="match-summary">{t.summary(s)}</Paragraph>
      <div className="werkpad-chart-pair">
        <Table data-testid="match-counts">
          <TableCaption>{t.countsCaption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.colOutcome}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.colCount}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(([label, n]) => (
              <TableRow key={label}>
                <TableHeaderCell scope="row">{label}</TableHeaderCell>
                <TableCell>{n}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <OutcomeChart
          label={t.chartLabel(s.met, s.partly, s.not_met, s.not_assessed)}
          bars={outcomeCounts(s).map((c) => ({ key: c.key, label: t.counts[c.key], value: c.value }))}
        />
      </div>
    </section>
  );
}

function Discrepancies({ match, cat, trajectoryId }: { match: ProfileMatch; cat: ItemCatalogue | undefined; trajectoryId: number }) {
  const byCode = new Map(match.discrepancies.map((m) => [m.item, m]));
  const goalLink = (discipline: string) => (m: ItemMatch) =>
    match.against === 'persoonsprofiel'
      ? `/trajecten/${trajectoryId}/doelen?item=${m.item}&ronde=${match.source_id}&discipline=${discipline}`
      : null;
  return (
    <section aria-labelledby="knelpunten-titel" className="werkpad-section">
      <Heading level={2} id="knelpunten-titel">
        {t.discTitle}
      </Heading>
      {match.discrepancies.length === 0 ? <Paragraph>{t.noDiscrepancies}</Paragraph> : null}
      {match.by_discipline
        .filter((g) => g.items.some((i) => byCode.has(i)))
        .map((g) => (
          <section key={g.discipline} aria-labelledby={`disc-${g.discipline}`} data-discipline={g.discipline}>
            <Heading level={3} id={`disc-${g.discipline}`}>
              {disciplineLabel(cat, g.discipline)}
            </Heading>
            <MatchTable
              caption={t.discCaption(disciplineLabel(cat, g.discipline))}
              rows={g.items.map((i) => byCode.get(i)).filter((m): m is ItemMatch => !!m)}
              goalLink={goalLink(g.discipline)}
              testId={`discrepancies-${g.discipline}`}
            />
          </section>
        ))}
    </section>
  );
}

function Changes({ match }: { match: ProfileMatch }) {
  return (
    <section aria-labelledby="veranderd-titel" className="werkpad-section">
      <Heading level={2} id="veranderd-titel">
        {t.changesTitle}
      </Heading>
      {match.changes ? (
        <>
          <Paragraph data-testid="changes-summary">{t.changesSummary(match.changes.summary)}</Paragraph>
          {match.changes.items.length ? (
            <div className="werkpad-table-scroll">
              <Table data-testid="changes-table">
                <TableCaption>{t.changesCaption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.colItem}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colChange}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colBefore}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colAfter}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colDescription}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {match.changes.items.map((c) => (
                    <TableRow key={c.item} data-item={c.item}>
                      <TableHeaderCell scope="row">{c.label}</TableHeaderCell>
                      <TableCell>{labelOf(changeKindLabels, c.kind)}</TableCell>
                      <TableCell>{labelOf(statusLabels, c.before)}</TableCell>
                      <TableCell>{labelOf(statusLabels, c.after)}</TableCell>
                      <TableCell>{c.description}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : null}
        </>
      ) : (
        <Paragraph>{t.noPrevious}</Paragraph>
      )}
    </section>
  );
}

/** The discrepancy analysis: demand (form 4) against a round of form 6 or an FML. */
export function MatchingPage() {
  const api = useApi();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const head = useTrajectoryHead(id);
  const cat = useItemCatalogue();
  const sources = useLoad(async () => {
    const [rounds, caps] = await Promise.all([api.profiles.rounds(id), api.profiles.capacityProfiles(id)]);
    return { rounds: rounds.items, caps: caps.items };
  }, `sources|${id}`);
  const round = params.get('ronde');
  const capacity = params.get('fml');
  const match = useLoad(
    () => api.profiles.matching(id, { round: round ? Number(round) : null, capacity: capacity ? Number(capacity) : null }),
    `match|${id}|${round}|${capacity}`,
  );
  // "UWV (FML)": who made the capacity profile and which instrument it is.
  const capacityName = (sourceId: number, instrument: string) => {
    const c = sources.data?.caps.find((x) => x.id === sourceId);
    const inst = instrument.toUpperCase();
    return c ? `${labelOf(capacitySourceLabels, c.source)} (${inst})` : labelOf(instrumentLabels, instrument);
  };
  const [choice, setChoice] = useState(round ? `r${round}` : capacity ? `c${capacity}` : '');

  const options = sources.data
    ? [
        ...sources.data.rounds.map((r) => ({ value: `r${r.id}`, label: t.againstRound(labelOf(roundKindLabels, r.kind), formatDate(r.date)) })),
        ...sources.data.caps.map((c) => ({ value: `c${c.id}`, label: t.againstCapacity(labelOf(capacitySourceLabels, c.source), formatDate(c.date)) })),
      ]
    : [];

  return (
    <>
      <PageHeading title={head.data ? t.title(head.data.name) : t.titlePlain} />
      <ProfileNav trajectoryId={id} current="knelpunten" />
      <ApiErrorAlert error={head.error ?? sources.error} />
      {options.length ? (
        <form
          className="werkpad-form--inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice.startsWith('r')) setParams({ ronde: choice.slice(1) });
            else if (choice.startsWith('c')) setParams({ fml: choice.slice(1) });
            else setParams({});
          }}
        >
          <SelectField id="vergelijk" label={t.against} value={choice} onChange={setChoice} options={options} emptyOption={prof.matching.againstLatest} />
          <Button type="submit" appearance="secondary-action-button">
            {t.show}
          </Button>
        </form>
      ) : null}
      {match.loading && !match.data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {match.error ? <ErrorList messages={profileErrors(match.error)} /> : null}
      {match.data && !match.error ? (
        <div data-testid="matching">
          <Paragraph data-testid="match-against">
            {match.data.against === 'persoonsprofiel'
              ? t.againstRound(labelOf(roundKindLabels, match.data.kind), formatDate(match.data.date))
              : t.againstCapacity(capacityName(match.data.source_id, match.data.kind), formatDate(match.data.date))}
          </Paragraph>
          {match.data.filtered ? <Paragraph>{prof.filtered}</Paragraph> : null}
          <OutcomeSummary match={match.data} />
          <Discrepancies match={match.data} cat={cat.data?.catalogue} trajectoryId={id} />
          {match.data.not_assessed.length ? (
            <section aria-labelledby="nietbeoordeeld-titel" className="werkpad-section">
              <Heading level={2} id="nietbeoordeeld-titel">
                {t.notAssessedTitle}
              </Heading>
              <MatchTable caption={t.notAssessedTitle} rows={match.data.not_assessed} />
            </section>
          ) : null}
          {match.data.against === 'persoonsprofiel' ? <Changes match={match.data} /> : null}
        </div>
      ) : null}
    </>
  );
}
