import { useState } from 'react';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Trajectory } from '../api/agrTypes';
import { isApiError } from '../api/errors';
import type { StaffMember } from '../api/types';
import { SelectField } from '../components/Field';
import { useLoad } from '../components/useLoad';
import { agrText } from '../i18n/agr';
import { disciplineLabelIn } from '../profiles/logic';
import { useActiveSession, useApi } from '../session/context';
import { agrErrorMessage } from './messages';
import { mayManageRoute } from './route';

const t = agrText.traj;

/**
 * Who may be the RIC under the institution's model (DOMAIN.md §1): model 1 ("vast") a user with
 * the role ric; model 2 ("wisselend") a ric or one of the therapists. The server checks the same.
 */
export function ricCandidates(staff: StaffMember[], model: string): StaffMember[] {
  return staff.filter((s) => s.role === 'ric' || (model === 'wisselend' && s.role === 'therapeut'));
}

/**
 * The trajectory's RIC, revalidatiearts and team (one member per discipline), and for
 * revalidatiearts and RIC a form to change them (PUT /trajectories/{id}/team with the version;
 * a stale version reloads the trajectory).
 */
export function TeamSection({ tr, onChanged }: { tr: Trajectory; onChanged: (msg: string) => void }) {
  const api = useApi();
  const session = useActiveSession();
  const editable = tr.active && mayManageRoute(session.user.role);
  // Disciplines always (their labels); the staff directory only for the form.
  const options = useLoad(async () => {
    const [staff, disciplines] = await Promise.all([
      editable ? api.staff.list() : Promise.resolve({ items: [] as StaffMember[] }),
      api.disciplines.list(),
    ]);
    return { staff: staff.items, disciplines: disciplines.items };
  }, `team-options|${editable}`);
  const [ric, setRic] = useState(tr.ric ? String(tr.ric.id) : '');
  const [arts, setArts] = useState(tr.arts ? String(tr.arts.id) : '');
  const [members, setMembers] = useState<Record<string, string>>(
    Object.fromEntries(tr.team_members.map((m) => [m.discipline, String(m.user.id)])),
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const disciplineLabel = (code: string) => disciplineLabelIn(options.data?.disciplines, code);

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await api.trajectories.changeTeam(tr.id, {
        ric_user_id: ric ? Number(ric) : null,
        arts_user_id: arts ? Number(arts) : null,
        team_members: Object.entries(members)
          .filter(([, user]) => user !== '')
          .map(([discipline, user]) => ({ discipline, user_id: Number(user) })),
        version: tr.version,
      });
      onChanged(t.teamSaved);
    } catch (e) {
      if (isApiError(e) && e.code === 'conflict') onChanged(t.teamStale);
      else setFailure(agrErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const staff = options.data?.staff ?? [];
  const asOption = (s: StaffMember) => ({ value: String(s.id), label: s.display_name });
  // Keep the current people selectable even when the directory no longer lists them.
  const withCurrent = (list: StaffMember[], current: { id: number; display_name: string } | null | undefined) =>
    current && !list.some((s) => s.id === current.id)
      ? [...list.map(asOption), { value: String(current.id), label: current.display_name }]
      : list.map(asOption);

  return (
    <section aria-labelledby="team-titel" className="werkpad-section" data-testid="team-section">
      <Heading level={2} id="team-titel">
        {t.teamTitle}
      </Heading>
      {tr.team_members.length ? (
        <UnorderedList data-testid="team-list">
          {tr.team_members.map((m) => (
            <UnorderedListItem key={m.discipline}>{t.teamMemberEntry(disciplineLabel(m.discipline), m.user.display_name)}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t.teamMembersEmpty}</Paragraph>
      )}
      {editable ? (
        <form
          noValidate
          className="werkpad-subform"
          data-testid="team-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Heading level={3}>{t.teamEditTitle}</Heading>
          <Paragraph data-testid="ric-model">{tr.ric_model === 'wisselend' ? t.teamModelWisselend : t.teamModelVast}</Paragraph>
          {options.error ? (
            <Alert type="error" role="alert">
              <Paragraph>{t.teamLoadError}</Paragraph>
            </Alert>
          ) : null}
          {failure ? (
            <div role="alert" data-testid="team-error">
              <Alert type="error" role="none">
                <Paragraph>{failure}</Paragraph>
              </Alert>
            </div>
          ) : null}
          <SelectField
            id="team-ric"
            label={t.teamRic}
            value={ric}
            onChange={setRic}
            emptyOption={t.teamNobody}
            options={withCurrent(ricCandidates(staff, tr.ric_model), tr.ric)}
          />
          <SelectField
            id="team-arts"
            label={t.teamArts}
            value={arts}
            onChange={setArts}
            emptyOption={t.teamNobody}
            options={withCurrent(
              staff.filter((s) => s.role === 'revalidatiearts'),
              tr.arts,
            )}
          />
          {(options.data?.disciplines ?? []).map((d) => {
            const current = tr.team_members.find((m) => m.discipline === d.code)?.user;
            const candidates = staff.filter((s) => s.role === 'therapeut' || s.discipline === d.code);
            // Members of the discipline first.
            candidates.sort((a, b) => Number(b.discipline === d.code) - Number(a.discipline === d.code));
            return (
              <SelectField
                key={d.code}
                id={`team-lid-${d.code}`}
                label={t.teamDisciplineMember(d.label)}
                value={members[d.code] ?? ''}
                onChange={(v) => setMembers({ ...members, [d.code]: v })}
                emptyOption={t.teamNobody}
                options={withCurrent(candidates, current)}
              />
            );
          })}
          <Button type="submit" appearance="secondary-action-button" disabled={busy || options.loading}>
            {t.teamSubmit}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
