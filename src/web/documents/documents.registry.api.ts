import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TDocumentCreate, TDocumentDetail, TDocumentList, TDocumentListQuery, TDocumentUpdate, TRequirementDrafts,
} from '../../modules/documents/documents.registry.schemas';
import type { TRequirement, TRequirementCreate, TRequirementDetail } from '../../modules/requirements/requirements.schemas';
import { api, downloadFile, uploadFile } from '../app/api';
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

/** POST of the fields and the original file together (multipart: "data" as JSON, then "file"). */
const postWithFile = (body: TDocumentCreate, file: File) => uploadFile<TDocumentDetail>('/api/documents', file, 'file', { data: JSON.stringify(body) });

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
