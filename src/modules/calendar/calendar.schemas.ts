import { z } from 'zod';

export const ZCalendarToken = z.object({
  url: z.string().describe('Địa chỉ lịch (ICS) bí mật của đơn vị: chỉ hiện một lần; tạo lại thì địa chỉ cũ hết hiệu lực'),
  createdAt: z.string().describe('Thời điểm tạo'),
});
export type TCalendarToken = z.infer<typeof ZCalendarToken>;

export const ZCalendarFeedParams = z.object({
  // Any string up to a sane length: a malformed token is answered like a wrong one (404), never a 400 that tells them apart.
  token: z.string().max(200).describe('Mã bí mật của địa chỉ lịch'),
});
