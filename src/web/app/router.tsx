import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import LoginPage from '../auth/LoginPage';
import { RequireAuth } from './auth';
import { FullPageSpin } from './Loading';

// Only the login page is in the first download; everything behind it loads on demand.
const AppLayout = lazy(() => import('./AppLayout'));
const HomePage = lazy(() => import('../home/HomePage'));
const UnitsPage = lazy(() => import('../units/UnitsPage'));
const UsersPage = lazy(() => import('../users/UsersPage'));
const AuditPage = lazy(() => import('../audit/AuditPage'));
const ChangePasswordPage = lazy(() => import('../auth/ChangePasswordPage'));
const AdminOnly = lazy(() => import('./AdminOnly'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

const page = (el: ReactNode) => <Suspense fallback={<FullPageSpin />}>{el}</Suspense>;
const adminOnly = (el: ReactNode) => page(<AdminOnly>{el}</AdminOnly>);

/** The app's addresses, in Vietnamese as users read them. */
export const PATHS = {
  home: '/',
  units: '/don-vi',
  users: '/nguoi-dung',
  audit: '/nhat-ky',
  changePassword: '/doi-mat-khau',
  login: '/dang-nhap',
} as const;

export const router = createBrowserRouter([
  { path: PATHS.login, element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: page(<AppLayout />),
        children: [
          { index: true, element: page(<HomePage />) },
          { path: PATHS.units, element: page(<UnitsPage />) },
          { path: PATHS.users, element: adminOnly(<UsersPage />) },
          { path: PATHS.audit, element: adminOnly(<AuditPage />) },
          { path: PATHS.changePassword, element: page(<ChangePasswordPage />) },
          { path: '*', element: page(<NotFoundPage />) },
        ],
      },
    ],
  },
]);
