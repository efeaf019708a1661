import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isLocked, isSessionAlive } from './session-policy';

const t0 = new Date('2024-05-15T08:00:00+07:00');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);

describe('isSessionAlive', () => {
  const s = { createdAt: t0, lastSeenAt: t0, expiresAt: at(12 * 60), endedAt: null };
  it('còn hiệu lực trong 30 phút không hoạt động', () => expect(isSessionAlive(s, at(29))).toBe(true));
  it('hết hạn khi không hoạt động đủ 30 phút', () => expect(isSessionAlive(s, at(30))).toBe(false));
  it('hết hạn tuyệt đối sau 12 giờ dù vừa hoạt động', () => expect(isSessionAlive({ ...s, lastSeenAt: at(719) }, at(720))).toBe(false));
  it('phiên đã đăng xuất không còn hiệu lực', () => expect(isSessionAlive({ ...s, endedAt: at(1) }, at(2))).toBe(false));
});

describe('afterFailedLogin', () => {
  it('lần sai thứ 5 khóa 15 phút và đặt lại bộ đếm', () => {
    let failed = 0;
    for (let i = 0; i < 4; i++) {
      const r = afterFailedLogin(failed, t0);
      expect(r.lockedUntil).toBeNull();
      failed = r.failed;
    }
    const fifth = afterFailedLogin(failed, t0);
    expect(fifth.lockedUntil).toEqual(at(15));
    expect(isLocked(fifth.lockedUntil, at(14))).toBe(true);
    expect(isLocked(fifth.lockedUntil, at(15))).toBe(false);
  });
});
