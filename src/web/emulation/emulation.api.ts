import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCriteria, TCriteriaInput, TRanking, TRankingQuery } from '../../modules/emulation/emulation.schemas';
import { api, downloadFile } from '../app/api';

export const EMULATION_KEY = ['emulation'] as const;

export function useCriteria(year: number) {
  return useQuery({ queryKey: [...EMULATION_KEY, 'criteria', year], queryFn: () => api<TCriteria>('/api/emulation/criteria', { query: { year } }) });
}

export function useSaveCriteria() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TCriteriaInput) => api<TCriteria>('/api/emulation/criteria', { method: 'PUT', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: EMULATION_KEY }),
  });
}

export function useRanking(q: TRankingQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...EMULATION_KEY, 'ranking', q],
    queryFn: () => api<TRanking>('/api/emulation/ranking', { query: { ...q } }),
    placeholderData: keepPreviousData,
  });
}

export function useRankingExport() {
  return useMutation({
    mutationFn: (q: TRankingQuery) => downloadFile(`/api/emulation/ranking.xlsx?${new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))}`, `xep-hang-thi-dua-${q.year}.xlsx`),
  });
}
