import { z } from 'zod';

/** Every error the API returns. Browser-safe: the web app imports it too. */
export const ZError = z.object({
  error: z.object({
    code: z.string().describe('Mã lỗi ổn định, dùng cho chương trình'),
    message: z.string().describe('Thông báo tiếng Việt cho người dùng'),
  }),
});
export type TError = z.infer<typeof ZError>;

/** Standard error responses to spread into a route's `response`. */
export const errorResponses = {
  400: ZError,
  401: ZError,
  403: ZError,
  404: ZError,
  409: ZError,
} as const;

export const ZIdParam = z.object({
  id: z.coerce.number({ error: 'Mã phải là số' }).int().positive().max(2_147_483_647).describe('Mã số'),
});

export const ZOk = z.object({ ok: z.literal(true) });
