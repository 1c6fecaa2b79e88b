import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ApiClient } from '../api/client';
import type { Api } from '../api/endpoints';
import type { Session } from '../api/types';
import { SessionContext, type LoginReason } from './context';

/**
 * Owns the session of this page load: probes GET /session once, and sends the user to the login
 * page whenever the API answers 401 (session expired or ended elsewhere).
 */
export function SessionProvider({
  api,
  client,
  children,
}: {
  api: Api;
  client: ApiClient;
  children: ReactNode;
}) {
  const [session, setSessionState] = useState<Session | null | undefined>(undefined);
  const [loginReason, setLoginReason] = useState<LoginReason>(null);
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    let cancelled = false;
    api.session
      .get()
      .then((s) => {
        if (!cancelled) setSessionState(s);
      })
      .catch(() => {
        if (!cancelled) setSessionState(null);
      });
    return () => {
      cancelled = true;
    };
  }, [api]);

  // Keep the latest location for the 401 handler without re-registering it on every navigation.
  const [from, setFrom] = useState(location.pathname + location.search);
  useEffect(() => {
    if (location.pathname !== '/inloggen') setFrom(location.pathname + location.search);
  }, [location]);

  useEffect(() => {
    client.onUnauthenticated = () => {
      setSessionState(null);
      setLoginReason('expired');
      navigate('/inloggen', { replace: true, state: { from } });
    };
    return () => {
      client.onUnauthenticated = null;
    };
  }, [client, navigate, from]);

  const setSession = useCallback(
    (s: Session | null) => {
      client.setCsrfToken(s ? s.csrf_token : null);
      if (s) setLoginReason(null);
      setSessionState(s);
    },
    [client],
  );

  const logout = useCallback(async () => {
    try {
      await api.session.logout();
    } catch {
      // The session is gone for this tab either way.
    }
    setSessionState(null);
    setLoginReason('logged_out');
    navigate('/inloggen', { replace: true });
  }, [api, navigate]);

  const value = useMemo(
    () => ({ session, setSession, logout, loginReason }),
    [session, setSession, logout, loginReason],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
