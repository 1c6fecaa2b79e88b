import {
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
import { PageHeading } from '../../components/PageHeading';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLoad } from '../../components/useLoad';
import { formatDate, nl } from '../../i18n/nl';
import { goalStatusLabels, labelOf, prof } from '../../i18n/profiles';
import { useActiveSession, useApi } from '../../session/context';
import { disciplineLabel, formatValue, itemByCode } from '../../profiles/logic';
import { ProgressSection } from './TrainingPage';
import { pickTrajectory } from '../../agr/route';

const t = prof.portal;

/**
 * The revalidant's own treatment goals and progress: what they work on, by when, and how their
 * capacity moves towards what the work asks. The server leaves out the team's notes.
 */
export function PortalGoalsPage() {
  const api = useApi();
  const session = useActiveSession();
  const rid = session.user.revalidant_id;
  const { data, error, loading } = useLoad(async () => {
    if (!rid) return null;
    const list = await api.trajectories.listFor(rid);
    const tr = pickTrajectory(list.items);
    if (!tr) return null;
    const [goals, progress, items] = await Promise.all([
      api.profiles.goals(tr.id),
      api.profiles.progress(tr.id),
      api.profiles.items(),
    ]);
    return { goals: goals.items, progress, cat: items.catalogue };
  }, String(rid));

  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro}</Paragraph>
      {loading ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {error ? <ApiErrorAlert error={error} /> : null}
      {!loading && !error && !data ? <Paragraph>{t.none}</Paragraph> : null}
      {data ? (
        <>
          <section aria-labelledby="mijn-doelen-titel" className="werkpad-section">
            <Heading level={2} id="mijn-doelen-titel">
              {t.goalsTitle}
            </Heading>
            {data.goals.length === 0 ? (
              <Paragraph>{t.noGoals}</Paragraph>
            ) : (
              <div className="werkpad-table-scroll">
                <Table data-testid="portal-goals">
                  <TableCaption>{t.goalsCaption}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t.colGoal}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colDiscipline}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colTarget}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {data.goals.map((g) => {
                      const def = g.item ? itemByCode(data.cat, g.item) : undefined;
                      return (
                        <TableRow key={g.id}>
                          <TableHeaderCell scope="row">{g.description}</TableHeaderCell>
                          <TableCell>{disciplineLabel(data.cat, g.discipline)}</TableCell>
                          <TableCell>
                            {def ? `${def.label}${g.target ? `: ${formatValue(def, g.target, 'capacity')}` : ''}` : ''}
                          </TableCell>
                          <TableCell>{formatDate(g.target_date)}</TableCell>
                          <TableCell>{labelOf(goalStatusLabels, g.status)}</TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          <ProgressSection progress={data.progress} cat={data.cat} />
        </>
      ) : null}
    </>
  );
}
