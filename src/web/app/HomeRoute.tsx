import { lazy } from 'react';
import { Navigate } from 'react-router';
import { useCurrentUser } from './auth';

const HomePage = lazy(() => import('../home/HomePage'));

/** "/": a unit user's home is their to-do list; everyone else sees the overview. */
export default function HomeRoute() {
  const me = useCurrentUser();
  return me.role === 'unit' ? <Navigate to="/viec-can-lam" replace /> : <HomePage />;
}
