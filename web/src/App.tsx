import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { AppLayout, PublicLayout } from './components/Layout';
import { PageHeading } from './components/PageHeading';
import { errorMessage, nl } from './i18n/nl';
import { useSession } from './session/context';
import { homePath, roleGroup, type RoleGroup } from './session/roles';
import { LoginPage } from './pages/LoginPage';
import { StartPage } from './pages/StartPage';
import { CaseloadPage } from './pages/CaseloadPage';
import { RevalidantCreatePage, RevalidantEditPage } from './pages/RevalidantFormPage';
import { RevalidantDetailPage } from './pages/RevalidantDetailPage';
import { UsersPage } from './pages/admin/UsersPage';
import { UserCreatePage } from './pages/admin/UserCreatePage';
import { UserEditPage } from './pages/admin/UserEditPage';
import { TeamsPage } from './pages/admin/TeamsPage';
import { SettingsPage } from './pages/admin/SettingsPage';
import { AuditPage } from './pages/admin/AuditPage';
import { FormDefinitionsPage } from './pages/admin/FormDefinitionsPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { TrajectoryPage } from './pages/agr/TrajectoryPage';
import { FormPage } from './pages/agr/FormPage';
import { FieldHistoryPage } from './pages/agr/FieldHistoryPage';
import { ConsentPage } from './pages/agr/ConsentPage';
import { MyTasksPage } from './pages/agr/MyTasksPage';
import { TeamMeetingPage } from './pages/agr/TeamMeetingPage';
import { PortalConsentPage, PortalPage } from './pages/agr/PortalPages';
import { VisiePage } from './pages/agr/VisiePage';
import { PortalVisiePage } from './pages/agr/PortalVisiePage';
import { VerzuimDossierPage } from './pages/verzuim/VerzuimDossierPage';
import { VerzuimDocumentPage } from './pages/verzuim/VerzuimDocumentPage';
import { SignalenPage } from './pages/verzuim/SignalenPage';
import { PortalVerzuimPage } from './pages/verzuim/PortalVerzuimPage';
import { WiaSchattingPage } from './pages/verzuim/WiaSchattingPage';
import { SharedDetailPage, SharedListPage } from './pages/external/SharedPages';
import { isExternalPartner } from './external/logic';

// The profile pages (issue 4) are loaded on first use: they bring the chart library along, which
// the rest of the UI does not need.
const DemandProfilePage = lazy(() => import('./pages/profiles/DemandProfilePage').then((m) => ({ default: m.DemandProfilePage })));
const PersonProfilePage = lazy(() => import('./pages/profiles/PersonProfilePages').then((m) => ({ default: m.PersonProfilePage })));
const AssessmentRoundPage = lazy(() => import('./pages/profiles/PersonProfilePages').then((m) => ({ default: m.AssessmentRoundPage })));
const MatchingPage = lazy(() => import('./pages/profiles/MatchingPage').then((m) => ({ default: m.MatchingPage })));
const GoalsPage = lazy(() => import('./pages/profiles/GoalsPage').then((m) => ({ default: m.GoalsPage })));
const TrainingPage = lazy(() => import('./pages/profiles/TrainingPage').then((m) => ({ default: m.TrainingPage })));
const FmlPage = lazy(() => import('./pages/profiles/FmlPage').then((m) => ({ default: m.FmlPage })));
const AlternativesPage = lazy(() => import('./pages/profiles/AlternativesPage').then((m) => ({ default: m.AlternativesPage })));
const PortalGoalsPage = lazy(() => import('./pages/profiles/PortalGoalsPage').then((m) => ({ default: m.PortalGoalsPage })));
const CataloguesPage = lazy(() => import('./pages/profiles/CataloguesPage').then((m) => ({ default: m.CataloguesPage })));
const WorksamplesPage = lazy(() => import('./pages/admin/WorksamplesPage').then((m) => ({ default: m.WorksamplesPage })));
const AssignmentPage = lazy(() => import('./pages/admin/AssignmentPage').then((m) => ({ default: m.AssignmentPage })));
const CataloguePage = lazy(() => import('./pages/profiles/CataloguesPage').then((m) => ({ default: m.CataloguePage })));

