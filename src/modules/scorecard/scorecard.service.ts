import type { Actor } from '../../app/actor';
import { notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import { endOfDayVn, vnDate } from '../../domain/due-dates';
import { scorecardLine, scorecardTotals } from '../../domain/scorecard';
import { findUnitById } from '../units/units.queries';
import { scorecardRows } from './scorecard.queries';
import type { TScorecard, TScorecardItem, TScorecardQuery } from './scorecard.schemas';

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

/** A unit's scorecard: the unit in scope (a unit account: only its own), each requirement targeting it, the totals. */
export async function unitScorecard(db: Db, actor: Actor, unitId: number, query: TScorecardQuery, now: Date): Promise<TScorecard> {
  const unit = actor.role === 'unit' && unitId !== actor.unitId ? undefined : await findUnitById(db, actor, unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const asOf = query.asOf ? endOfDayVn(query.asOf) : now;
  const rows = await scorecardRows(db, actor, unit.id, query.year);
  const items = rows.map((r): TScorecardItem => {
    const submission = r.submission_id === null ? null : {
      id: r.submission_id, status: r.status!, createdAt: date(r.created_at)!, firstSubmittedAt: date(r.first_submitted_at),
      submittedAt: date(r.submitted_at), decidedAt: date(r.decided_at),
    };
    const line = scorecardLine({ requirementId: r.requirement_id, deadline: r.deadline, submission }, asOf);
    return {
      requirementId: r.requirement_id, kind: r.kind, title: r.title, year: r.year, requirementStatus: r.requirement_status,
      deadline: r.deadline, ownDeadline: r.own_deadline, tracking: line.tracking, daysLeft: line.daysLeft, submissionId: line.submissionId,
      submissionStatus: line.submissionStatus, firstSubmittedAt: line.firstSubmittedAt?.toISOString() ?? null,
    };
  });
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    asOf: query.asOf ?? vnDate(now), year: query.year ?? null, items, totals: scorecardTotals(items),
  };
}
