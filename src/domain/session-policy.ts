/** Session and lock-out rules of a level-2 information system, in one place. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
}

/** A session is alive until it is ended, idles 30 minutes, or reaches its absolute expiry. */
export function isSessionAlive(s: SessionTimes, now: Date): boolean {
  if (s.endedAt) return false;
  if (now.getTime() >= s.expiresAt.getTime()) return false;
  return now.getTime() - s.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** After a failed attempt: the new counter, and the lock end when the limit is reached. */
export function afterFailedLogin(failedSoFar: number, now: Date): { failed: number; lockedUntil: Date | null } {
  const failed = failedSoFar + 1;
  if (failed >= MAX_FAILED_LOGINS) return { failed: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) };
  return { failed, lockedUntil: null };
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** Accounts nobody has used for this many days are disabled (ACCOUNT_INACTIVE_DAYS; 0 turns the rule off). */
export const DEFAULT_INACTIVE_DAYS = 45;
const DAY_MS = 24 * 60 * 60_000;

/**
 * An account's last sign of life is its last login, or else its creation — or an administrator's later edit
 * (re-enabling it, resetting its password), so that an account opened again is not disabled again at once.
 */
export function lastActivity(a: { lastLoginAt: Date | null; createdAt: Date; updatedAt: Date }): Date {
  const times = [a.lastLoginAt, a.createdAt, a.updatedAt].filter((t): t is Date => t !== null).map((t) => t.getTime());
  return new Date(Math.max(...times));
}

export function isDormant(last: Date, now: Date, inactiveDays: number): boolean {
  return inactiveDays > 0 && now.getTime() - last.getTime() >= inactiveDays * DAY_MS;
}

/** The moment before which an account's last activity makes it dormant. */
export function dormancyCutoff(now: Date, inactiveDays: number): Date {
  return new Date(now.getTime() - inactiveDays * DAY_MS);
}
