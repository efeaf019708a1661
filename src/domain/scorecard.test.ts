import { describe, expect, it } from 'vitest';
import { scorecardLine, scorecardTotals, statusAsOf, type SubmissionTimes } from './scorecard';

const d = (iso: string) => new Date(iso);
const base: SubmissionTimes = { status: 'draft', createdAt: d('2024-08-01T02:00:00Z'), firstSubmittedAt: null, submittedAt: null, decidedAt: null };

describe('statusAsOf', () => {
  const returnedThenResent: SubmissionTimes = {
    status: 'submitted', createdAt: d('2024-08-01T02:00:00Z'), firstSubmittedAt: d('2024-09-02T03:00:00Z'),
    submittedAt: d('2024-09-20T03:00:00Z'), decidedAt: d('2024-09-10T03:00:00Z'),
  };
  it('bài bị trả lại rồi gửi lại: đã gửi, rồi bị trả lại, rồi đã gửi', () => {
    expect(statusAsOf(returnedThenResent, d('2024-09-05T00:00:00Z'))).toBe('submitted');
    expect(statusAsOf(returnedThenResent, d('2024-09-15T00:00:00Z'))).toBe('returned');
    expect(statusAsOf(returnedThenResent, d('2024-09-25T00:00:00Z'))).toBe('submitted');
  });
  it('chấp nhận chỉ tính từ lúc chấp nhận; trước khi tạo thì chưa có bài', () => {
    const accepted = { ...returnedThenResent, status: 'accepted' as const, submittedAt: d('2024-09-02T03:00:00Z') };
    expect(statusAsOf(accepted, d('2024-09-05T00:00:00Z'))).toBe('submitted');
    expect(statusAsOf(accepted, d('2024-09-11T00:00:00Z'))).toBe('accepted');
    expect(statusAsOf(base, d('2024-07-01T00:00:00Z'))).toBeNull();
    expect(statusAsOf(base, d('2024-08-02T00:00:00Z'))).toBe('draft');
  });
});

describe('scorecardLine và scorecardTotals', () => {
  const asOf = d('2024-09-05T16:59:59.999Z');
  it('đúng hạn, muộn, quá hạn, chưa đến hạn theo lần gửi đầu và hạn của đơn vị; bài gửi sau ngày tính chưa tính', () => {
    const sent = (iso: string) => ({ ...base, id: 1, status: 'submitted' as const, firstSubmittedAt: d(iso), submittedAt: d(iso) });
    const lines = [
      scorecardLine({ requirementId: 1, deadline: '2024-09-01', submission: sent('2024-08-30T03:00:00Z') }, asOf),
      scorecardLine({ requirementId: 2, deadline: '2024-09-01', submission: sent('2024-09-01T17:30:00Z') }, asOf),
      scorecardLine({ requirementId: 3, deadline: '2024-09-01', submission: sent('2024-09-10T03:00:00Z') }, asOf),
      scorecardLine({ requirementId: 4, deadline: '2024-10-25', submission: null }, asOf),
    ];
    expect(lines.map((l) => l.tracking)).toEqual(['on_time', 'late', 'overdue', 'not_yet_due']);
    expect(lines[2]).toMatchObject({ firstSubmittedAt: null, submissionStatus: 'draft', daysLeft: -4 });
    expect(lines[3]!.daysLeft).toBe(50);
    expect(scorecardTotals(lines)).toEqual({ total: 4, onTime: 1, late: 1, overdue: 1, notYetDue: 1 });
  });
});
