import { sql } from 'kysely';
import type { Actor, ChangeContext } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { RequirementKind, SubmissionRow, SubmissionStatus } from '../../db/schema.directing';
import { recordAudit } from '../audit/audit.queries';
import { dueEndSql, isTargetedSql } from '../requirements/requirements.targeting.queries';
import { unitIdWithinScope } from '../scope';
import type { TComment, TSubmission, TSubmissionVersion } from './submissions.schemas';

export type SubmissionWithUnit = SubmissionRow & { unit_name: string };

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toSubmissionDto(r: SubmissionWithUnit): TSubmission {
  return {
    id: r.id, requirementId: r.requirement_id, unitId: r.unit_id, unitName: r.unit_name, status: r.status, content: r.content,
    version: r.version, firstSubmittedAt: iso(r.first_submitted_at), submittedAt: iso(r.submitted_at), decidedAt: iso(r.decided_at), updatedAt: iso(r.updated_at)!,
  };
}

function base(db: Db | Trx, actor: Actor) {
  return db.selectFrom('submission').innerJoin('org_unit', 'org_unit.id', 'submission.unit_id')
    .selectAll('submission').select('org_unit.name as unit_name')
    .where(unitIdWithinScope(db, actor, 'submission.unit_id'));
}

/** A submission whose unit lies in the actor's scope (a unit user: their own unit's subtree). */
export async function findSubmission(db: Db | Trx, actor: Actor, id: number): Promise<SubmissionWithUnit | undefined> {
  return base(db, actor).where('submission.id', '=', id).executeTakeFirst();
}

/** Same, locked `for update` until the transaction ends: a decision and a resubmission never interleave. */
export async function lockSubmission(trx: Trx, actor: Actor, id: number): Promise<SubmissionWithUnit | undefined> {
  return base(trx, actor).where('submission.id', '=', id).forUpdate('submission').executeTakeFirst();
}

export async function findUnitSubmission(db: Db | Trx, actor: Actor, requirementId: number, unitId: number): Promise<SubmissionWithUnit | undefined> {
  return base(db, actor).where('submission.requirement_id', '=', requirementId).where('submission.unit_id', '=', unitId).executeTakeFirst();
}

/** Creates the draft unless one exists already (a concurrent first save): then nothing is written and undefined returned. */
export async function insertDraft(trx: Trx, ctx: ChangeContext, requirementId: number, unitId: number, content: unknown, now: Date): Promise<SubmissionWithUnit | undefined> {
  const row = await trx.insertInto('submission')
    .values({ requirement_id: requirementId, unit_id: unitId, content: JSON.stringify(content), created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['requirement_id', 'unit_id']).doNothing())
    // The whole row and its unit's name: what the answer shows, without reading it back after the commit.
    .returningAll().returning(sql<string>`(select name from org_unit where org_unit.id = submission.unit_id)`.as('unit_name'))
    .executeTakeFirst();
  if (row) await recordAudit(trx, ctx, { action: 'create', entity: 'submission', entityId: row.id, after: { requirementId, unitId, version: 1 } });
  return row;
}

/**
 * Optimistic lock: `update submission set …, version = version + 1 where id = $id and version = $v and status in (…)`.
 * Exactly one of N concurrent writers of version v matches and gets the new row; the others get undefined and nothing is written.
 */
export async function updateIfVersion(
  trx: Trx, id: number, version: number, from: readonly SubmissionStatus[],
  set: { content?: unknown; status?: SubmissionStatus; submitted_at?: Date; decided_at?: Date; decided_by?: number }, now: Date,
): Promise<SubmissionRow | undefined> {
  return trx.updateTable('submission')
    .set({
      ...(set.content !== undefined && { content: JSON.stringify(set.content) }),
      ...(set.status && { status: set.status }),
      ...(set.submitted_at && { submitted_at: set.submitted_at, first_submitted_at: sql<Date>`coalesce(first_submitted_at, ${set.submitted_at})` }),
      ...(set.decided_at && { decided_at: set.decided_at, decided_by: set.decided_by ?? null }),
      version: sql<number>`version + 1`,
      updated_at: now,
    })
    .where('id', '=', id).where('version', '=', version).where('status', 'in', [...from])
    .returningAll().executeTakeFirst();
}

export async function insertVersion(trx: Trx, submissionId: number, version: number, content: unknown, at: Date, userId: number): Promise<void> {
  await trx.insertInto('submission_version')
    .values({ submission_id: submissionId, version, content: JSON.stringify(content), submitted_at: at, submitted_by: userId }).execute();
}

export async function listVersions(db: Db, submissionId: number): Promise<TSubmissionVersion[]> {
  const rows = await db.selectFrom('submission_version as v').innerJoin('app_user as u', 'u.id', 'v.submitted_by')
    .select(['v.version', 'v.content', 'v.submitted_at', 'v.submitted_by', 'u.full_name'])
    .where('v.submission_id', '=', submissionId).orderBy('v.version').execute();
  return rows.map((r) => ({ version: r.version, content: r.content, submittedAt: iso(r.submitted_at)!, submittedBy: r.submitted_by, submittedByName: r.full_name }));
}

export async function insertComment(trx: Trx, ctx: ChangeContext & { actor: Actor }, submissionId: number, body: string, now: Date): Promise<void> {
  const { id } = await trx.insertInto('submission_comment')
    .values({ submission_id: submissionId, author_id: ctx.actor.userId, body, created_at: now }).returning('id').executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, { action: 'comment', entity: 'submission', entityId: submissionId, after: { commentId: id, body } });
}

export async function listComments(db: Db, submissionId: number): Promise<TComment[]> {
  const rows = await db.selectFrom('submission_comment as c').innerJoin('app_user as u', 'u.id', 'c.author_id')
    .select(['c.id', 'c.author_id', 'u.full_name', 'c.body', 'c.created_at'])
    .where('c.submission_id', '=', submissionId).orderBy('c.id').execute();
  return rows.map((r) => ({ id: r.id, authorId: r.author_id, authorName: r.full_name, body: r.body, createdAt: iso(r.created_at)! }));
}

export interface InboxRow {
  requirement_id: number; kind: RequirementKind;
  title: string; deadline: string; submission_id: number | null; submission_status: SubmissionStatus | null;
  version: number | null; first_submitted_at: Date | null;
}

/** The open requirements that target the unit, with its effective deadline and its submission, soonest due first. */
export async function inboxOf(db: Db, unitId: number): Promise<InboxRow[]> {
  const deadline = sql`coalesce(d.deadline, r.deadline)`;
  return db.selectFrom('requirement as r')
    .innerJoin('org_unit as me', (j) => j.on('me.id', '=', unitId))
    .leftJoin('requirement_deadline as d', (j) => j.onRef('d.requirement_id', '=', 'r.id').on('d.unit_id', '=', unitId))
    .leftJoin('submission as s', (j) => j.onRef('s.requirement_id', '=', 'r.id').on('s.unit_id', '=', unitId))
    .select(['r.id as requirement_id', 'r.kind', 'r.title', 's.id as submission_id', 's.status as submission_status', 's.version', 's.first_submitted_at',
      sql<string>`${deadline}::text`.as('deadline')])
    .where('r.status', '=', 'open')
    .where(isTargetedSql('me', sql.ref('r.id')))
    .orderBy(dueEndSql(deadline)).orderBy('r.id')
    .execute();
}
