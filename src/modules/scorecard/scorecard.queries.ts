import { sql } from 'kysely';
import type { Actor } from '../../app/actor';
import type { Db } from '../../db/connect';
import type { RequirementKind, SubmissionStatus } from '../../db/schema.directing';
import { visibleTo } from '../requirements/requirements.queries';
import { isTargetedSql } from '../requirements/requirements.targeting.queries';

export interface ScorecardRow {
  requirement_id: number;
  kind: RequirementKind;
  title: string;
  year: number;
  requirement_status: 'open' | 'closed';
  deadline: string;
  own_deadline: boolean;
  submission_id: number | null;
  status: SubmissionStatus | null;
  created_at: Date | null;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  decided_at: Date | null;
}

/**
 * Every requirement the actor may see that targets the unit, with the unit's effective deadline and the
 * timestamps of its submission, in one query; the states are decided by domain/scorecard.ts.
 */
export async function scorecardRows(db: Db, actor: Actor, unitId: number, year: number | undefined): Promise<ScorecardRow[]> {
  return db
    .selectFrom('requirement')
    .innerJoin('org_unit as u', (j) => j.on('u.id', '=', unitId))
    .leftJoin('requirement_deadline as d', (j) => j.onRef('d.requirement_id', '=', 'requirement.id').onRef('d.unit_id', '=', 'u.id'))
    .leftJoin('submission as s', (j) => j.onRef('s.requirement_id', '=', 'requirement.id').onRef('s.unit_id', '=', 'u.id'))
    .select([
      'requirement.id as requirement_id', 'requirement.kind', 'requirement.title', 'requirement.year', 'requirement.status as requirement_status',
      sql<string>`coalesce(d.deadline, requirement.deadline)::text`.as('deadline'),
      sql<boolean>`d.deadline is not null`.as('own_deadline'),
      's.id as submission_id', 's.status', 's.created_at', 's.first_submitted_at', 's.submitted_at', 's.decided_at',
    ])
    .where(isTargetedSql('u', sql.ref('requirement.id')))
    .where(visibleTo(db, actor))
    .$if(year !== undefined, (qb) => qb.where('requirement.year', '=', year!))
    .orderBy(sql`coalesce(d.deadline, requirement.deadline)`)
    .orderBy('requirement.id')
    .limit(2000)
    .execute();
}
