import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TReportSources, TReportTemplate, TSummaryText } from '../../modules/reports/reports.schemas';
import { api, downloadFile, withQuery, type Query } from '../app/api';

/** Every reports query starts with this key. */
const KEY = ['reports'] as const;

/** The summary's subject: a whole directive or one requirement, counted as of a day (yyyy-mm-dd). */
export interface SummaryChoice { documentId?: number; requirementId?: number; asOf?: string; number?: string }

export function useReportSources() {
  return useQuery({ queryKey: [...KEY, 'sources'], queryFn: () => api<TReportSources>('/api/reports/sources') });
}

export function useSummaryPreview(c: SummaryChoice, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'summary', c.documentId ?? null, c.requirementId ?? null, c.asOf ?? null],
    queryFn: () => api<TSummaryText>('/api/reports/summary', { query: { documentId: c.documentId, requirementId: c.requirementId, asOf: c.asOf } }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useReportTemplate() {
  return useQuery({ queryKey: [...KEY, 'template'], queryFn: () => api<TReportTemplate>('/api/reports/template') });
}

export function useSaveTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api<TReportTemplate>('/api/reports/template', { method: 'PUT', body: { body } }),
    onSuccess: (saved) => {
      qc.setQueryData([...KEY, 'template'], saved);
      void qc.invalidateQueries({ queryKey: [...KEY, 'summary'] });
    },
  });
}

/** Downloads one of the report files; the server names it. */
export function useDownload() {
  return useMutation({ mutationFn: ({ path, query, name }: { path: string; query?: Query; name: string }) => downloadFile(withQuery(path, query), name) });
}
