import type { TModelCount } from '../../modules/dashboard/dashboard.schemas';

export const FIELD_LABELS: Record<TModelCount['field'], string> = {
  kinh_te: 'Kinh tế',
  van_hoa_xa_hoi: 'Văn hóa – xã hội',
  quoc_phong_an_ninh: 'Quốc phòng – an ninh',
  xay_dung_he_thong_chinh_tri: 'Xây dựng hệ thống chính trị',
};

export const LEVEL_LABELS: Record<TModelCount['level'], string> = { khoi: 'Cấp Khối', co_so: 'Cấp cơ sở' };

/** Colours with enough contrast on white, one meaning each across the charts. */
export const COLORS = { submitted: '#1677ff', onTime: '#389e0d', late: '#d48806', missing: '#cf1322', target: '#8c8c8c', khoi: '#722ed1', coSo: '#13a8a8' };

/** 'yyyy-mm-dd' → 'dd/mm' for chart ticks. */
export const shortDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
