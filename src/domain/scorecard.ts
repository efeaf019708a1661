import { daysLeft, type TrackingStatus, trackingStatus } from './due-dates';
import type { SubmissionStatus } from './submission-workflow';

/**
 * A unit's scorecard across requirements, in the states of government task tracking: done on time, done late,
 * overdue, not yet due. The SQL of the progress page (requirements.progress.queries.ts) is the twin of these rules.
 */

/** The timestamps a submission keeps; enough to tell its status at any past instant. */
export interface SubmissionTimes {
  status: SubmissionStatus;
  createdAt: Date;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
}

/**
 * The status the submission had at `asOf`. Accepted is final, and after the latest decision at most one
 * resubmission can follow, so the latest decision and the latest submission suffice.
 */
export function statusAsOf(s: SubmissionTimes, asOf: Date): SubmissionStatus | null {
  const t = asOf.getTime();
  const decided = s.decidedAt !== null && s.decidedAt.getTime() <= t;
  if (decided && s.status === 'accepted') return 'accepted';
  if (decided && (s.submittedAt === null || s.submittedAt.getTime() <= s.decidedAt!.getTime() || s.submittedAt.getTime() > t)) return 'returned';
  if (s.firstSubmittedAt !== null && s.firstSubmittedAt.getTime() <= t) return 'submitted';
  return s.createdAt.getTime() <= t ? 'draft' : null;
}

export interface ScorecardInput {
  requirementId: number;
  deadline: string;
  submission: (SubmissionTimes & { id: number }) | null;
}

export interface ScorecardLine {
  requirementId: number;
  deadline: string;
  tracking: TrackingStatus;
  /** Whole days to the deadline as of the date (negative once passed). */
  daysLeft: number;
  submissionId: number | null;
  submissionStatus: SubmissionStatus | null;
  firstSubmittedAt: Date | null;
}

/** One line per requirement: tracking by the first submission against the unit's effective deadline, all as of `asOf`. */
export function scorecardLine(i: ScorecardInput, asOf: Date): ScorecardLine {
  const s = i.submission;
  const first = s?.firstSubmittedAt && s.firstSubmittedAt.getTime() <= asOf.getTime() ? s.firstSubmittedAt : null;
  const status = s ? statusAsOf(s, asOf) : null;
  return {
    requirementId: i.requirementId, deadline: i.deadline, tracking: trackingStatus(i.deadline, first, asOf), daysLeft: daysLeft(i.deadline, asOf),
    submissionId: s && status !== null ? s.id : null, submissionStatus: status, firstSubmittedAt: first,
  };
}

export type ScorecardTotals = Record<'total' | 'onTime' | 'late' | 'overdue' | 'notYetDue', number>;

const KEY: Record<TrackingStatus, keyof ScorecardTotals> = { on_time: 'onTime', late: 'late', overdue: 'overdue', not_yet_due: 'notYetDue' };

/** How many lines are in each state. */
export function scorecardTotals(lines: readonly { tracking: TrackingStatus }[]): ScorecardTotals {
  const totals: ScorecardTotals = { total: lines.length, onTime: 0, late: 0, overdue: 0, notYetDue: 0 };
  for (const l of lines) totals[KEY[l.tracking]] += 1;
  return totals;
}