function Loading() {
  return (
    <PublicLayout>
      <Paragraph role="status">{nl.app.loading}</Paragraph>
    </PublicLayout>
  );
}

/** Renders children only for an active (fully authenticated) session; otherwise to the login page. */
function RequireActive({ children }: { children: ReactNode }) {
  const { session, loginReason } = useSession();
  const location = useLocation();
  if (session === undefined) return <Loading />;
  if (!session || session.state !== 'active') {
    // After an explicit logout the next person starts fresh, not on the previous user's page.
    const state = loginReason === 'logged_out' ? null : { from: location.pathname + location.search };
    return <Navigate to="/inloggen" replace state={state} />;
  }
  return <>{children}</>;
}

/** Shows a Dutch "no access" page when the role group does not match (the server decides too). */
function RequireGroup({ group, children }: { group: RoleGroup; children: ReactNode }) {
  const { session } = useSession();
  if (!session || roleGroup(session.user.role) !== group) {
    return (
      <>
        <PageHeading title={nl.app.errorTitle} />
        <Alert type="error">
          <Paragraph>{errorMessage('forbidden')}</Paragraph>
        </Alert>
      </>
    );
  }
  return <>{children}</>;
}

function Home() {
  const { session } = useSession();
  if (!session) return null;
  return <Navigate to={homePath(session.user.role)} replace />;
}

