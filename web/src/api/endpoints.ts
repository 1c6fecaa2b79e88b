import type { ApiClient } from './client';
import type { ContactEntry, ContactInput, ContactSection, ContactSignals } from './contactTypes';
import type { Answers, FormDefinition } from '../agr/forms/model';
import type {
  Consent,
  ConsentEvent,
  DecisionInput,
  FormDefinitionSummary,
  FormResponse,
  FormStatus,
  ResponseHistory,
  SignInput,
  StartTrajectoryInput,
  Task,
  TeamChangeInput,
  TeamMeeting,
  Trajectory,
} from './agrTypes';
import type {
  AuditEntry,
  Discipline,
  Institution,
  InstitutionInput,
  Page,
  Revalidant,
  RevalidantInput,
  RevalidantSummary,
  Session,
  StaffMember,
  Team,
  TotpEnrolment,
  TotpEnrolmentConfirmation,
  User,
  UserCreated,
  UserCreateInput,
  UserUpdateInput,
} from './types';
import type {
  DocumentInput,
  DossierInput,
  EpisodeInput,
  Riv,
  SignalList,
  SignalQuery,
  VerzuimCatalogue,
  VerzuimDocument,
  VerzuimDossier,
  WiaEstimate,
  WiaEstimateInput,
  WiaGuidance,
} from './verzuimTypes';
import type {
  GenerateDocumentInput,
  GeneratedDocument,
  Visie,
  VisieContent,
  VisieSignInput,
  VisieVersion,
} from './visieTypes';
import type {
  AssessmentInput,
  AssessmentRound,
  CapacityProfile,
  CapacityProfileDoc,
  CatalogueFunction,
  DemandProfile,
  DemandRevision,
  FunctionCatalogue,
  FunctionProfile,
  FunctionRanking,
  FunctionSummary,
  Goal,
  GoalInput,
  ImportResult,
  ItemCatalogueView,
  ProfileMatch,
  ProfileValue,
  Progress,
  RoundKind,
  SessionInput,
  TrainingReport,
  TrainingSession,
  WorkTraining,
  Worksample,
  WorksampleInput,
  AssignmentOverride,
} from './profileTypes';
import type {
  Handover,
  HandoverInput,
  HandoverMoment,
  HandoverMomentInput,
  HandoverOverview,
  NetworkPartner,
  NetworkPartnerInput,
  PartnerMatrix,
} from './partnerTypes';
import type {
  ExternalAccount,
  ExternalMessage,
  Grant,
  InviteInput,
  InviteResult,
  SharedSummary,
  SharedView,
} from './externalTypes';

export interface PageQuery {
  page?: number;
  page_size?: number;
}

