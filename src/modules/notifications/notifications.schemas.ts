import { z } from 'zod';

/** The API contract of in-app notifications. Browser-safe: imports only zod. */

export const ZNotification = z.object({
  id: z.number(),
  kind: z.string().describe('Loại thông báo, ví dụ reminder'),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('Trang liên quan trong ứng dụng'),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationList = z.object({
  unread: z.number().describe('Số thông báo chưa đọc'),
  items: z.array(ZNotification).describe('Mới nhất trước (tối đa 100)'),
});
export type TNotificationList = z.infer<typeof ZNotificationList>;
