import { describe, expect, it } from 'vitest';
import { daysLeft, effectiveDeadline, endOfDayVn, trackingStatus, vnDate } from './due-dates';

describe('hạn nộp', () => {
  it('hạn 25/10/2024 là hết 23:59:59.999 ngày đó giờ Việt Nam (16:59:59.999 UTC)', () => {
    expect(endOfDayVn('2024-10-25').toISOString()).toBe('2024-10-25T16:59:59.999Z');
  });
  it('ngày Việt Nam của 20:00 UTC là ngày hôm sau', () => {
    expect(vnDate(new Date('2024-08-31T20:00:00Z'))).toBe('2024-09-01');
  });
  it('ba đơn vị được giao hạn riêng 01/9/2024; đơn vị khác theo hạn chung', () => {
    const overrides = new Map([[7, '2024-09-01']]);
    expect(effectiveDeadline('2024-10-25', overrides, 7)).toBe('2024-09-01');
    expect(effectiveDeadline('2024-10-25', overrides, 8)).toBe('2024-10-25');
    expect(effectiveDeadline('2024-10-25', { 9: '2024-09-01' }, 9)).toBe('2024-09-01');
  });
  it('còn bao nhiêu ngày: 0 đúng ngày hạn, âm khi đã quá hạn', () => {
    expect(daysLeft('2024-10-25', new Date('2024-10-20T03:00:00Z'))).toBe(5);
    expect(daysLeft('2024-10-25', new Date('2024-10-25T16:00:00Z'))).toBe(0);
    expect(daysLeft('2024-10-25', new Date('2024-10-25T17:00:00Z'))).toBe(-1);
  });
});

describe('theo dõi tiến độ như theo dõi nhiệm vụ', () => {
  const asOf = new Date('2024-11-01T00:00:00Z');
  it('gửi trước 24 giờ ngày hạn là đúng hạn', () => {
    expect(trackingStatus('2024-10-25', new Date('2024-10-25T16:59:59Z'), asOf)).toBe('on_time');
  });
  it('gửi muộn khi nộp sau hạn, dù chỉ một phút sau nửa đêm', () => {
    expect(trackingStatus('2024-10-25', new Date('2024-10-25T17:01:00Z'), asOf)).toBe('late');
  });
  it('chưa gửi và đã qua hạn là quá hạn; chưa đến hạn là chưa đến hạn', () => {
    expect(trackingStatus('2024-10-25', null, asOf)).toBe('overdue');
    expect(trackingStatus('2024-12-31', null, asOf)).toBe('not_yet_due');
  });
  it('bài gửi sau ngày báo cáo chưa được tính tại ngày đó', () => {
    expect(trackingStatus('2024-10-25', new Date('2024-11-05T00:00:00Z'), asOf)).toBe('overdue');
  });
});
