import { useQuery } from '@tanstack/react-query';
import type { TAuditPage } from '../../modules/audit/audit.schemas';
import { api } from '../app/api';

export interface AuditFilter {
  username?: string;
  entity?: string;
  /** yyyy-mm-dd */
  from?: string;
  /** yyyy-mm-dd */
  to?: string;
}

/** One page of the log; the previous page stays on screen while the next one loads. */
export function useAuditPage(filter: AuditFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filter, page, pageSize],
    queryFn: () => api<TAuditPage>('/api/audit', { query: { ...filter, page, pageSize } }),
    placeholderData: (prev) => prev,
  });
}

/** The CSV download address for the same filters (a plain link: the browser streams the file to disk). */
export function auditExportUrl(filter: AuditFilter): string {
  const params = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  const query = params.toString();
  return `/api/audit/export.csv${query ? `?${query}` : ''}`;
}
