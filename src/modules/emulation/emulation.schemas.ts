import { z } from 'zod';

/** The API contract of emulation scoring. Browser-safe: imports only zod. */

export const CRITERION_KEYS = ['on_time', 'accepted', 'models_registered', 'models_recognized', 'qcdc_plan', 'self_inspection'] as const;
const ZKey = z.enum(CRITERION_KEYS, { error: 'Tiêu chí không hợp lệ' });
const ZYear = z.coerce.number({ error: 'Năm phải là số' }).int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
const ZIsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Ngày không tồn tại');

export const ZYearQuery = z.object({ year: ZYear.describe('Năm thi đua') });

export const ZCriterion = z.object({
  key: ZKey,
  label: z.string(),
  measure: z.enum(['rate', 'count', 'done']).describe('rate: tỷ lệ; count: số lượng so với chỉ tiêu; done: có/không'),
  definition: z.string().describe('Cách tính, để đơn vị hiểu điểm của mình'),
  weight: z.number().describe('Điểm tối đa của tiêu chí'),
  target: z.number().describe('Chỉ tiêu (chỉ dùng cho tiêu chí đếm số lượng)'),
  enabled: z.boolean(),
});
export type TCriterion = z.infer<typeof ZCriterion>;

export const ZCriteria = z.object({
  year: z.number(),
  committee: z.object({ id: z.number(), name: z.string() }),
  isDefault: z.boolean().describe('Chưa cấu hình cho năm này: đang dùng bộ tiêu chí mặc định'),
  criteria: z.array(ZCriterion),
  maxTotal: z.number(),
});
export type TCriteria = z.infer<typeof ZCriteria>;

export const ZCriteriaInput = z.object({
  year: ZYear,
  criteria: z.array(z.object({
    key: ZKey,
    weight: z.number({ error: 'Trọng số phải là số' }).int('Trọng số phải là số nguyên').min(0, 'Trọng số từ 0 đến 100').max(100, 'Trọng số từ 0 đến 100'),
    target: z.number({ error: 'Chỉ tiêu phải là số' }).int('Chỉ tiêu phải là số nguyên').min(1, 'Chỉ tiêu từ 1 đến 100').max(100, 'Chỉ tiêu từ 1 đến 100').default(1),
    enabled: z.boolean().default(true),
  })).min(1, 'Cần ít nhất một tiêu chí').max(CRITERION_KEYS.length),
}).refine((v) => new Set(v.criteria.map((c) => c.key)).size === v.criteria.length, { message: 'Mỗi tiêu chí chỉ khai báo một lần', path: ['criteria'] })
  .refine((v) => v.criteria.some((c) => c.enabled && c.weight > 0), { message: 'Cần ít nhất một tiêu chí được bật với trọng số lớn hơn 0', path: ['criteria'] });
export type TCriteriaInput = z.infer<typeof ZCriteriaInput>;

export const ZRankingQuery = z.object({
  year: ZYear.describe('Năm thi đua'),
  asOf: ZIsoDay.optional().describe('Tính đến hết ngày này (mặc định: bây giờ)'),
  unitId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Chỉ các đơn vị thuộc đơn vị này'),
});
export type TRankingQuery = z.infer<typeof ZRankingQuery>;

export const ZScoreLine = z.object({
  key: ZKey, label: z.string(),
  raw: z.number().describe('Giá trị thực tế: tỷ lệ (0–1), số lượng, hoặc 1/0'),
  ratio: z.number().describe('Mức đạt (0–1)'),
  weight: z.number(), points: z.number(),
});

export const ZRankingRow = z.object({
  rank: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  total: z.number(),
  facts: z.object({
    due: z.number().describe('Yêu cầu đã đến hạn hoặc đã gửi'), onTime: z.number(), accepted: z.number(),
    modelsRegistered: z.number(), modelsRecognized: z.number(), qcdcPlan: z.boolean(), selfInspection: z.boolean(),
  }),
  lines: z.array(ZScoreLine),
});
export type TRankingRow = z.infer<typeof ZRankingRow>;

export const ZRanking = z.object({
  year: z.number(), asOf: z.string(), maxTotal: z.number(), criteria: z.array(ZCriterion), rows: z.array(ZRankingRow),
});
export type TRanking = z.infer<typeof ZRanking>;
