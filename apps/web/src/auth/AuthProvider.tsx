import type { MeView } from '@mao/domain';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, api, onUnauthenticated } from '../api';
import { useLocale } from '../i18n';
import { clearBoardCopies } from '../live/local-copies';

type AuthStatus = 'checking' | 'ready';

/** Why the last session ended, so the login page can say so in the current language. */
export type SessionEnd = 'logout' | 'expired' | 'deleted';

interface AuthContextValue {
  status: AuthStatus;
  me: MeView | null;
  /** Set when a session ends (logged out, expired, account deleted); cleared by the next login. */
  sessionEnd: SessionEnd | null;
  login: (email: string, password: string) => Promise<MeView>;
  logout: () => Promise<void>;
  /** Forget the session locally after the api ended it (e.g. the account was deleted). */
  endSession: (reason: SessionEnd) => void;
  /** Adopt the account the api returned (after accepting an invitation or updating the profile). */
  setMe: (me: MeView | null) => void;
  /** After login or sign-up: keep the language the person is looking at, also in their account. */
  syncLocaleToAccount: (me: MeView) => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/**
 * Knows who is logged in. Asks GET /api/me once at start; the account's language then wins,
 * so a person sees their chosen language on every device. When they log in explicitly, the
 * language on screen at that moment is what they chose last, so it is saved to the account.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { locale, setLocale } = useLocale();
  const [status, setStatus] = useState<AuthStatus>('checking');
  const [me, setMeState] = useState<MeView | null>(null);
  const [sessionEnd, setSessionEnd] = useState<SessionEnd | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.me.get(controller.signal).then(
      (current) => {
        setMeState(current);
        setLocale(current.locale);
        setStatus('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // 401 is the normal answer for a visitor; for other failures we also continue as a visitor.
        if (!(error instanceof ApiError) || error.status !== 401) console.warn('Could not check the session', error);
        setStatus('ready');
      },
    );
    return () => controller.abort();
  }, [setLocale]);

  const meRef = useRef<MeView | null>(null);
  useEffect(() => {
    meRef.current = me;
  }, [me]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        if (meRef.current) setSessionEnd('expired');
        setMeState(null);
      }),
    [],
  );

  const setMe = useCallback((next: MeView | null) => {
    setMeState(next);
    if (next) setSessionEnd(null);
  }, []);

  const syncLocaleToAccount = useCallback(
    async (account: MeView) => {
      if (account.locale === locale) return;
      try {
        setMeState(await api.me.update({ locale }));
      } catch (error) {
        // Not worth bothering the person: the screen already shows their language.
        console.warn('Could not save the language to the account', error);
      }
    },
    [locale],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const account = await api.auth.login(email, password);
      setMe(account);
      void syncLocaleToAccount(account);
      return account;
    },
    [setMe, syncLocaleToAccount],
  );

  const logout = useCallback(async () => {
    try {
      await api.auth.logout();
    } finally {
      setMeState(null);
      setSessionEnd('logout');
      // This browser may be shared: what was written on the boards does not stay on it.
      void clearBoardCopies();
    }
  }, []);

  const endSession = useCallback((reason: SessionEnd) => {
    setMeState(null);
    setSessionEnd(reason);
    // An expired login keeps the copies (unsent edits go out after logging in again); a deleted account does not.
    if (reason === 'deleted') void clearBoardCopies();
  }, []);

  const value = useMemo(
    () => ({ status, me, sessionEnd, login, logout, endSession, setMe, syncLocaleToAccount }),
    [status, me, sessionEnd, login, logout, endSession, setMe, syncLocaleToAccount],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>.');
  return context;
}

/** For pages behind the guard: the logged-in account. */
export function useMe(): MeView {
  const { me } = useAuth();
  if (!me) throw new Error('useMe is only for pages behind <RequireAuth>.');
  return me;
}
