import { z } from 'zod';
import { ZIsoDate } from '../requirements/requirements.schemas';
import { ZModelField, ZModelLevel, ZRequirementKind } from '../submissions/submissions.content.schemas';
import { ZUnitKind } from '../units/units.schemas';

/** The API contract of the dashboard. Browser-safe: imports only zod and other schema files. */

export const ZDashboardQuery = z.object({
  asOf: ZIsoDate.optional().describe('Tính đến hết ngày này (mặc định: bây giờ)'),
  unitId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Chỉ cây con của đơn vị này (mặc định: phạm vi của người xem)'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Năm của mô hình "Dân vận khéo" (mặc định: năm gần nhất đến năm của ngày tính có mô hình đã gửi)'),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

const count = (d: string) => z.number().int().describe(d);

export const ZDayPoint = z.object({
  date: z.string().describe('Ngày (yyyy-mm-dd, giờ Việt Nam)'),
  count: count('Số đơn vị gửi lần đầu trong ngày'),
  cumulative: count('Cộng dồn số đơn vị đã gửi đến hết ngày').nullable().describe('Cộng dồn số đơn vị đã gửi đến hết ngày; null: ngày sau ngày tính'),
});
export type TDayPoint = z.infer<typeof ZDayPoint>;

export const ZKindProgress = z.object({
  kind: ZUnitKind,
  targeted: count('Số đơn vị được giao'),
  submitted: count('Đã gửi'),
  onTime: count('Gửi đúng hạn'),
  late: count('Gửi muộn'),
  missing: count('Quá hạn chưa gửi'),
});
export type TKindProgress = z.infer<typeof ZKindProgress>;

export const ZRequirementSeries = z.object({
  id: z.number(),
  kind: ZRequirementKind,
  title: z.string(),
  createdOn: z.string().describe('Ngày giao yêu cầu (yyyy-mm-dd)'),
  deadline: z.string().describe('Hạn chung (yyyy-mm-dd)'),
  targeted: count('Số đơn vị được giao trong cây con'),
  submitted: count('Đã gửi đến ngày tính'),
  onTime: count('Gửi đúng hạn'),
  late: count('Gửi muộn'),
  missing: count('Quá hạn chưa gửi'),
  days: z.array(ZDayPoint).describe('Từng ngày từ ngày giao đến hạn (hoặc đến ngày tính nếu muộn hơn và còn đơn vị gửi)'),
  byKind: z.array(ZKindProgress).describe('Tiến độ theo loại đơn vị'),
});
export type TRequirementSeries = z.infer<typeof ZRequirementSeries>;

export const ZModelCount = z.object({ field: ZModelField, level: ZModelLevel, count: count('Số mô hình') });
export type TModelCount = z.infer<typeof ZModelCount>;

export const ZTopUnit = z.object({
  id: z.number(), code: z.string(), name: z.string(), kind: ZUnitKind,
  missing: count('Số yêu cầu quá hạn chưa gửi'),
  late: count('Số yêu cầu gửi muộn'),
});
export type TTopUnit = z.infer<typeof ZTopUnit>;

export const ZDashboard = z.object({
  asOf: z.string().describe('Ngày tính (yyyy-mm-dd, giờ Việt Nam)'),
  year: z.number().describe('Năm của mô hình'),
  unit: z.object({ id: z.number(), name: z.string() }).nullable().describe('Cây con đang xem (null: cả phạm vi)'),
  requirements: z.array(ZRequirementSeries).describe('Các yêu cầu đang mở đã giao đến ngày tính'),
  models: z.array(ZModelCount).describe('Mô hình "Dân vận khéo" đã gửi đến ngày tính, theo lĩnh vực và cấp'),
  topUnits: z.array(ZTopUnit).describe('Các đơn vị có nhiều việc quá hạn hoặc gửi muộn nhất (tối đa 10)'),
});
export type TDashboard = z.infer<typeof ZDashboard>;
