import type { Discipline, Team } from '../../api/types';
import { ROLES } from '../../api/types';
import { CheckboxGroupField, SelectField, TextField } from '../../components/Field';
import { errorsAt, inputId, toggleId, type ShownError, type UserForm } from '../../forms/formState';
import { fieldNames, nl, roleLabel } from '../../i18n/nl';

export const USER_FORM_ID = 'gebruiker';

/**
 * Roles an admin can give when editing. A revalidant account (portal) is linked to one
 * revalidant when it is created ("Nieuwe gebruiker" offers every role); a staff account cannot
 * become one later.
 */
export const ASSIGNABLE_ROLES = ROLES.filter((r) => r !== 'revalidant');

/** The fields shared by "create user" and "edit user". */
export function UserFields({
  values,
  onChange,
  errors,
  teams,
  disciplines,
  withUsername,
  roles = ASSIGNABLE_ROLES,
}: {
  values: UserForm;
  onChange: (v: UserForm) => void;
  errors: ShownError[];
  teams: Team[];
  disciplines: Discipline[];
  withUsername: boolean;
  roles?: readonly string[];
}) {
  const names = fieldNames.user;
  const err = (p: string) => errorsAt(errors, USER_FORM_ID, p);
  return (
    <>
      {withUsername ? (
        <TextField
          id={inputId(USER_FORM_ID, 'username')}
          label={names.username.label}
          description={nl.users.usernameHint}
          required
          spellCheck={false}
          value={values.username}
          onChange={(v) => onChange({ ...values, username: v })}
          error={err('username')}
        />
      ) : null}
      <TextField
        id={inputId(USER_FORM_ID, 'display_name')}
        label={names.display_name.label}
        required
        value={values.display_name}
        onChange={(v) => onChange({ ...values, display_name: v })}
        error={err('display_name')}
      />
      <TextField
        id={inputId(USER_FORM_ID, 'email')}
        label={names.email.label}
        type="email"
        spellCheck={false}
        value={values.email}
        onChange={(v) => onChange({ ...values, email: v })}
        error={err('email')}
      />
      <SelectField
        id={inputId(USER_FORM_ID, 'role')}
        label={names.role.label}
        required
        value={values.role}
        onChange={(v) => onChange({ ...values, role: v })}
        emptyOption={nl.common.choose}
        options={roles.map((r) => ({ value: r, label: roleLabel(r) }))}
        error={err('role')}
      />
      {values.role === 'therapeut' ? (
        <SelectField
          id={inputId(USER_FORM_ID, 'discipline')}
          label={names.discipline.label}
          description={nl.users.disciplineHint}
          required
          value={values.discipline}
          onChange={(v) => onChange({ ...values, discipline: v })}
          emptyOption={nl.common.choose}
          options={disciplines.map((d) => ({ value: d.code, label: d.label }))}
          error={err('discipline')}
        />
      ) : null}
      {/* A portal account belongs to no team. */}
      {values.role === 'revalidant' ? null : (
        <CheckboxGroupField
          id={inputId(USER_FORM_ID, 'team_ids')}
          label={nl.users.teamsLegend}
          values={values.team_ids}
          onToggle={(id, on) => onChange({ ...values, team_ids: toggleId(values.team_ids, id, on) })}
          options={teams.map((t) => ({ value: t.id, label: t.name }))}
          emptyText={nl.users.noTeams}
          error={err('team_ids')}
        />
      )}
    </>
  );
}
