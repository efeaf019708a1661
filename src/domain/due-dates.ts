/**
 * Deadlines and on-time tracking. A deadline is a calendar date in Vietnam: due at 23:59:59.999 that day,
 * Asia/Ho_Chi_Minh, which is UTC+7 all year (no daylight saving time).
 */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The last millisecond of `date` ('yyyy-mm-dd') in Vietnam, as an instant. */
export function endOfDayVn(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+07:00`) + DAY_MS - 1);
}

/** The calendar date in Vietnam at this instant ('yyyy-mm-dd'). */
export function vnDate(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The unit's own deadline when the requirement gives it one, otherwise the requirement's. */
export function effectiveDeadline(defaultDeadline: string, overrides: ReadonlyMap<number, string> | Record<number, string>, unitId: number): string {
  const own = overrides instanceof Map ? overrides.get(unitId) : (overrides as Record<number, string>)[unitId];
  return own ?? defaultDeadline;
}

/** Whole days from `asOf`'s Vietnamese date to the deadline: 0 on the day itself, negative once overdue. */
export function daysLeft(deadline: string, asOf: Date): number {
  return Math.round((Date.parse(deadline) - Date.parse(vnDate(asOf))) / DAY_MS);
}

/** Government task tracking: done on time, done late, not yet due, overdue. */
export type TrackingStatus = 'on_time' | 'late' | 'not_yet_due' | 'overdue';

/**
 * Decided by the FIRST submission against the unit's effective deadline: a return and a resubmission after the
 * deadline do not make an on-time unit late. A submission after `asOf` does not count yet (a report "as of" a date).
 */
export function trackingStatus(deadline: string, firstSubmittedAt: Date | null, asOf: Date): TrackingStatus {
  const due = endOfDayVn(deadline).getTime();
  if (firstSubmittedAt && firstSubmittedAt.getTime() <= asOf.getTime()) {
    return firstSubmittedAt.getTime() <= due ? 'on_time' : 'late';
  }
  return asOf.getTime() > due ? 'overdue' : 'not_yet_due';
}