/** One function per endpoint of docs/api.md. Session answers also refresh the CSRF token. */
export function createApi(client: ApiClient) {
  const withSession = (s: Session): Session => {
    client.setCsrfToken(s.csrf_token);
    return s;
  };
  return {
    session: {
      get: async () =>
        withSession(await client.request<Session>('GET', '/session', { allowUnauthenticated: true })),
      login: async (username: string, password: string) =>
        withSession(
          await client.request<Session>('POST', '/session', {
            body: { username, password },
            allowUnauthenticated: true,
          }),
        ),
      verifyTotp: async (code: string) =>
        withSession(
          await client.request<Session>('POST', '/session/totp', {
            body: { code },
            allowUnauthenticated: true,
          }),
        ),
      useRecoveryCode: async (recovery_code: string) =>
        withSession(
          await client.request<Session>('POST', '/session/totp', {
            body: { recovery_code },
            allowUnauthenticated: true,
          }),
        ),
      startEnrolment: () =>
        client.request<TotpEnrolment>('POST', '/session/totp/enrolment', {
          body: {},
          allowUnauthenticated: true,
        }),
      confirmEnrolment: async (code: string) => {
        const r = await client.request<TotpEnrolmentConfirmation>(
          'POST',
          '/session/totp/enrolment/confirm',
          { body: { code }, allowUnauthenticated: true },
        );
        withSession(r.session);
        return r;
      },
      changePassword: (current_password: string, new_password: string) =>
        client.request<void>('PUT', '/session/password', {
          body: { current_password, new_password },
          allowUnauthenticated: true,
        }),
      logout: async () => {
        try {
          await client.request<void>('DELETE', '/session', { allowUnauthenticated: true });
        } finally {
          client.setCsrfToken(null);
        }
      },
    },
    revalidanten: {
      list: (q: string, page: PageQuery = {}) =>
        client.request<Page<RevalidantSummary>>('GET', '/revalidanten', { query: { q, ...page } }),
      get: (id: number) => client.request<Revalidant>('GET', `/revalidanten/${id}`),
      create: (input: RevalidantInput) =>
        client.request<Revalidant>('POST', '/revalidanten', { body: input }),
      update: (id: number, input: RevalidantInput, version: number) =>
        client.request<Revalidant>('PUT', `/revalidanten/${id}`, { body: { ...input, version } }),
    },
    users: {
      list: (q: string, role: string, page: PageQuery = {}) =>
        client.request<Page<User>>('GET', '/users', { query: { q, role, ...page } }),
      get: (id: number) => client.request<User>('GET', `/users/${id}`),
      create: (input: UserCreateInput) =>
        client.request<UserCreated>('POST', '/users', { body: input }),
      update: (id: number, input: UserUpdateInput) =>
        client.request<User>('PUT', `/users/${id}`, { body: input }),
      disable: (id: number) => client.request<User>('POST', `/users/${id}/disable`, { body: {} }),
      enable: (id: number) => client.request<User>('POST', `/users/${id}/enable`, { body: {} }),
      resetPassword: (id: number) =>
        client.request<{ temporary_password: string }>('POST', `/users/${id}/reset-password`, {
          body: {},
        }),
      reset2fa: (id: number) => client.request<User>('POST', `/users/${id}/reset-2fa`, { body: {} }),
    },
    staff: {
      list: (role?: string) =>
        client.request<{ items: StaffMember[] }>('GET', '/staff', { query: { role } }),
    },
    teams: {
      list: () => client.request<{ items: Team[] }>('GET', '/teams'),
      create: (name: string) => client.request<Team>('POST', '/teams', { body: { name } }),
    },
    disciplines: {
      list: () => client.request<{ items: Discipline[] }>('GET', '/disciplines'),
      create: (code: string, label: string) =>
        client.request<Discipline>('POST', '/disciplines', { body: { code, label } }),
    },
    institution: {
      get: () => client.request<Institution>('GET', '/institution'),
      update: (input: InstitutionInput, version: number) =>
        client.request<Institution>('PUT', '/institution', { body: { ...input, version } }),
      /** Admin: the logo for folders and letters (PNG as base64, at most 256 KiB). */
      putLogo: (png_base64: string) =>
        client.request<{ sha256: string; size: number; updated_at: string }>('PUT', '/institution/logo', {
          body: { png_base64 },
        }),
      deleteLogo: () => client.request<void>('DELETE', '/institution/logo'),
      logoHref: '/api/v1/institution/logo',
    },
    audit: {
      list: (
        filter: { revalidant_id?: number | null; user_id?: number | null; from?: string; to?: string },
        page: PageQuery = {},
      ) => client.request<Page<AuditEntry>>('GET', '/audit', { query: { ...filter, ...page } }),
    },
    trajectories: {
      listFor: (revalidantId: number) =>
        client.request<{ items: Trajectory[] }>('GET', `/revalidanten/${revalidantId}/trajectories`),
      start: (revalidantId: number, input: StartTrajectoryInput) =>
        client.request<Trajectory>('POST', `/revalidanten/${revalidantId}/trajectories`, { body: input }),
      get: (id: number) => client.request<Trajectory>('GET', `/trajectories/${id}`),
      decide: (id: number, input: DecisionInput) =>
        client.request<Trajectory>('POST', `/trajectories/${id}/decisions`, { body: input }),
      changeSetting: (id: number, setting: string, handover_note: string, version: number) =>
        client.request<Trajectory>('POST', `/trajectories/${id}/setting`, { body: { setting, handover_note, version } }),
      changeTeam: (id: number, input: TeamChangeInput) =>
        client.request<Trajectory>('PUT', `/trajectories/${id}/team`, { body: input }),
      tasks: (id: number) => client.request<{ items: Task[] }>('GET', `/trajectories/${id}/tasks`),
      forms: (id: number) => client.request<{ items: FormStatus[] }>('GET', `/trajectories/${id}/forms`),
    },
    /** Form 7 of a trajectory (docs/api.md "Re-integratievisie (formulier 7)"). */
    visie: (trajectoryId: number) => {
      const base = `/trajectories/${trajectoryId}/reintegratievisie`;
      return {
        get: () => client.request<Visie>('GET', base),
        create: () => client.request<Visie>('POST', base, { body: {} }),
        save: (content: VisieContent, version: number) =>
          client.request<Visie>('PUT', base, { body: { content, version } }),
        status: (status: string, version: number, reason?: string) =>
          client.request<Visie>('POST', `${base}/status`, {
            body: reason ? { status, version, reason } : { status, version },
          }),
        comment: (text: string, version: number, section?: string) =>
          client.request<Visie>('POST', `${base}/comments`, {
            body: section ? { text, version, section } : { text, version },
          }),
        versions: () => client.request<{ items: VisieVersion[] }>('GET', `${base}/versions`),
        version: (n: number) => client.request<VisieVersion>('GET', `${base}/versions/${n}`),
        sign: (input: VisieSignInput) => client.request<Visie>('POST', `${base}/signature`, { body: input }),
      };
    },
    /** Generated PDFs of a trajectory (docs/api.md "Documenten"). */
    documents: (trajectoryId: number) => ({
      list: () =>
        client.request<{ items: GeneratedDocument[] }>('GET', `/trajectories/${trajectoryId}/documents`),
      generate: (input: GenerateDocumentInput) =>
        client.request<GeneratedDocument>('POST', `/trajectories/${trajectoryId}/documents`, { body: input }),
      /** Same-origin download link (the session cookie authenticates a GET). */
      href: (documentId: number) => `/api/v1/trajectories/${trajectoryId}/documents/${documentId}`,
    }),
    /** Contact moments and the contact log of a trajectory (docs/api.md "Contactmomenten"). */
    contacts: (trajectoryId: number) => {
      const base = `/trajectories/${trajectoryId}/contacts`;
      return {
        get: () => client.request<ContactSection>('GET', base),
        log: (input: ContactInput, taskId?: number | null) =>
          client.request<ContactEntry>('POST', base, { body: taskId ? { ...input, task_id: taskId } : input }),
        edit: (contactId: number, input: ContactInput, version: number) =>
          client.request<ContactEntry>('PUT', `${base}/${contactId}`, { body: { ...input, version } }),
      };
    },
    contactSignals: (days?: number) =>
      client.request<ContactSignals>('GET', '/contact-moments/signals', { query: { days } }),
    tasks: {
      mine: (state: 'open' | 'all' = 'open') =>
        client.request<{ items: Task[] }>('GET', '/tasks', { query: { mine: 1, state } }),
      complete: (id: number, version: number) =>
        client.request<Task>('POST', `/tasks/${id}/complete`, { body: { version } }),
    },
    teamMeeting: {
      get: (meetingStart?: string) =>
        client.request<TeamMeeting>('GET', '/team-meeting', { query: { meeting_start: meetingStart } }),
    },
    formDefinitions: {
      list: () => client.request<{ items: FormDefinitionSummary[] }>('GET', '/form-definitions'),
      get: (id: string) => client.request<FormDefinition>('GET', `/form-definitions/${encodeURIComponent(id)}`),
      version: (id: string, version: number) =>
        client.request<FormDefinition>('GET', `/form-definitions/${encodeURIComponent(id)}/versions/${version}`),
      /** Admin: every version of every definition. */
      exportAll: () => client.request<{ definitions: FormDefinition[] }>('GET', '/form-definitions/export'),
      /** Admin: import one definition document (already parsed JSON). */
      importOne: (definition: unknown) =>
        client.request<FormDefinitionSummary>('POST', '/form-definitions/import', { body: definition }),
    },
    responses: (trajectoryId: number, formId: string) => {
      const base = `/trajectories/${trajectoryId}/forms/${encodeURIComponent(formId)}/response`;
      return {
        get: () => client.request<FormResponse>('GET', base),
        create: () => client.request<FormResponse>('POST', base, { body: {} }),
        save: (answers: Answers, version: number) =>
          client.request<FormResponse>('PUT', base, { body: { answers, version } }),
        finalise: (version: number) => client.request<FormResponse>('POST', `${base}/finalise`, { body: { version } }),
        sign: (input: SignInput) => client.request<FormResponse>('POST', `${base}/sign`, { body: input }),
        reopen: (reason: string, version: number) =>
          client.request<FormResponse>('POST', `${base}/reopen`, { body: { reason, version } }),
        history: () => client.request<ResponseHistory>('GET', `${base}/history`),
      };
    },
    consent: (revalidantId: number) => {
      const base = `/revalidanten/${revalidantId}/consent`;
      return {
        get: () => client.request<Consent>('GET', base),
        setCell: (party: string, kind: string, granted: boolean, version: number) =>
          client.request<Consent>('PUT', `${base}/cells`, { body: { party, kind, granted, version } }),
        withdraw: (party: string, kind: string, version: number) =>
          client.request<Consent>('POST', `${base}/withdrawals`, { body: { party, kind, version } }),
        addParty: (party: string, version: number) =>
          client.request<Consent>('POST', `${base}/parties`, { body: { party, version } }),
        removeParty: (party: string, version: number) =>
          client.request<Consent>('DELETE', `${base}/parties/${encodeURIComponent(party)}`, { query: { version } }),
        sign: (input: SignInput) => client.request<Consent>('POST', `${base}/signature`, { body: input }),
        history: () => client.request<{ items: ConsentEvent[] }>('GET', `${base}/history`),
      };
    },
    verzuim: {
      ofRevalidant: (revalidantId: number) =>
        client.request<VerzuimDossier>('GET', `/revalidanten/${revalidantId}/verzuimdossier`),
      create: (revalidantId: number, input: DossierInput) =>
        client.request<VerzuimDossier>('POST', `/revalidanten/${revalidantId}/verzuimdossier`, { body: input }),
      get: (id: number) => client.request<VerzuimDossier>('GET', `/verzuimdossiers/${id}`),
      update: (id: number, input: DossierInput, version: number) =>
        client.request<VerzuimDossier>('PUT', `/verzuimdossiers/${id}`, { body: { ...input, version } }),
      addEpisode: (id: number, input: EpisodeInput) =>
        client.request<VerzuimDossier>('POST', `/verzuimdossiers/${id}/episodes`, { body: input }),
      updateEpisode: (id: number, episode: number, input: EpisodeInput, version: number) =>
        client.request<VerzuimDossier>('PUT', `/verzuimdossiers/${id}/episodes/${episode}`, {
          body: { ...input, version },
        }),
      endEpisode: (id: number, episode: number, end: string, version: number) =>
        client.request<VerzuimDossier>('POST', `/verzuimdossiers/${id}/episodes/${episode}/end`, {
          body: { end, version },
        }),
      deleteEpisode: (id: number, episode: number, version: number) =>
        client.request<VerzuimDossier>('DELETE', `/verzuimdossiers/${id}/episodes/${episode}`, { query: { version } }),
      addDocument: (id: number, input: DocumentInput) =>
        client.request<VerzuimDocument>('POST', `/verzuimdossiers/${id}/documents`, { body: input }),
      getDocument: (id: number, document: number) =>
        client.request<VerzuimDocument>('GET', `/verzuimdossiers/${id}/documents/${document}`),
      updateDocument: (id: number, document: number, input: DocumentInput, version: number) =>
        client.request<VerzuimDocument>('PUT', `/verzuimdossiers/${id}/documents/${document}`, {
          body: { ...input, version },
        }),
      changeScenario: (id: number, input: { scenario: string; date: string; reason: string }, version: number) =>
        client.request<VerzuimDossier>('POST', `/verzuimdossiers/${id}/scenario`, { body: { ...input, version } }),
      riv: (id: number) => client.request<Riv>('GET', `/verzuimdossiers/${id}/riv`),
      signals: (q: SignalQuery) =>
        client.request<SignalList>('GET', '/verzuim/signalen', {
          query: { scope: q.scope, days: q.days, status: q.status, party: q.party, sort: q.sort, limit: q.limit, offset: q.offset },
        }),
      settings: () => client.request<{ signal_days: number }>('GET', '/verzuim/settings'),
      updateSettings: (signal_days: number) =>
        client.request<{ signal_days: number }>('PUT', '/verzuim/settings', { body: { signal_days } }),
      catalogue: () => client.request<VerzuimCatalogue>('GET', '/verzuim/catalogus'),
      estimateWia: (input: WiaEstimateInput) =>
        client.request<WiaEstimate>('POST', '/wia/schatting', { body: input }),
      guidance: () => client.request<WiaGuidance>('GET', '/wia/begeleiding'),
    },
    profiles: {
      items: () => client.request<ItemCatalogueView>('GET', '/profiel/items'),
      setAssignment: (overrides: AssignmentOverride[], version: number) =>
        client.request<ItemCatalogueView>('PUT', '/profiel/toewijzing', { body: { version, overrides } }),
      demand: (trajectoryId: number) =>
        client.request<DemandProfile>('GET', `/trajectories/${trajectoryId}/functieprofiel`),
      saveDemand: (
        trajectoryId: number,
        input: { profile: FunctionProfile; visit_date: string | null; filled_with: string; note: string },
        version: number | null,
      ) =>
        client.request<DemandProfile>('PUT', `/trajectories/${trajectoryId}/functieprofiel`, {
          body: { ...input, ...(version !== null ? { version } : {}) },
        }),
      demandHistory: (trajectoryId: number) =>
        client.request<{ items: DemandRevision[] }>('GET', `/trajectories/${trajectoryId}/functieprofiel/history`),
      rounds: (trajectoryId: number) =>
        client.request<{ items: AssessmentRound[] }>('GET', `/trajectories/${trajectoryId}/persoonsprofielen`),
      createRound: (trajectoryId: number, input: { kind: RoundKind; date: string; note: string }) =>
        client.request<AssessmentRound>('POST', `/trajectories/${trajectoryId}/persoonsprofielen`, { body: input }),
      round: (id: number) => client.request<AssessmentRound>('GET', `/persoonsprofielen/${id}`),
      updateRound: (id: number, input: { kind: RoundKind; date: string; note: string; closed: boolean }, version: number) =>
        client.request<AssessmentRound>('PUT', `/persoonsprofielen/${id}`, { body: { ...input, version } }),
      assess: (roundId: number, item: string, input: AssessmentInput) =>
        client.request<AssessmentRound>('PUT', `/persoonsprofielen/${roundId}/items/${encodeURIComponent(item)}`, {
          body: input,
        }),
      capacityProfiles: (trajectoryId: number) =>
        client.request<{ items: CapacityProfile[] }>('GET', `/trajectories/${trajectoryId}/capaciteitsprofielen`),
      addCapacityProfile: (
        trajectoryId: number,
        input: { source: 'bedrijfsarts' | 'uwv'; profile: CapacityProfileDoc; author: string; note: string },
      ) => client.request<CapacityProfile>('POST', `/trajectories/${trajectoryId}/capaciteitsprofielen`, { body: input }),
      matching: (trajectoryId: number, q: { round?: number | null; capacity?: number | null } = {}) =>
        client.request<ProfileMatch>('GET', `/trajectories/${trajectoryId}/matching`, {
          query: { round: q.round, capacity: q.capacity },
        }),
      progress: (trajectoryId: number) => client.request<Progress>('GET', `/trajectories/${trajectoryId}/voortgang`),
      goals: (trajectoryId: number) => client.request<{ items: Goal[] }>('GET', `/trajectories/${trajectoryId}/doelen`),
      createGoal: (trajectoryId: number, input: GoalInput) =>
        client.request<Goal>('POST', `/trajectories/${trajectoryId}/doelen`, { body: input }),
      evaluateGoal: (id: number, input: { date: string; note: string; status?: string }, version: number) =>
        client.request<Goal>('POST', `/doelen/${id}/evaluaties`, { body: { ...input, version } }),
      adjustGoal: (
        id: number,
        input: {
          d4_seq: number;
          date: string;
          description?: string;
          target?: ProfileValue | null;
          target_date?: string;
          note: string;
        },
        version: number,
      ) => client.request<Goal>('POST', `/doelen/${id}/bijstellingen`, { body: { ...input, version } }),
      worksamples: () => client.request<{ items: Worksample[] }>('GET', '/werksamples'),
      createWorksample: (input: WorksampleInput) => client.request<Worksample>('POST', '/werksamples', { body: input }),
      updateWorksample: (id: number, input: WorksampleInput, version: number) =>
        client.request<Worksample>('PUT', `/werksamples/${id}`, { body: { ...input, version } }),
      training: (trajectoryId: number) => client.request<WorkTraining>('GET', `/trajectories/${trajectoryId}/werktraining`),
      addSession: (trajectoryId: number, input: SessionInput) =>
        client.request<TrainingSession>('POST', `/trajectories/${trajectoryId}/werktraining/sessies`, { body: input }),
      updateSession: (sessionId: number, input: SessionInput, version: number) =>
        client.request<TrainingSession>('PUT', `/werktraining/sessies/${sessionId}`, { body: { ...input, version } }),
      addReport: (trajectoryId: number, input: { date: string; period_from: string; period_to: string; text: string }) =>
        client.request<TrainingReport>('POST', `/trajectories/${trajectoryId}/werktraining/verslagen`, { body: input }),
      updateReport: (
        reportId: number,
        input: { date: string; period_from: string; period_to: string; text: string },
        version: number,
      ) => client.request<TrainingReport>('PUT', `/werktraining/verslagen/${reportId}`, { body: { ...input, version } }),
      catalogues: () => client.request<{ items: FunctionCatalogue[] }>('GET', '/functiecatalogi'),
      createCatalogue: (input: { name: string; kind: 'instelling' | 'werkgever'; employer: string }) =>
        client.request<FunctionCatalogue>('POST', '/functiecatalogi', { body: input }),
      deleteCatalogue: (id: number, version: number) =>
        client.request<void>('DELETE', `/functiecatalogi/${id}`, { query: { version } }),
      functions: (catalogueId: number) =>
        client.request<{ items: FunctionSummary[] }>('GET', `/functiecatalogi/${catalogueId}/functies`),
      createFunction: (catalogueId: number, profile: FunctionProfile) =>
        client.request<CatalogueFunction>('POST', `/functiecatalogi/${catalogueId}/functies`, { body: { profile } }),
      importFunctions: (catalogueId: number, input: { csv: string; dry_run: boolean; replace: boolean }) =>
        client.request<ImportResult>('POST', `/functiecatalogi/${catalogueId}/import`, { body: input }),
      func: (id: number) => client.request<CatalogueFunction>('GET', `/functies/${id}`),
      deleteFunction: (id: number, version: number) =>
        client.request<void>('DELETE', `/functies/${id}`, { query: { version } }),
      alternatives: (
        trajectoryId: number,
        q: { catalogue?: number | null; round?: number | null; capacity?: number | null; top?: number },
      ) =>
        client.request<FunctionRanking>('GET', `/trajectories/${trajectoryId}/alternatieven`, {
          query: { catalogue: q.catalogue, round: q.round, capacity: q.capacity, top: q.top },
        }),
    },
    /** Network partners, handover moments and the AGR handover (docs/api.md "Netwerkpartners"). */
    partners: {
      list: (revalidantId: number) =>
        client.request<{ items: NetworkPartner[] }>('GET', `/revalidanten/${revalidantId}/netwerkpartners`),
      matrix: (revalidantId: number) =>
        client.request<PartnerMatrix>('GET', `/revalidanten/${revalidantId}/netwerkpartners/matrix`),
      create: (revalidantId: number, input: NetworkPartnerInput) =>
        client.request<NetworkPartner>('POST', `/revalidanten/${revalidantId}/netwerkpartners`, { body: input }),
      update: (id: number, input: NetworkPartnerInput) =>
        client.request<NetworkPartner>('PUT', `/netwerkpartners/${id}`, { body: input }),
      end: (id: number, version: number) =>
        client.request<NetworkPartner>('POST', `/netwerkpartners/${id}/beeindigen`, { body: { version } }),
      addMoment: (revalidantId: number, input: HandoverMomentInput) =>
        client.request<HandoverMoment>('POST', `/revalidanten/${revalidantId}/overdrachtsmomenten`, { body: input }),
      updateMoment: (id: number, input: HandoverMomentInput) =>
        client.request<HandoverMoment>('PUT', `/overdrachtsmomenten/${id}`, { body: input }),
      deleteMoment: (id: number, version: number) =>
        client.request<void>('DELETE', `/overdrachtsmomenten/${id}`, { query: { version } }),
      overview: (trajectoryId: number) =>
        client.request<HandoverOverview>('GET', `/trajectories/${trajectoryId}/overdracht`),
      recordHandover: (trajectoryId: number, input: HandoverInput) =>
        client.request<Handover>('POST', `/trajectories/${trajectoryId}/overdracht`, { body: input }),
    },
    /** Staff: external access to one revalidant (docs/api.md "Externe toegang"). */
    externalAccess: (revalidantId: number) => {
      const base = `/revalidanten/${revalidantId}/external-access`;
      return {
        list: () => client.request<{ items: Grant[] }>('GET', base),
        invite: (input: InviteInput) => client.request<InviteResult>('POST', base, { body: input }),
        revoke: (grantId: number) => client.request<Grant>('POST', `${base}/${grantId}/revoke`, { body: {} }),
        messages: () =>
          client.request<{ items: ExternalMessage[] }>('GET', `/revalidanten/${revalidantId}/external-messages`),
      };
    },
    /** Staff: the external accounts (werkgever, bedrijfsarts, partner) for the invite picker. */
    externalAccounts: (q: string) =>
      client.request<{ items: ExternalAccount[] }>('GET', '/external-accounts', { query: { q } }),
    /** External roles: what has been shared with me. */
    shared: {
      list: () => client.request<{ items: SharedSummary[] }>('GET', '/shared'),
      get: (revalidantId: number) => client.request<SharedView>('GET', `/shared/${revalidantId}`),
      /** Same-origin download link (the session cookie authenticates a GET). */
      documentHref: (revalidantId: number, documentId: number) =>
        `/api/v1/shared/${revalidantId}/documents/${documentId}`,
      sendMessage: (revalidantId: number, text: string) =>
        client.request<ExternalMessage>('POST', `/shared/${revalidantId}/messages`, { body: { text } }),
    },
  };
}


export type Api = ReturnType<typeof createApi>;
