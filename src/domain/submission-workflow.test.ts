import { describe, expect, it } from 'vitest';
import { canTransition, nextStatus, refusalMessage } from './submission-workflow';

describe('quy trình bài nộp', () => {
  it('đơn vị soạn rồi gửi; cán bộ trả lại hoặc chấp nhận', () => {
    expect(canTransition('draft', 'submit', 'unit')).toBe(true);
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(canTransition('submitted', 'return', 'staff')).toBe(true);
    expect(canTransition('submitted', 'accept', 'admin')).toBe(true);
    expect(nextStatus('submitted', 'accept')).toBe('accepted');
  });
  it('bài bị trả lại được sửa (vẫn là bị trả lại) rồi gửi lại', () => {
    expect(canTransition('returned', 'edit', 'unit')).toBe(true);
    expect(nextStatus('returned', 'edit')).toBe('returned');
    expect(canTransition('returned', 'submit', 'unit')).toBe(true);
  });
  it('đã gửi hoặc đã chấp nhận thì đơn vị không sửa được', () => {
    expect(canTransition('submitted', 'edit', 'unit')).toBe(false);
    expect(canTransition('accepted', 'submit', 'unit')).toBe(false);
  });
  it('lãnh đạo chỉ xem; đơn vị không tự chấp nhận bài của mình; cán bộ không gửi thay đơn vị', () => {
    expect(canTransition('submitted', 'accept', 'leader')).toBe(false);
    expect(canTransition('submitted', 'accept', 'unit')).toBe(false);
    expect(canTransition('draft', 'submit', 'staff')).toBe(false);
  });
  it('không chấp nhận bài còn đang soạn, và nói rõ lý do bằng tiếng Việt', () => {
    expect(canTransition('draft', 'accept', 'staff')).toBe(false);
    expect(refusalMessage('draft', 'accept')).toBe('Không thể chấp nhận bài nộp đang ở trạng thái "đang soạn".');
  });
});
