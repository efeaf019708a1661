import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TEvaluationInput, TModelDetail, TModelImportPreview, TModelListQuery, TModelPage } from '../../modules/models/models.schemas';
import { api, uploadFile } from '../app/api';

export const MODELS_KEY = ['models'] as const;

export type ModelFilters = Partial<Omit<TModelListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

export function useModels(f: ModelFilters) {
  return useQuery({
    queryKey: [...MODELS_KEY, 'list', f],
    queryFn: () => api<TModelPage>('/api/models', { query: { ...f } }),
    placeholderData: keepPreviousData,
  });
}

export function useModel(id: number | null) {
  return useQuery({
    queryKey: [...MODELS_KEY, 'detail', id],
    queryFn: () => api<TModelDetail>(`/api/models/${id}`),
    enabled: id !== null,
  });
}

export function useEvaluate(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: TEvaluationInput }) =>
      api<TModelDetail>(`/api/models/${id}/years/${year}/evaluation`, { method: 'PUT', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: MODELS_KEY }),
  });
}

export function useModelImportPreview() {
  return useMutation({ mutationFn: (file: File) => uploadFile<TModelImportPreview>('/api/models/import/preview', file) });
}

export function useModelImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile<{ models: number; years: number }>('/api/models/import', file),
    onSuccess: () => qc.invalidateQueries({ queryKey: MODELS_KEY }),
  });
}
