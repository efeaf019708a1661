import type { Role } from '../db/schema';

/**
 * A submission's workflow: draft → submitted → returned | accepted; a returned one is edited and submitted again.
 * Units write their own; staff and admins review; leaders only read.
 */
export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type SubmissionAction = 'edit' | 'submit' | 'return' | 'accept';

const RULES: Record<SubmissionAction, { from: readonly SubmissionStatus[]; roles: readonly Role[]; to: SubmissionStatus | null }> = {
  // An edit keeps the status (null): a returned submission stays returned, with its comment, until resubmitted.
  edit: { from: ['draft', 'returned'], roles: ['unit'], to: null },
  submit: { from: ['draft', 'returned'], roles: ['unit'], to: 'submitted' },
  return: { from: ['submitted'], roles: ['staff', 'admin'], to: 'returned' },
  accept: { from: ['submitted'], roles: ['staff', 'admin'], to: 'accepted' },
};

/** Whether `role` may take `action` on a submission in `status`. */
export function canTransition(status: SubmissionStatus, action: SubmissionAction, role: Role): boolean {
  const r = RULES[action];
  return r.from.includes(status) && r.roles.includes(role);
}

/** The status after the action (an edit keeps it). */
export function nextStatus(status: SubmissionStatus, action: SubmissionAction): SubmissionStatus {
  return RULES[action].to ?? status;
}

/** Why an action is refused in this status, in Vietnamese, for the 409 the user sees. */
export function refusalMessage(status: SubmissionStatus, action: SubmissionAction): string {
  const label: Record<SubmissionStatus, string> = { draft: 'đang soạn', submitted: 'đã gửi, chờ xem xét', returned: 'bị trả lại', accepted: 'đã được chấp nhận' };
  const verb: Record<SubmissionAction, string> = { edit: 'sửa', submit: 'gửi', return: 'trả lại', accept: 'chấp nhận' };
  return `Không thể ${verb[action]} bài nộp đang ở trạng thái "${label[status]}".`;
}
