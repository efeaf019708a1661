import { createHash, randomBytes } from 'node:crypto';
import { AppError, badRequest } from '../../app/errors';
import type { ChangeContext } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import { checkPassword, PASSWORD_MESSAGES } from '../../domain/password-policy';
import {
  afterFailedLogin, DEFAULT_INACTIVE_DAYS, dormancyCutoff, isDormant, isLocked, lastActivity, LOCKOUT_MS, SESSION_ABSOLUTE_MS,
} from '../../domain/session-policy';
import { recordAudit } from '../audit/audit.queries';
import * as q from './auth.queries';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './password-hash';

export const SESSION_COOKIE = 'danvan_session';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần sai liên tiếp, tài khoản sẽ bị tạm khóa 15 phút.';

function lockedError(until: Date): AppError {
  const hhmm = until.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
  return new AppError('ACCOUNT_LOCKED', 423, `Tài khoản đang tạm khóa 15 phút do đăng nhập sai 5 lần liên tiếp. Vui lòng thử lại sau ${hhmm}.`);
}

/**
 * Failures for user names that do not exist are counted too, in memory, so the lock-out
 * message appears after 5 tries either way and never reveals whether an account exists.
 */
const ghostFailures = new Map<string, { failed: number; lockedUntil: Date | null }>();

function ghostAttempt(username: string, now: Date): AppError {
  const key = username.toLowerCase();
  const prev = ghostFailures.get(key) ?? { failed: 0, lockedUntil: null };
  if (isLocked(prev.lockedUntil, now)) return lockedError(prev.lockedUntil!);
  if (ghostFailures.size > 10_000) ghostFailures.clear();
  const next = afterFailedLogin(prev.failed, now);
  ghostFailures.set(key, next);
  return next.lockedUntil ? lockedError(next.lockedUntil) : new AppError('INVALID_CREDENTIALS', 401, WRONG);
}

export interface LoginResult {
  token: string;
  userId: number;
}

/** Checks the credentials, applies the lock-out rule, opens a session and audits the attempt. */
export async function login(db: Db, username: string, password: string, ctx: ChangeContext, now: Date, inactiveDays = DEFAULT_INACTIVE_DAYS): Promise<LoginResult> {
  const user = await q.findUserForLogin(db, username);
  if (!user) {
    await verifyPassword(password, await DUMMY_HASH_PROMISE);
    const err = ghostAttempt(username, now);
    await recordAudit(db, ctx, { action: 'login_failed', entity: 'session', after: { username } });
    throw err;
  }
  if (isLocked(user.locked_until, now)) {
    await recordAudit(db, ctx, { action: 'login_refused_locked', entity: 'app_user', entityId: user.id, after: { username } });
    throw lockedError(user.locked_until!);
  }
  const ok = await verifyPassword(password, user.password_hash);
  if (!ok) {
    const next = afterFailedLogin(user.failed_logins, now);
    await q.setLoginFailures(db, user.id, next.failed, next.lockedUntil);
    await recordAudit(db, ctx, {
      action: next.lockedUntil ? 'account_locked' : 'login_failed',
      entity: 'app_user',
      entityId: user.id,
      after: { username: user.username, lockedUntil: next.lockedUntil?.toISOString() ?? null },
    });
    throw next.lockedUntil ? lockedError(next.lockedUntil) : new AppError('INVALID_CREDENTIALS', 401, WRONG);
  }
  if (!user.active) {
    throw new AppError('ACCOUNT_DISABLED', 403, 'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị viên để được mở lại.');
  }
  const last = lastActivity({ lastLoginAt: user.last_login_at, createdAt: user.created_at, updatedAt: user.updated_at });
  if (isDormant(last, now, inactiveDays)) {
    // Nothing to evict from the session cache: a dormant account has no live session (12 h at most, dormancy takes days).
    await q.disableAccount(db, user.id, now);
    await recordAudit(db, ctx, { action: 'account_disabled_dormant', entity: 'app_user', entityId: user.id, after: { username: user.username, lastActivity: last.toISOString(), inactiveDays } });
    throw new AppError('ACCOUNT_DORMANT', 403, `Tài khoản không được sử dụng quá ${inactiveDays} ngày nên đã bị vô hiệu hóa. Liên hệ quản trị viên để được mở lại.`);
  }
  const token = randomBytes(32).toString('base64url');
  await q.markLoggedIn(db, user.id, now);
  const sessionId = await q.insertSession(db, user.id, hashToken(token), now, new Date(now.getTime() + SESSION_ABSOLUTE_MS));
  // The user is the actor of their own login, so filtering the log by user name shows when they signed in.
  await recordAudit(db, { ip: ctx.ip, actor: { userId: user.id, username: user.username } }, {
    action: 'login', entity: 'session', entityId: sessionId, after: { userId: user.id, username: user.username },
  });
  return { token, userId: user.id };
}

/** Rejects a new password that breaks the policy, with the Vietnamese reason. */
export function assertPasswordAcceptable(password: string, username: string): void {
  const problem = checkPassword(password, username);
  if (problem) throw badRequest('WEAK_PASSWORD', PASSWORD_MESSAGES[problem]);
}

/** The user's own change: checks the current password, ends their other sessions. */
export async function changeOwnPassword(
  db: Db,
  ctx: ChangeContext & { actor: NonNullable<ChangeContext['actor']> },
  current: string,
  next: string,
  now: Date,
): Promise<void> {
  const stored = await q.findPasswordHash(db, ctx.actor.userId);
  if (!stored || !(await verifyPassword(current, stored))) {
    throw badRequest('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.');
  }
  assertPasswordAcceptable(next, ctx.actor.username);
  if (await verifyPassword(next, stored)) throw badRequest('SAME_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  const hash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await q.updatePassword(trx, ctx.actor.userId, hash, false, now);
    await q.endUserSessions(trx, ctx.actor.userId, ctx.actor.sessionId, now);
    await recordAudit(trx, ctx, {
      action: 'password_change', entity: 'app_user', entityId: ctx.actor.userId,
      before: { mustChangePassword: ctx.actor.mustChangePassword }, after: { mustChangePassword: false, otherSessionsEnded: true },
    });
  });
}

export { LOCKOUT_MS };

/** Disables the accounts unused for `inactiveDays` (run at start and daily), each change audited. */
export async function sweepDormantAccounts(db: Db, now: Date, inactiveDays: number): Promise<number> {
  if (inactiveDays <= 0) return 0;
  return db.transaction().execute(async (trx) => {
    const disabled = await q.disableDormantAccounts(trx, dormancyCutoff(now, inactiveDays), now);
    for (const u of disabled) {
      await recordAudit(trx, { ip: null, actor: null }, { action: 'account_disabled_dormant', entity: 'app_user', entityId: u.id, after: { username: u.username, inactiveDays } });
    }
    return disabled.length;
  });
}
