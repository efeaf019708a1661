import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TImportPreview, TUnit, TUnitCreate, TUnitUpdate } from '../../modules/units/units.schemas';
import { api, downloadFile, uploadFile, withQuery } from '../app/api';

export type TUnitDetail = TUnit & { ancestors: TUnit[] };

/** Every units query starts with this, so one invalidation refreshes tree, search, details and pickers. */
export const UNITS_KEY = ['units'] as const;

const inactiveParam = (includeInactive: boolean) => (includeInactive ? 'true' : undefined);

/** Children of a unit, or (parentId null) the top of the caller's scope. */
export const unitChildrenQuery = (parentId: number | null, includeInactive: boolean) =>
  queryOptions({
    queryKey: [...UNITS_KEY, 'children', parentId, includeInactive],
    queryFn: () => api<TUnit[]>('/api/units', { query: { parentId: parentId ?? undefined, includeInactive: inactiveParam(includeInactive) } }),
  });

/** Units matching a text anywhere in the caller's scope (diacritics ignored by the server). */
export const unitSearchQuery = (q: string, includeInactive: boolean, limit = 200) =>
  queryOptions({
    queryKey: [...UNITS_KEY, 'search', q, includeInactive, limit],
    queryFn: () => api<TUnit[]>('/api/units', { query: { q, includeInactive: inactiveParam(includeInactive), limit } }),
    enabled: q.trim() !== '',
  });

export function useUnitDetail(id: number | null) {
  return useQuery({
    queryKey: [...UNITS_KEY, 'detail', id],
    queryFn: () => api<TUnitDetail>(`/api/units/${id}`),
    enabled: id !== null,
  });
}

function useUnitsInvalidation() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: UNITS_KEY });
    // User lists show unit names.
    void qc.invalidateQueries({ queryKey: ['users'] });
  };
}

export function useCreateUnit() {
  const invalidate = useUnitsInvalidation();
  return useMutation({
    mutationFn: (body: TUnitCreate) => api<TUnit>('/api/units', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit() {
  const invalidate = useUnitsInvalidation();
  return useMutation({
    mutationFn: ({ id, ...body }: TUnitUpdate & { id: number }) => api<TUnit>(`/api/units/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useImportPreview() {
  return useMutation({ mutationFn: (file: File) => uploadFile<TImportPreview>('/api/units/import/preview', file) });
}

export function useImportUnits() {
  const invalidate = useUnitsInvalidation();
  return useMutation({
    mutationFn: (file: File) => uploadFile<{ created: number }>('/api/units/import', file),
    onSuccess: invalidate,
  });
}

export function useExportUnits() {
  return useMutation({
    mutationFn: (includeInactive: boolean) =>
      downloadFile(withQuery('/api/units/export.xlsx', { includeInactive: inactiveParam(includeInactive) }), 'don-vi.xlsx'),
  });
}
