import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TProgress, TProgressUnit, TRequirementCreate, TRequirementListItem, TRequirementDetail, TRequirementUpdate, TUnitsQuery,
} from '../../modules/requirements/requirements.schemas';
import { api } from '../app/api';

/** Every requirements query starts with this, so one invalidation refreshes lists, details and progress. */
export const REQUIREMENTS_KEY = ['requirements'] as const;

/** Progress is live: refreshed every 30 s and when the window regains focus. */
const LIVE = { refetchInterval: 30_000, refetchOnWindowFocus: true, staleTime: 5_000 } as const;

/** The list; for staff, leaders and admins each row carries its progress, live like the progress page. */
export function useRequirements() {
  return useQuery({ ...LIVE, queryKey: [...REQUIREMENTS_KEY, 'list'], queryFn: () => api<TRequirementListItem[]>('/api/requirements') });
}

export function useRequirement(id: number) {
  return useQuery({ queryKey: [...REQUIREMENTS_KEY, 'detail', id], queryFn: () => api<TRequirementDetail>(`/api/requirements/${id}`), enabled: Number.isInteger(id) && id > 0 });
}

export interface ProgressFilter {
  asOf?: string;
  unitId?: number;
}

export function useProgress(id: number, f: ProgressFilter = {}) {
  return useQuery({
    queryKey: [...REQUIREMENTS_KEY, 'progress', id, f.asOf ?? null, f.unitId ?? null],
    queryFn: () => api<TProgress>(`/api/requirements/${id}/progress`, { query: { asOf: f.asOf, unitId: f.unitId } }),
    placeholderData: keepPreviousData,
    ...LIVE,
  });
}

export function useProgressUnits(id: number, q: TUnitsQuery, enabled: boolean) {
  return useQuery({
    queryKey: [...REQUIREMENTS_KEY, 'units', id, q.status ?? null, q.asOf ?? null, q.unitId ?? null],
    queryFn: () => api<TProgressUnit[]>(`/api/requirements/${id}/units`, { query: { status: q.status, asOf: q.asOf, unitId: q.unitId } }),
    enabled,
    ...LIVE,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: REQUIREMENTS_KEY });
}

export function useCreateRequirement() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: TRequirementCreate) => api<TRequirementDetail>('/api/requirements', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateRequirement() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: TRequirementUpdate }) => api<TRequirementDetail>(`/api/requirements/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useCloseRequirement() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: number) => api<TRequirementDetail>(`/api/requirements/${id}/close`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}
