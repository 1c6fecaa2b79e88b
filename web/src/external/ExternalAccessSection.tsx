import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ExternalAccount, Grant } from '../api/externalTypes';
import { RadioGroupField, SelectField, TextField } from '../components/Field';
import { StatusMessage } from '../components/ApiErrorAlert';
import { useLoad } from '../components/useLoad';
import { externalText, grantStatusLabels } from '../i18n/external';
import { errorMessage, formatTimestamp, nl, roleLabel } from '../i18n/nl';
import { isApiError } from '../api/errors';
import { useApi } from '../session/context';
import { OneTimeSecret } from '../pages/admin/OneTimeSecret';
import { accountsForParty, inviteErrors, kindList, partyLabel, revokeErrorMessage, roleForParty } from './logic';

const t = externalText.staff;

function GrantRow({
  g,
  confirming,
  onAskRevoke,
}: {
  g: Grant;
  confirming: boolean;
  onAskRevoke: (g: Grant) => void;
}) {
  const active = g.status === 'active';
  return (
    <TableRow data-testid={`grant-${g.id}`} data-status={g.status}>
      <TableCell>{partyLabel(g.party)}</TableCell>
      <TableHeaderCell scope="row">
        {g.user.display_name}
        <br />
        <span className="werkpad-meta">
          {g.user.email ? `${g.user.username} · ${g.user.email}` : g.user.username}
        </span>
      </TableHeaderCell>
      <TableCell>
        {active ? grantStatusLabels.active : t.revokedOn(formatTimestamp(g.revoked_at ?? ''))}
        <br />
        <span className="werkpad-meta">
          {g.invited_by
            ? t.invitedBy(formatTimestamp(g.invited_at), g.invited_by.display_name)
            : t.invitedAt(formatTimestamp(g.invited_at))}
        </span>
      </TableCell>
      <TableCell data-testid="grant-shared">{active ? (kindList(g.allowed_kinds) ?? t.sharedNothing) : '—'}</TableCell>
      <TableCell>{g.last_viewed_at ? formatTimestamp(g.last_viewed_at) : t.neverViewed}</TableCell>
      <TableCell>
        {active ? (
          <Button
            appearance="secondary-action-button"
            hint="danger"
            aria-label={t.revokeNamed(g.user.display_name)}
            aria-expanded={confirming}
            onClick={() => onAskRevoke(g)}
          >
            {t.revoke}
          </Button>
        ) : (
          grantStatusLabels.revoked
        )}
      </TableCell>
    </TableRow>
  );
}

type Mode = 'existing' | 'new';

/**
 * The invite form: a party of the revalidant's form 3, then an existing external account (search
 * and pick) or a new one. Shows the new account's first password once.
 */
