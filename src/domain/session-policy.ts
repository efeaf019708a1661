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
