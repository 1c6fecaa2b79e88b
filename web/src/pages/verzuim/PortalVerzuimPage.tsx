import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { isApiError } from '../../api/errors';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { labelOr } from '../../i18n/agr';
import { formatDate, nl } from '../../i18n/nl';
import { scenarioGuidance, scenarioLabels, verzuimText } from '../../i18n/verzuim';
import { useActiveSession, useApi } from '../../session/context';
import { MilestoneTable } from '../../verzuim/components';
import { milestoneName, verzuimErrorMessage } from '../../verzuim/logic';

const t = verzuimText.portal;

/** The revalidant's own verzuimroute: where am I, what can I do now, my scenario, my timeline. */
export function PortalVerzuimPage() {
  const api = useApi();
  const session = useActiveSession();
  const rid = session.user.revalidant_id;
  const { data, error, loading } = useLoad(async () => {
    if (!rid) return null;
    try {
      return await api.verzuim.ofRevalidant(rid);
    } catch (e) {
      if (isApiError(e) && e.status === 404) return null;
      throw e;
    }
  }, String(rid));
  const tl = data?.timeline ?? null;
  const cur = data?.scenario.current ?? null;
  const guidance = cur ? scenarioGuidance[cur.code] : undefined;
  const mine =
    tl?.milestones.filter(
      (m) => m.responsible.includes('werknemer') && (m.status === 'due' || m.status === 'overdue' || m.status === 'open'),
    ) ?? [];
  return (
    <>
      <PageHeading title={t.title} />
      <Paragraph>{t.intro(session.user.display_name)}</Paragraph>
      {error ? <Paragraph role="alert">{verzuimErrorMessage(error)}</Paragraph> : null}
      {loading && data === undefined ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {data === null ? <Paragraph data-testid="portal-verzuim-none">{t.none}</Paragraph> : null}
      {data && !tl ? <Paragraph>{t.noEpisodes}</Paragraph> : null}
      {data && tl ? (
        <>
          <section aria-labelledby="verzuim-waar-titel" className="werkpad-section">
            <Heading level={2} id="verzuim-waar-titel">
              {t.whereTitle}
            </Heading>
            <Paragraph data-testid="portal-verzuim-week">{tl.recovered ? t.recovered : t.week(tl.current_week)}</Paragraph>
            <Paragraph>{t.wachttijd(formatDate(tl.einde_wachttijd))}</Paragraph>
          </section>
          <section aria-labelledby="verzuim-nu-titel" className="werkpad-section">
            <Heading level={2} id="verzuim-nu-titel">
              {t.nowTitle}
            </Heading>
            {mine.length ? (
              <UnorderedList data-testid="portal-verzuim-now">
                {mine.map((m) => (
                  <UnorderedListItem key={`${m.key}-${m.sequence}`}>
                    {t.nowStep(milestoneName(m), formatDate(m.due), m.status === 'overdue')}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            ) : (
              <Paragraph>{t.nothingNow}</Paragraph>
            )}
            {guidance ? <Paragraph>{guidance.todo}</Paragraph> : null}
          </section>
          <section aria-labelledby="verzuim-scenario-titel" className="werkpad-section">
            <Heading level={2} id="verzuim-scenario-titel">
              {t.scenarioTitle}
            </Heading>
            {cur && guidance ? (
              <DataList data-testid="portal-verzuim-scenario">
                <DataListItem>
                  <DataListKey>{verzuimText.scenario.title}</DataListKey>
                  <DataListValue>{labelOr(scenarioLabels, cur.code)}</DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>{t.expect}</DataListKey>
                  <DataListValue>{guidance.expect}</DataListValue>
                </DataListItem>
              </DataList>
            ) : (
              <Paragraph>{verzuimText.scenario.none}</Paragraph>
            )}
          </section>
          <section aria-labelledby="verzuim-tijdlijn-titel" className="werkpad-section">
            <Heading level={2} id="verzuim-tijdlijn-titel">
              {t.timelineTitle}
            </Heading>
            <Paragraph>{t.timelineIntro}</Paragraph>
            <MilestoneTable milestones={tl.milestones} today={tl.today} />
          </section>
        </>
      ) : null}
    </>
  );
}
