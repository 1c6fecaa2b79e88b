import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { Api } from '../api/endpoints';
import type { Session } from '../api/types';

export interface ApiContextValue {
  api: Api;
  client: ApiClient;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

/** The typed API of this page load. REQUIRES: inside <ApiContext.Provider>. */
export function useApi(): Api {
  const ctx = useContext(ApiContext);
  if (!ctx) throw new Error('useApi outside ApiContext');
  return ctx.api;
}

/** Why the user landed on the login page, for the message shown there. */
export type LoginReason = 'expired' | 'logged_out' | null;

export interface SessionContextValue {
  /** undefined while the first GET /session is under way; null when not logged in. */
  session: Session | null | undefined;
  setSession: (s: Session | null) => void;
  logout: () => Promise<void>;
  loginReason: LoginReason;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The current session. REQUIRES: inside <SessionProvider>. */
export function useSession(): SessionContextValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The active session's user. REQUIRES: rendered under <RequireActive>. */
export function useActiveSession(): Session {
  const { session } = useSession();
  if (!session || session.state !== 'active') throw new Error('no active session');
  return session;
}
