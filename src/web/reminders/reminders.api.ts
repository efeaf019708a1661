import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TNotification, TNotificationList } from '../../modules/notifications/notifications.schemas';
import type { TReminder, TReminderCreate, TReminderListQuery } from '../../modules/reminders/reminders.schemas';
import { api, downloadFile } from '../app/api';

export const REMINDERS_KEY = ['reminders'] as const;
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** What the form sends; the server fills the defaults (channels, message) the schema declares. */
export type ReminderInput = Pick<TReminderCreate, 'requirementId'> & Partial<Omit<TReminderCreate, 'requirementId'>>;

export function useReminders(q: TReminderListQuery) {
  return useQuery({
    queryKey: [...REMINDERS_KEY, q.requirementId ?? null, q.unitId ?? null],
    queryFn: () => api<TReminder[]>('/api/reminders', { query: { requirementId: q.requirementId, unitId: q.unitId } }),
  });
}

export function useSendReminder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderInput) => api<TReminder>('/api/reminders', { method: 'POST', body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: REMINDERS_KEY });
      void qc.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
  });
}

/** The reminder letter (công văn đôn đốc) as DOCX, named by the server. */
export function downloadLetter(id: number): Promise<void> {
  return downloadFile(`/api/reminders/${id}/letter.docx`, `cong-van-don-doc-${id}.docx`);
}

/** The bell: polled every minute and when the window regains focus. */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => api<TNotificationList>('/api/notifications'),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<TNotification>(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
