import { useQueries, useQuery } from '@tanstack/react-query';
import type { TUnit, TUnitKind } from '../../modules/units/units.schemas';
import type { TUser } from '../../modules/users/users.schemas';
import { api } from '../app/api';
import { UNITS_KEY } from '../units/units.api';

/** The top of the caller's scope: what "my scope" means in words. */
export function useScopeRoots() {
  return useQuery({ queryKey: [...UNITS_KEY, 'children', null, false], queryFn: () => api<TUnit[]>('/api/units') });
}

/** Active units of each kind in the caller's scope, counted from the existing list endpoint. */
export function useKindCounts(kinds: TUnitKind[], enabled: boolean) {
  return useQueries({
    queries: kinds.map((kind) => ({
      queryKey: [...UNITS_KEY, 'byKind', kind],
      queryFn: () => api<TUnit[]>('/api/units', { query: { kind, limit: 5000 } }),
      enabled,
      select: (units: TUnit[]) => units.length,
    })),
  });
}

export function useUserCount(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'list', '', null],
    queryFn: () => api<TUser[]>('/api/users'),
    enabled,
  });
}
