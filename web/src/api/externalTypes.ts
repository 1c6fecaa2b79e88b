// Types of the external-access endpoints (docs/api.md "Externe toegang"): grants of an external
// account (werkgever, bedrijfsarts, partner) to one revalidant as one form 3 party, the view an
// external account gets, and the messages external parties send.

export interface ExternalAccount {
  id: number;
  username: string;
  display_name: string;
  /** null when the account has none. */
  email: string | null;
  role: string;
}

export type GrantStatus = 'active' | 'revoked';

export interface Grant {
  id: number;
  revalidant_id: number;
  party: string;
  status: GrantStatus;
  user: ExternalAccount;
  /** null when the system granted it (demo data). */
  invited_by: { id: number; display_name: string } | null;
  invited_at: string;
  revoked_at: string | null;
  /** The information kinds the consent policy allows for this party right now. */
  allowed_kinds: string[];
  last_viewed_at: string | null;
}

export type InviteInput =
  | { party: string; user_id: number }
  | { party: string; username: string; display_name: string; email: string };

export interface InviteResult {
  grant: Grant;
  /** Only for a new account; shown once. */
  initial_password: string | null;
}

export interface ExternalMessage {
  id: number;
  revalidant_id: number;
  party: string;
  by: { id: number; display_name: string };
  at: string;
  text: string;
}

export interface SharedSummary {
  grant_id: number;
  revalidant_id: number;
  revalidant_name: string;
  party: string;
  allowed_kinds: string[];
  since: string;
}

export interface SharedKind {
  kind: string;
  allowed: boolean;
  /** The consent policy's reason: allowed, no_consent, withdrawn, not_signed, never_allowed. */
  reason: string;
}

export interface SharedSection {
  kind: string;
  title: string;
  updated_at: string | null;
  fields: { label: string; value: string }[];
}

export interface SharedDocument {
  id: number;
  kind: string;
  title: string;
  filename: string;
  size: number;
  sha256: string;
  created_at: string;
}

export interface SharedView {
  revalidant: { id: number; name: string };
  party: string;
  kinds: SharedKind[];
  sections: SharedSection[];
  documents: SharedDocument[];
  messages: ExternalMessage[];
}
