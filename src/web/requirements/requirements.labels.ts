import type { TRequirementKind } from '../../modules/submissions/submissions.content.schemas';
import type { TProgressUnit } from '../../modules/requirements/requirements.schemas';

/** Requirement kinds as users name them. */
export const KIND_LABELS: Record<TRequirementKind, string> = {
  model_registration: 'Đăng ký mô hình Dân vận khéo',
  democracy_plan: 'Kế hoạch thực hiện QCDC',
  self_inspection: 'Báo cáo tự kiểm tra',
  report: 'Báo cáo',
  checklist: 'Danh mục',
};

export const kindOptions = (Object.keys(KIND_LABELS) as TRequirementKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }));

export const REQUIREMENT_STATUS: Record<'open' | 'closed', [label: string, color: string]> = {
  open: ['Đang thực hiện', 'processing'],
  closed: ['Đã kết thúc', 'default'],
};

/** Tracking of one unit against its deadline: label and tag colour. */
export const TRACKING: Record<TProgressUnit['tracking'], [label: string, color: string]> = {
  on_time: ['Đã nộp đúng hạn', 'green'],
  late: ['Nộp muộn', 'orange'],
  overdue: ['Quá hạn chưa nộp', 'red'],
  not_yet_due: ['Chưa đến hạn', 'blue'],
};

export const TARGET_RULE_LABELS = {
  all_grassroots: 'Tất cả tổ chức cơ sở đảng',
  kind: 'Theo loại đơn vị',
  subtree: 'Các tổ chức cơ sở trong một nhánh',
  unit: 'Đơn vị đích danh',
} as const;
