import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TRole } from '../../modules/auth/auth.schemas';
import type { TUser, TUserCreate, TUserUpdate } from '../../modules/users/users.schemas';
import { api } from '../app/api';

export const USERS_KEY = ['users'] as const;

export function useUsers(q: string, role: TRole | null) {
  return useQuery({
    queryKey: [...USERS_KEY, 'list', q, role],
    queryFn: () => api<TUser[]>('/api/users', { query: { q, role } }),
    placeholderData: (prev) => prev,
  });
}

function useInvalidateUsers() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: USERS_KEY });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: (body: TUserCreate) => api<TUser>('/api/users', { method: 'POST', body }), onSuccess: invalidate });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, ...body }: TUserUpdate & { id: number }) => api<TUser>(`/api/users/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) => api(`/api/users/${id}/reset-password`, { method: 'POST', body: { password } }),
    onSuccess: invalidate,
  });
}
