import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import type { Revalidant } from '../api/types';
import { ApiErrorAlert, StatusMessage } from '../components/ApiErrorAlert';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';
import { useLoad } from '../components/useLoad';
import {
  employmentStatusLabel,
  fieldNames,
  formatDate,
  formatTimestamp,
  fullName,
  nl,
} from '../i18n/nl';
import { useActiveSession, useApi } from '../session/context';
import { AgrSection } from '../agr/AgrSection';
import { VerzuimSection } from '../verzuim/VerzuimSection';
import { ExternalAccessSection } from '../external/ExternalAccessSection';
import { mayManageRoute } from '../agr/route';

type Path = keyof typeof fieldNames.revalidant;

function Row({ path, value }: { path: Path; value: ReactNode }) {
  const empty = value === null || value === undefined || value === '';
  return (
    <DataListItem>
      <DataListKey>{fieldNames.revalidant[path].label}</DataListKey>
      <DataListValue>{empty ? nl.common.notFilled : value}</DataListValue>
    </DataListItem>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="werkpad-detail-section" aria-label={title}>
      <Heading level={2}>{title}</Heading>
      <DataList>{children}</DataList>
    </section>
  );
}

function Detail({ r }: { r: Revalidant }) {
  return (
    <div className="werkpad-detail">
      <Group title={nl.revalidant.sectionPerson}>
        <Row path="given_names" value={r.given_names} />
        <Row path="family_name" value={r.family_name} />
        <Row path="date_of_birth" value={formatDate(r.date_of_birth)} />
        <Row path="bsn" value={r.bsn} />
      </Group>
      <Group title={nl.revalidant.sectionContact}>
        <Row path="contact.email" value={r.contact?.email} />
        <Row path="contact.phone" value={r.contact?.phone} />
        <Row path="contact.street" value={r.contact?.street} />
        <Row path="contact.postal_code" value={r.contact?.postal_code} />
        <Row path="contact.city" value={r.contact?.city} />
      </Group>
      <Group title={nl.revalidant.sectionNaaste}>
        <Row path="naaste.name" value={r.naaste?.name} />
        <Row path="naaste.relation" value={r.naaste?.relation} />
        <Row path="naaste.phone" value={r.naaste?.phone} />
        <Row path="naaste.email" value={r.naaste?.email} />
      </Group>
      <Group title={nl.revalidant.sectionWork}>
        <Row path="employment_status" value={employmentStatusLabel(r.employment_status)} />
        <Row path="function_title" value={r.function_title} />
        <Row path="hours_per_week" value={r.hours_per_week === null ? '' : String(r.hours_per_week).replace('.', ',')} />
        <Row path="employer.organisation" value={r.employer?.organisation} />
        <Row path="employer.contact_name" value={r.employer?.contact_name} />
        <Row path="employer.contact_phone" value={r.employer?.contact_phone} />
        <Row path="employer.contact_email" value={r.employer?.contact_email} />
        <Row path="employer.address" value={r.employer?.address} />
      </Group>
      <Group title={nl.revalidant.sectionBedrijfsarts}>
        <Row path="bedrijfsarts.name" value={r.bedrijfsarts?.name} />
        <Row path="bedrijfsarts.organisation" value={r.bedrijfsarts?.organisation} />
        <Row path="bedrijfsarts.phone" value={r.bedrijfsarts?.phone} />
        <Row path="bedrijfsarts.email" value={r.bedrijfsarts?.email} />
      </Group>
      <Group title={nl.revalidant.sectionTeam}>
        <Row path="team_id" value={r.team?.name} />
        <Row path="ric_user_id" value={r.ric?.display_name} />
      </Group>
      <Paragraph className="werkpad-meta">
        {nl.revalidant.createdAt} {formatTimestamp(r.created_at)}. {nl.revalidant.updatedAt}{' '}
        {formatTimestamp(r.updated_at)}.
      </Paragraph>
    </div>
  );
}

/** The revalidant's file as far as the platform knows it (later features add the route). */
export function RevalidantDetailPage() {
  const api = useApi();
  const session = useActiveSession();
  const id = Number(useParams().id);
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const { data, error, loading } = useLoad(() => api.revalidanten.get(id), String(id));

  return (
    <>
      {data ? <PageHeading title={nl.revalidant.detailTitle(fullName(data))} /> : null}
      {error ? (
        <>
          <PageHeading title={nl.app.errorTitle} />
          <ApiErrorAlert error={error} />
        </>
      ) : null}
      {loading && !data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      <StatusMessage text={flash} />
      {data ? (
        <>
          <div className="werkpad-toolbar">
            <AppButtonLink to={`/revalidanten/${data.id}/bewerken`} appearance="primary-action-button">
              {nl.revalidant.editLink}
            </AppButtonLink>
          </div>
          <AgrSection revalidantId={data.id} />
          <VerzuimSection revalidantId={data.id} />
          {mayManageRoute(session.user.role) ? <ExternalAccessSection revalidantId={data.id} /> : null}
          <Detail r={data} />
        </>
      ) : null}
      <Paragraph>
        <AppLink to="/caseload">{nl.revalidant.backToCaseload}</AppLink>
      </Paragraph>
    </>
  );
}
