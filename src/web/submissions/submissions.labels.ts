import type { TSubmission } from '../../modules/submissions/submissions.schemas';

/** Submission statuses: label and tag colour. */
export const SUBMISSION_STATUS: Record<TSubmission['status'], [label: string, color: string]> = {
  draft: ['Đang soạn', 'default'],
  submitted: ['Đã gửi, chờ duyệt', 'processing'],
  returned: ['Bị trả lại', 'volcano'],
  accepted: ['Đã duyệt', 'green'],
};

export const MODEL_LEVEL_LABELS = { khoi: 'Cấp Khối', co_so: 'Cấp cơ sở' } as const;

export const MODEL_FIELD_LABELS = {
  kinh_te: 'Kinh tế',
  van_hoa_xa_hoi: 'Văn hóa – xã hội',
  quoc_phong_an_ninh: 'Quốc phòng – an ninh',
  xay_dung_he_thong_chinh_tri: 'Xây dựng hệ thống chính trị',
} as const;

export const toOptions = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
