import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TDocumentCreate, TDocumentDetail, TDocumentList, TDocumentListQuery, TDocumentUpdate, TRequirementDrafts,
} from '../../modules/documents/documents.registry.schemas';
import type { TRequirement, TRequirementCreate, TRequirementDetail } from '../../modules/requirements/requirements.schemas';
import { api, ApiError, downloadFile } from '../app/api';
import { REQUIREMENTS_KEY } from '../requirements/requirements.api';

/** Every register query starts with this, so one invalidation refreshes the list, the pages and the drafts. */
export const DOCUMENTS_KEY = ['documents'] as const;

/** The list filter as the page holds it: the query string minus what has a default. */
export type DocumentFilter = Partial<Pick<TDocumentListQuery, 'q' | 'type' | 'issuer' | 'year' | 'direction' | 'sort'>>;

/** One page of the register; the previous page stays on screen while the next one loads. */
export function useDocuments(filter: DocumentFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...DOCUMENTS_KEY, 'list', filter, page, pageSize],
    queryFn: () => api<TDocumentList>('/api/documents', { query: { ...filter, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: number) {
  return useQuery({
    queryKey: [...DOCUMENTS_KEY, 'detail', id],
    queryFn: () => api<TDocumentDetail>(`/api/documents/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** The requirements made from one document (under the requirements key, so creating one refreshes it). */
export function useDocumentRequirements(documentId: number) {
  return useQuery({
    queryKey: [...REQUIREMENTS_KEY, 'list', { documentId }],
    queryFn: () => api<TRequirement[]>('/api/requirements', { query: { documentId } }),
    enabled: Number.isInteger(documentId) && documentId > 0,
  });
}

/** Draft requirements proposed from the letter; never cached: each visit reads the letter afresh. */
export function useRequirementDrafts(documentId: number) {
  return useQuery({
    queryKey: [...DOCUMENTS_KEY, 'drafts', documentId],
    queryFn: () => api<TRequirementDrafts>(`/api/documents/${documentId}/requirement-drafts`),
    enabled: Number.isInteger(documentId) && documentId > 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

/**
 * POST of the fields and the original file together (multipart: "file" + "data" as JSON). api.ts sends one
 * field only, so this builds the form itself and reads the server's error the same way.
 */
async function postWithFile(body: TDocumentCreate, file: File): Promise<TDocumentDetail> {
  const form = new FormData();
  form.append('data', JSON.stringify(body));
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/api/documents', { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' }, body: form });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng và thử lại.');
  }
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | TDocumentDetail | null;
  if (res.ok) return json as TDocumentDetail;
  const err = (json as { error?: { code?: string; message?: string } } | null)?.error;
  throw new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? 'Không lưu được văn bản.');
}

function useInvalidateDocuments() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: DOCUMENTS_KEY });
}

/** Saves a new document, with its original file when it was imported from one. */
export function useCreateDocument() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: ({ body, file }: { body: TDocumentCreate; file?: File | null }) =>
      file ? postWithFile(body, file) : api<TDocumentDetail>('/api/documents', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateDocument() {
  const qc = useQueryClient();
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: TDocumentUpdate }) => api<TDocumentDetail>(`/api/documents/${id}`, { method: 'PATCH', body }),
    onSuccess: (d) => {
      // The page shows the saved document at once; lists and other pages refresh behind it.
      qc.setQueryData([...DOCUMENTS_KEY, 'detail', d.id], d);
      invalidate();
    },
  });
}

/** Downloads the original file under its stored name. */
export function useDownloadOriginal() {
  return useMutation({ mutationFn: (d: { id: number; fileName: string | null }) => downloadFile(`/api/documents/${d.id}/file`, d.fileName ?? `van-ban-${d.id}`) });
}

/** One draft posted as a requirement; the caller refreshes the lists once all are done. */
export function postRequirement(body: TRequirementCreate): Promise<TRequirementDetail> {
  return api<TRequirementDetail>('/api/requirements', { method: 'POST', body });
}

/** Refreshes requirements and documents (the document's requirement count) after drafts were posted. */
export function useRefreshAfterDrafts() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: REQUIREMENTS_KEY });
    void qc.invalidateQueries({ queryKey: DOCUMENTS_KEY });
  };
}