/** Only for the revalidant role (the portal). */
function RequireRevalidant({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (!session || session.user.role !== 'revalidant') {
    return (
      <>
        <PageHeading title={nl.app.errorTitle} />
        <Alert type="error">
          <Paragraph>{errorMessage('forbidden')}</Paragraph>
        </Alert>
      </>
    );
  }
  return <>{children}</>;
}

/** Only for werkgever, bedrijfsarts and partner: what has been shared with them (issue 6). */
function RequireExternalPartner({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (!session || !isExternalPartner(session.user.role)) {
    return (
      <>
        <PageHeading title={nl.app.errorTitle} />
        <Alert type="error">
          <Paragraph>{errorMessage('forbidden')}</Paragraph>
        </Alert>
      </>
    );
  }
  return <>{children}</>;
}
const externalPartner = (el: ReactNode) => <RequireExternalPartner>{el}</RequireExternalPartner>;

const staff = (el: ReactNode) => <RequireGroup group="staff">{el}</RequireGroup>;
/** A lazily loaded staff page: a polite "loading" line until its code has arrived. */
const staffLazy = (el: ReactNode) => staff(<Suspense fallback={<Paragraph role="status">{nl.app.loading}</Paragraph>}>{el}</Suspense>);
const revalidant = (el: ReactNode) => <RequireRevalidant>{el}</RequireRevalidant>;
/** A lazily loaded portal page (the profile pages bring the chart library). */
const revalidantLazy = (el: ReactNode) =>
  revalidant(<Suspense fallback={<Paragraph role="status">{nl.app.loading}</Paragraph>}>{el}</Suspense>);
const admin = (el: ReactNode) => <RequireGroup group="admin">{el}</RequireGroup>;
const adminLazy = (el: ReactNode) => admin(<Suspense fallback={<Paragraph role="status">{nl.app.loading}</Paragraph>}>{el}</Suspense>);

/** Staff or the administrator (function catalogues: the server decides who may change them). */
function RequireStaffOrAdmin({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const group = session ? roleGroup(session.user.role) : null;
  if (group !== 'staff' && group !== 'admin') {
    return (
      <>
        <PageHeading title={nl.app.errorTitle} />
        <Alert type="error">
          <Paragraph>{errorMessage('forbidden')}</Paragraph>
        </Alert>
      </>
    );
  }
  return <>{children}</>;
}
const staffOrAdmin = (el: ReactNode) => (
  <RequireStaffOrAdmin>
    <Suspense fallback={<Paragraph role="status">{nl.app.loading}</Paragraph>}>{el}</Suspense>
  </RequireStaffOrAdmin>
);

export function App() {
  const { session } = useSession();
  return (
    <Routes>
      <Route
        path="/inloggen"
        element={session === undefined ? <Loading /> : <LoginPage />}
      />
      <Route
        element={
          <RequireActive>
            <AppLayout />
          </RequireActive>
        }
      >
        <Route index element={<Home />} />
        <Route path="start" element={<RequireGroup group="external"><StartPage /></RequireGroup>} />
        <Route path="caseload" element={staff(<CaseloadPage />)} />
        <Route path="revalidanten/nieuw" element={staff(<RevalidantCreatePage />)} />
        <Route path="revalidanten/:id" element={staff(<RevalidantDetailPage />)} />
        <Route path="revalidanten/:id/bewerken" element={staff(<RevalidantEditPage />)} />
        <Route path="revalidanten/:id/toestemming" element={staff(<ConsentPage />)} />
        <Route path="revalidanten/:id/verzuim" element={staff(<VerzuimDossierPage />)} />
        <Route path="verzuimdossiers/:id/documenten/:docId" element={staff(<VerzuimDocumentPage />)} />
        <Route path="verzuim/signalen" element={staff(<SignalenPage />)} />
        <Route path="verzuim/wia-schatting" element={staff(<WiaSchattingPage />)} />
        <Route path="trajecten/:id" element={staff(<TrajectoryPage />)} />
        <Route path="trajecten/:id/formulieren/:formId" element={staff(<FormPage />)} />
        <Route path="trajecten/:id/reintegratievisie" element={staff(<VisiePage />)} />
        <Route path="trajecten/:id/formulieren/:formId/geschiedenis" element={staff(<FieldHistoryPage />)} />
        <Route path="trajecten/:id/functieprofiel" element={staffLazy(<DemandProfilePage />)} />
        <Route path="trajecten/:id/persoonsprofiel" element={staffLazy(<PersonProfilePage />)} />
        <Route path="trajecten/:id/persoonsprofiel/:roundId" element={staffLazy(<AssessmentRoundPage />)} />
        <Route path="trajecten/:id/knelpunten" element={staffLazy(<MatchingPage />)} />
        <Route path="trajecten/:id/doelen" element={staffLazy(<GoalsPage />)} />
        <Route path="trajecten/:id/werktraining" element={staffLazy(<TrainingPage />)} />
        <Route path="trajecten/:id/fml" element={staffLazy(<FmlPage />)} />
        <Route path="trajecten/:id/alternatieven" element={staffLazy(<AlternativesPage />)} />
        <Route path="functiecatalogi" element={staffOrAdmin(<CataloguesPage />)} />
        <Route path="functiecatalogi/:id" element={staffOrAdmin(<CataloguePage />)} />
        <Route path="taken" element={staff(<MyTasksPage />)} />
        <Route path="patientenbespreking" element={staff(<TeamMeetingPage />)} />
        <Route path="mijn-traject" element={revalidant(<PortalPage />)} />
        <Route path="mijn-toestemming" element={revalidant(<PortalConsentPage />)} />
        <Route path="mijn-re-integratievisie" element={revalidant(<PortalVisiePage />)} />
        <Route path="mijn-verzuim" element={revalidant(<PortalVerzuimPage />)} />
        <Route path="mijn-doelen" element={revalidantLazy(<PortalGoalsPage />)} />
        <Route path="beheer/gebruikers" element={admin(<UsersPage />)} />
        <Route path="beheer/gebruikers/nieuw" element={admin(<UserCreatePage />)} />
        <Route path="beheer/gebruikers/:id" element={admin(<UserEditPage />)} />
        <Route path="beheer/teams" element={admin(<TeamsPage />)} />
        <Route path="beheer/instellingen" element={admin(<SettingsPage />)} />
        <Route path="beheer/formulieren" element={admin(<FormDefinitionsPage />)} />
        <Route path="beheer/auditlog" element={admin(<AuditPage />)} />
        <Route path="beheer/werksamples" element={adminLazy(<WorksamplesPage />)} />
        <Route path="beheer/discipline-per-item" element={adminLazy(<AssignmentPage />)} />
        <Route path="gedeeld" element={externalPartner(<SharedListPage />)} />
        <Route path="gedeeld/:id" element={externalPartner(<SharedDetailPage />)} />
        <Route path="account/wachtwoord" element={<ChangePasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
