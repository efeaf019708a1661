import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TDashboard, TDashboardQuery } from '../../modules/dashboard/dashboard.schemas';
import { api } from '../app/api';

/** The whole dashboard for a day, a subtree and a model year; the previous figures stay while the next load. */
export function useDashboard(q: TDashboardQuery) {
  return useQuery({
    queryKey: ['dashboard', q.asOf ?? null, q.unitId ?? null, q.year ?? null],
    queryFn: () => api<TDashboard>('/api/dashboard', { query: { asOf: q.asOf, unitId: q.unitId, year: q.year } }),
    placeholderData: keepPreviousData,
  });
}
