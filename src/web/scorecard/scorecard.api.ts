import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TScorecard, TScorecardQuery } from '../../modules/scorecard/scorecard.schemas';
import { api } from '../app/api';
import { REQUIREMENTS_KEY } from '../requirements/requirements.api';

/** Under the requirements key, so a change to requirements or submissions refreshes the scorecard too. */
export function useScorecard(unitId: number | undefined, q: TScorecardQuery) {
  return useQuery({
    queryKey: [...REQUIREMENTS_KEY, 'scorecard', unitId ?? null, q.asOf ?? null, q.year ?? null],
    queryFn: () => api<TScorecard>(`/api/units/${unitId}/scorecard`, { query: { asOf: q.asOf, year: q.year } }),
    enabled: unitId !== undefined && Number.isInteger(unitId) && unitId > 0,
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
  });
}

/** The page of a unit's scorecard. */
export const scorecardPath = (unitId: number) => `/ket-qua/${unitId}`;
