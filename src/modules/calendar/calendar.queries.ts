import { sql } from 'kysely';
import type { Db, Trx } from '../../db/connect';
import type { RequirementKind, SubmissionStatus } from '../../db/schema.directing';
import { dueEndSql, isTargetedSql } from '../requirements/requirements.targeting.queries';

export interface FeedUnit {
  unit_id: number;
  token_hash: string;
  name: string;
}

export interface FeedDeadlineRow {
  requirement_id: number;
  kind: RequirementKind;
  title: string;
  deadline: string;
  contact_name: string | null;
  contact_phone: string | null;
  submission_status: SubmissionStatus | null;
}

/** Creates the unit's feed or replaces its token (the old address stops working at once). */
export async function upsertFeed(trx: Trx, unitId: number, tokenHash: string, userId: number, now: Date): Promise<{ created_at: Date; replaced: boolean }> {
  const before = await trx.selectFrom('calendar_feed').select('unit_id').where('unit_id', '=', unitId).forUpdate().executeTakeFirst();
  const row = await trx.insertInto('calendar_feed')
    .values({ unit_id: unitId, token_hash: tokenHash, created_by: userId, created_at: now })
    .onConflict((oc) => oc.column('unit_id').doUpdateSet({ token_hash: tokenHash, created_by: userId, created_at: now }))
    .returning('created_at')
    .executeTakeFirstOrThrow();
  return { created_at: row.created_at, replaced: before !== undefined };
}

/** The feed whose token has this hash, with its unit's name; only active units have a feed that answers. */
export async function findFeedByHash(db: Db, tokenHash: string): Promise<FeedUnit | undefined> {
  return db.selectFrom('calendar_feed as f')
    .innerJoin('org_unit as u', 'u.id', 'f.unit_id')
    .select(['f.unit_id', 'f.token_hash', 'u.name'])
    .where('f.token_hash', '=', tokenHash)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

/** The open requirements targeting the unit, each with the unit's effective deadline (its override, else the common one). */
export async function openDeadlinesOf(db: Db, unitId: number): Promise<FeedDeadlineRow[]> {
  const deadline = sql`coalesce(d.deadline, r.deadline)`;
  return db.selectFrom('requirement as r')
    .innerJoin('org_unit as me', (j) => j.on('me.id', '=', unitId))
    .leftJoin('requirement_deadline as d', (j) => j.onRef('d.requirement_id', '=', 'r.id').on('d.unit_id', '=', unitId))
    .leftJoin('submission as s', (j) => j.onRef('s.requirement_id', '=', 'r.id').on('s.unit_id', '=', unitId))
    .select(['r.id as requirement_id', 'r.kind', 'r.title', 'r.contact_name', 'r.contact_phone', 's.status as submission_status',
      sql<string>`${deadline}::text`.as('deadline')])
    .where('r.status', '=', 'open')
    .where(isTargetedSql('me', sql.ref('r.id')))
    .orderBy(dueEndSql(deadline)).orderBy('r.id')
    .limit(1000)
    .execute();
}
