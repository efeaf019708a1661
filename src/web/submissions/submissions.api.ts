import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TComment, TDraftSave, TInboxItem, TSubmission, TSubmissionVersion } from '../../modules/submissions/submissions.schemas';
import { api } from '../app/api';
import { REQUIREMENTS_KEY } from '../requirements/requirements.api';

export const SUBMISSIONS_KEY = ['submissions'] as const;

export function useInbox() {
  return useQuery({
    queryKey: [...SUBMISSIONS_KEY, 'inbox'],
    queryFn: () => api<TInboxItem[]>('/api/submissions/inbox'),
    refetchOnWindowFocus: true,
  });
}

/** The unit's own submission to a requirement (null: none yet). */
export function useOwnSubmission(requirementId: number) {
  return useQuery({
    queryKey: [...SUBMISSIONS_KEY, 'own', requirementId],
    queryFn: () => api<TSubmission | null>(`/api/requirements/${requirementId}/submission`),
    staleTime: 0,
  });
}

export function useSubmission(id: number) {
  return useQuery({ queryKey: [...SUBMISSIONS_KEY, 'one', id], queryFn: () => api<TSubmission>(`/api/submissions/${id}`), refetchOnWindowFocus: true });
}

export function useComments(id: number | null | undefined) {
  return useQuery({
    queryKey: [...SUBMISSIONS_KEY, 'comments', id],
    queryFn: () => api<TComment[]>(`/api/submissions/${id}/comments`),
    enabled: id != null,
  });
}

export function useVersions(id: number) {
  return useQuery({ queryKey: [...SUBMISSIONS_KEY, 'versions', id], queryFn: () => api<TSubmissionVersion[]>(`/api/submissions/${id}/versions`) });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: SUBMISSIONS_KEY });
    void qc.invalidateQueries({ queryKey: REQUIREMENTS_KEY });
  };
}

export const saveDraft = (requirementId: number, body: TDraftSave) =>
  api<TSubmission>(`/api/requirements/${requirementId}/submission`, { method: 'PUT', body });

export const submitSubmission = (id: number, version: number) =>
  api<TSubmission>(`/api/submissions/${id}/submit`, { method: 'POST', body: { version } });

export const fetchOwnSubmission = (requirementId: number) => api<TSubmission | null>(`/api/requirements/${requirementId}/submission`);

/** Return (with the reviewer's comment) or accept a submitted answer. */
export function useDecision() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action, comment }: { id: number; action: 'return' | 'accept'; comment?: string }) =>
      api<TSubmission>(`/api/submissions/${id}/${action}`, { method: 'POST', body: action === 'return' ? { comment } : undefined }),
    onSuccess: invalidate,
  });
}

export function useAddComment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: string }) => api(`/api/submissions/${id}/comments`, { method: 'POST', body: { body } }),
    onSuccess: invalidate,
  });
}

export function useSubmissionsInvalidation() {
  return useInvalidate();
}
