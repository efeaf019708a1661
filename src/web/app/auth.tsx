import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import type { TChangePasswordBody, TLoginBody, TMe } from '../../modules/auth/auth.schemas';
import { api, ApiError, onAuthProblem } from './api';
import { FullPageSpin, StartupError } from './Loading';

const ForcedPasswordPage = lazy(() => import('../auth/ChangePasswordPage'));

export const ME_KEY = ['auth', 'me'] as const;
export const LOGIN_PATH = '/dang-nhap';
export const CHANGE_PASSWORD_PATH = '/doi-mat-khau';

/** The signed-in user, or null when there is no valid session. */
async function fetchMe(): Promise<TMe | null> {
  try {
    return await api<TMe>('/api/auth/me', { quietAuth: true });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in user inside guarded pages (RequireAuth guarantees one). */
export function useCurrentUser(): TMe {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside RequireAuth');
  return data;
}

/** Forgets everything cached for the previous user, keeping only `me`. */
function forgetUserData(qc: QueryClient, me: TMe | null): void {
  qc.setQueryData(ME_KEY, me);
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginBody) => api<TMe>('/api/auth/login', { method: 'POST', body, quietAuth: true }),
    onSuccess: (me) => forgetUserData(qc, me),
  });
}

export function useLogout() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api('/api/auth/logout', { method: 'POST', quietAuth: true }),
    // Even when the server call fails (session already gone), the user is signed out here.
    onSettled: () => {
      forgetUserData(qc, null);
      navigate(LOGIN_PATH, { replace: true });
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TChangePasswordBody) => api('/api/auth/change-password', { method: 'POST', body }),
    onSuccess: () => {
      // Lift the guard at once, so navigating away is not bounced back while `me` reloads.
      qc.setQueryData<TMe | null>(ME_KEY, (me) => (me ? { ...me, mustChangePassword: false } : me));
      void qc.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}

/**
 * Reacts to session problems reported by any API call: an expired session signs the user out
 * (the guard then shows the login page); a forced password change shows that page.
 */
export function AuthProblemListener() {
  const qc = useQueryClient();
  useEffect(
    () =>
      onAuthProblem((err) => {
        if (err.status === 401) forgetUserData(qc, null);
        else qc.setQueryData<TMe | null>(ME_KEY, (me) => (me ? { ...me, mustChangePassword: true } : me));
      }),
    [qc],
  );
  return null;
}

/** `/dang-nhap?tiep=/don-vi` so that signing in returns to where the user was going. */
function loginPathFor(pathname: string, search: string): string {
  const next = pathname + search;
  return next === '/' || next.startsWith(LOGIN_PATH) ? LOGIN_PATH : `${LOGIN_PATH}?tiep=${encodeURIComponent(next)}`;
}

/** Guard for every page behind the login; while a password change is due, only that page shows. */
export function RequireAuth() {
  const me = useMe();
  const loc = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) return <StartupError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={loginPathFor(loc.pathname, loc.search)} replace />;
  if (me.data.mustChangePassword) {
    if (loc.pathname !== CHANGE_PASSWORD_PATH) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
    return (
      <Suspense fallback={<FullPageSpin />}>
        <ForcedPasswordPage forced />
      </Suspense>
    );
  }
  return <Outlet />;
}