function InviteForm({ revalidantId, parties, onInvited }: { revalidantId: number; parties: string[]; onInvited: (g: Grant) => void }) {
  const api = useApi();
  const [party, setParty] = useState(parties[0] ?? '');
  const [mode, setMode] = useState<Mode>('new');
  const [q, setQ] = useState('');
  const [found, setFound] = useState<ExternalAccount[] | null>(null);
  const [userId, setUserId] = useState('');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [password, setPassword] = useState<{ name: string; username: string; value: string } | null>(null);

  useEffect(() => {
    if (!parties.includes(party)) setParty(parties[0] ?? '');
  }, [parties, party]);

  const fitting = found ? accountsForParty(found, party) : [];

  const search = async () => {
    setGeneral(null);
    try {
      const r = await api.externalAccounts(q.trim());
      setFound(r.items);
      setUserId('');
    } catch (e) {
      setGeneral(errorMessage(isApiError(e) ? e.code : 'unexpected'));
    }
  };

  const submit = async () => {
    const local: Record<string, string> = {};
    if (!party) local.party = t.fieldCodes['party:required']!;
    if (mode === 'existing' && !userId) local.user_id = t.fieldCodes['user_id:required']!;
    if (mode === 'new') {
      if (!username.trim()) local.username = t.fieldCodes['username:required']!;
      if (!displayName.trim()) local.display_name = t.fieldCodes['display_name:required']!;
      if (!email.trim()) local.email = t.fieldCodes['email:required']!;
    }
    setErrors(local);
    setGeneral(null);
    setPassword(null);
    if (Object.keys(local).length) {
      document.getElementById(`extern-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const r = await api.externalAccess(revalidantId).invite(
        mode === 'existing'
          ? { party, user_id: Number(userId) }
          : { party, username: username.trim(), display_name: displayName.trim(), email: email.trim() },
      );
      if (r.initial_password) {
        setPassword({ name: r.grant.user.display_name, username: r.grant.user.username, value: r.initial_password });
      }
      setUsername('');
      setDisplayName('');
      setEmail('');
      setUserId('');
      setFound(null);
      setQ('');
      onInvited(r.grant);
    } catch (e) {
      const shown = inviteErrors(e);
      setErrors(shown.fields);
      setGeneral(shown.general);
      const first = Object.keys(shown.fields)[0];
      if (first) document.getElementById(`extern-${first}`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      className="werkpad-subform"
      aria-labelledby="extern-uitnodigen-titel"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading level={3} id="extern-uitnodigen-titel">
        {t.inviteTitle}
      </Heading>
      {general ? (
        <Alert type="error" role="alert">
          <Paragraph>{general}</Paragraph>
        </Alert>
      ) : null}
      {password ? (
        <div data-testid="initial-password-box">
          <OneTimeSecret label={`${t.initialPassword} (${password.username})`} value={password.value} testId="initial-password" />
          <Paragraph>{t.passwordNote}</Paragraph>
        </div>
      ) : null}
      <SelectField
        id="extern-party"
        label={t.partyLabel}
        description={t.partyHint}
        value={party}
        onChange={(v) => {
          setParty(v);
          setUserId('');
        }}
        options={parties.map((p) => ({ value: p, label: partyLabel(p) }))}
        error={errors.party}
        required
      />
      <RadioGroupField
        id="extern-account"
        label={t.accountChoice}
        value={mode}
        onChange={(v) => setMode(v as Mode)}
        options={[
          { value: 'new', label: t.accountNew },
          { value: 'existing', label: t.accountExisting },
        ]}
      />
      {mode === 'existing' ? (
        <>
          <div className="werkpad-search">
            <TextField id="extern-zoek" label={t.searchLabel} description={t.searchHint} type="search" value={q} onChange={setQ} />
            <Button type="button" appearance="secondary-action-button" onClick={() => void search()}>
              {t.searchButton}
            </Button>
          </div>
          {found && fitting.length === 0 ? <Paragraph role="status">{t.searchNone}</Paragraph> : null}
          {found && fitting.length > 0 ? (
            <SelectField
              id="extern-user_id"
              label={t.pickLabel}
              value={userId}
              onChange={setUserId}
              emptyOption={t.pickEmpty}
              options={fitting.map((a) => ({
                value: String(a.id),
                label: t.accountOption(a.display_name, a.username, roleLabel(a.role)),
              }))}
              error={errors.user_id}
              required
            />
          ) : errors.user_id ? (
            <Paragraph role="alert" id="extern-user_id" tabIndex={-1}>
              {errors.user_id}
            </Paragraph>
          ) : null}
        </>
      ) : (
        <>
          <Paragraph>{t.roleNote(roleLabel(roleForParty(party)))}</Paragraph>
          <TextField
            id="extern-username"
            label={t.username}
            description={t.usernameHint}
            value={username}
            onChange={setUsername}
            autoComplete="off"
            spellCheck={false}
            maxLength={64}
            error={errors.username}
            required
          />
          <TextField
            id="extern-display_name"
            label={t.displayName}
            value={displayName}
            onChange={setDisplayName}
            autoComplete="off"
            maxLength={200}
            error={errors.display_name}
            required
          />
          <TextField
            id="extern-email"
            label={t.email}
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="off"
            maxLength={254}
            error={errors.email}
            required
          />
        </>
      )}
      <Button type="submit" appearance="primary-action-button" disabled={busy || !parties.length}>
        {t.submit}
      </Button>
    </form>
  );
}

/**
 * On the revalidant's file (RIC and revalidatiearts): who outside the team has access, what they
 * see right now, inviting and revoking, and the messages external parties sent.
 */
export function ExternalAccessSection({ revalidantId }: { revalidantId: number }) {
  const api = useApi();
  const access = api.externalAccess(revalidantId);
  const [tick, setTick] = useState(0);
  const grants = useLoad(() => access.list(), `${revalidantId}|${tick}`);
  const messages = useLoad(() => access.messages(), `${revalidantId}|${tick}`);
  const consent = useLoad(() => api.consent(revalidantId).get(), String(revalidantId));
  const [confirming, setConfirming] = useState<Grant | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const revoke = async (g: Grant) => {
    setBusy(true);
    setFailure(null);
    try {
      await access.revoke(g.id);
      setFlash(t.revoked(g.user.display_name));
      setConfirming(null);
      setTick((n) => n + 1);
    } catch (e) {
      setFailure(revokeErrorMessage(e));
      setConfirming(null);
      setTick((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const items = grants.data?.items ?? [];
  const parties = consent.data?.parties ?? [];
  const loadError = grants.error ?? messages.error;
  return (
    <section aria-labelledby="extern-titel" className="werkpad-section" data-testid="external-access">
      <Heading level={2} id="extern-titel">
        {t.title}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <StatusMessage text={flash} />
      {loadError ? (
        <Alert type="error" role="alert">
          <Paragraph>{errorMessage(isApiError(loadError) ? loadError.code : 'unexpected')}</Paragraph>
        </Alert>
      ) : null}
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      {grants.loading && !grants.data ? <Paragraph role="status">{nl.app.loading}</Paragraph> : null}
      {items.length ? (
        <div className="werkpad-table-scroll">
          <Table data-testid="grants-table">
            <TableCaption>{t.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.colParty}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colPerson}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colStatus}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colShared}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colLastViewed}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colAction}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((g) => (
                <GrantRow key={g.id} g={g} confirming={confirming?.id === g.id} onAskRevoke={setConfirming} />
              ))}
            </TableBody>
          </Table>
        </div>
      ) : grants.data ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : null}
      {confirming ? (
        <Alert type="warning" role="none">
          <div data-testid="revoke-confirm">
            <Paragraph>{t.revokeConfirm(confirming.user.display_name, partyLabel(confirming.party))}</Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" hint="danger" disabled={busy} onClick={() => void revoke(confirming)}>
                {t.revokeYes}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirming(null)}>
                {nl.common.cancel}
              </Button>
            </ButtonGroup>
          </div>
        </Alert>
      ) : null}
      {consent.data && !parties.length ? <Paragraph>{t.noParties}</Paragraph> : null}
      {consent.error ? (
        <Alert type="error" role="alert">
          <Paragraph>{errorMessage(isApiError(consent.error) ? consent.error.code : 'unexpected')}</Paragraph>
        </Alert>
      ) : null}
      {consent.data && parties.length ? (
        <InviteForm
          revalidantId={revalidantId}
          parties={parties}
          onInvited={(g) => {
            setFlash(t.invited(g.user.display_name));
            setTick((n) => n + 1);
          }}
        />
      ) : null}
      <Heading level={3} id="extern-berichten-titel">
        {t.messagesTitle}
      </Heading>
      {messages.data && messages.data.items.length ? (
        <UnorderedList data-testid="external-messages" aria-labelledby="extern-berichten-titel">
          {messages.data.items.map((m) => (
            <UnorderedListItem key={m.id}>
              <span className="werkpad-meta">{t.messageFrom(m.by.display_name, partyLabel(m.party), formatTimestamp(m.at))}</span>
              <br />
              <span className="werkpad-prewrap">{m.text}</span>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : messages.data ? (
        <Paragraph>{t.messagesEmpty}</Paragraph>
      ) : null}
    </section>
  );
}
