import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import LoginPage from '../auth/LoginPage';
import { RequireAuth } from './auth';
import { FullPageSpin } from './Loading';

// Only the login page is in the first download; everything behind it loads on demand.
const AppLayout = lazy(() => import('./AppLayout'));
const HomeRoute = lazy(() => import('./HomeRoute'));
const UnitsPage = lazy(() => import('../units/UnitsPage'));
const UsersPage = lazy(() => import('../users/UsersPage'));
const AuditPage = lazy(() => import('../audit/AuditPage'));
const DocumentCheckPage = lazy(() => import('../documents/DocumentCheckPage'));
const RequirementsPage = lazy(() => import('../requirements/RequirementsPage'));
const RequirementDetailPage = lazy(() => import('../requirements/RequirementDetailPage'));
const InboxPage = lazy(() => import('../submissions/InboxPage'));
const SubmissionFormPage = lazy(() => import('../submissions/SubmissionFormPage'));
const SubmissionReviewPage = lazy(() => import('../submissions/SubmissionReviewPage'));
const RoleOnly = lazy(() => import('./RoleOnly'));
const ChangePasswordPage = lazy(() => import('../auth/ChangePasswordPage'));
const AdminOnly = lazy(() => import('./AdminOnly'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
// pages: documents registry
const DocumentsPage = lazy(() => import('../documents/DocumentsPage'));
const DocumentPage = lazy(() => import('../documents/DocumentPage'));
const DocumentCreatePage = lazy(() => import('../documents/DocumentCreatePage'));
const RequirementDraftsPage = lazy(() => import('../documents/RequirementDraftsPage'));
// pages: scorecard & reminders
const ScorecardPage = lazy(() => import('../scorecard/ScorecardPage'));
// pages: reports
const ReportsPage = lazy(() => import('../reports/ReportsPage'));
const DashboardPage = lazy(() => import('../dashboard/DashboardPage'));
// pages: models & emulation
const ModelsPage = lazy(() => import('../models/ModelsPage'));
const EmulationPage = lazy(() => import('../emulation/EmulationPage'));

const page = (el: ReactNode) => <Suspense fallback={<FullPageSpin />}>{el}</Suspense>;
const adminOnly = (el: ReactNode) => page(<AdminOnly>{el}</AdminOnly>);
const readers = (el: ReactNode) => page(<RoleOnly roles={['admin', 'staff', 'leader']}>{el}</RoleOnly>);
const unitOnly = (el: ReactNode) => page(<RoleOnly roles={['unit']}>{el}</RoleOnly>);

/** The app's addresses, in Vietnamese as users read them. */
export const PATHS = {
  home: '/',
  units: '/don-vi',
  users: '/nguoi-dung',
  audit: '/nhat-ky',
  documentCheck: '/kiem-tra-van-ban',
  requirements: '/yeu-cau',
  inbox: '/viec-can-lam',
  changePassword: '/doi-mat-khau',
  login: '/dang-nhap',
  // paths: documents registry
  documents: '/van-ban',
  // paths: scorecard & reminders
  scorecard: '/ket-qua',
  // paths: reports
  reports: '/bao-cao',
  dashboard: '/bang-dieu-khien',
  // paths: models & emulation
  models: '/mo-hinh',
  emulation: '/thi-dua',
} as const;

export const router = createBrowserRouter([
  { path: PATHS.login, element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: page(<AppLayout />),
        children: [
          { index: true, element: page(<HomeRoute />) },
          { path: PATHS.units, element: page(<UnitsPage />) },
          { path: PATHS.users, element: adminOnly(<UsersPage />) },
          { path: PATHS.audit, element: adminOnly(<AuditPage />) },
          { path: PATHS.documentCheck, element: page(<DocumentCheckPage />) },
          { path: PATHS.requirements, element: readers(<RequirementsPage />) },
          { path: `${PATHS.requirements}/:id`, element: readers(<RequirementDetailPage />) },
          { path: `${PATHS.requirements}/:id/nop`, element: unitOnly(<SubmissionFormPage />) },
          { path: '/nop/:submissionId', element: readers(<SubmissionReviewPage />) },
          { path: PATHS.inbox, element: unitOnly(<InboxPage />) },
          { path: PATHS.changePassword, element: page(<ChangePasswordPage />) },
          // routes: documents registry
          { path: PATHS.documents, element: readers(<DocumentsPage />) },
          { path: `${PATHS.documents}/moi`, element: readers(<DocumentCreatePage />) },
          { path: `${PATHS.documents}/:id`, element: readers(<DocumentPage />) },
          { path: `${PATHS.documents}/:id/tao-yeu-cau`, element: readers(<RequirementDraftsPage />) },
          // routes: scorecard & reminders
          { path: PATHS.scorecard, element: page(<ScorecardPage />) },
          { path: `${PATHS.scorecard}/:unitId`, element: page(<ScorecardPage />) },
          // routes: reports
          { path: PATHS.reports, element: readers(<ReportsPage />) },
          { path: PATHS.dashboard, element: readers(<DashboardPage />) },
          // routes: models & emulation
          { path: PATHS.models, element: page(<ModelsPage />) },
          { path: PATHS.emulation, element: readers(<EmulationPage />) },
          { path: '*', element: page(<NotFoundPage />) },
        ],
      },
    ],
  },
]);
