import type { Actor, ChangeContext } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { SubmissionAttachmentRow } from '../../db/schema.attachments';
import { recordAudit } from '../audit/audit.queries';
import { unitIdWithinScope } from '../scope';
import type { TAttachment } from './attachments.schemas';

/** An attachment with what a route needs to decide: its submission's unit, status and version. */
export type AttachmentInScope = SubmissionAttachmentRow & { unit_id: number; status: string; submission_version: number };

function listBase(db: Db) {
  return db.selectFrom('submission_attachment as a').innerJoin('app_user as u', 'u.id', 'a.uploaded_by')
    .select(['a.id', 'a.submission_id', 'a.file_name', 'a.media_type', 'a.size', 'a.sha256', 'a.uploaded_by', 'u.full_name', 'a.created_at']);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listBase>['execute']>>[number];
const toDto = (r: ListRow): TAttachment => ({
  id: r.id, submissionId: r.submission_id, fileName: r.file_name, mediaType: r.media_type, size: r.size, sha256: r.sha256,
  uploadedBy: r.uploaded_by, uploadedByName: r.full_name, createdAt: new Date(r.created_at).toISOString(),
});

/** The files attached now, or those submitted version `version` carried (see migration 0005). Scope is the caller's job. */
export async function listAttachments(db: Db, submissionId: number, version?: number): Promise<TAttachment[]> {
  const rows = await listBase(db).where('a.submission_id', '=', submissionId)
    .$if(version === undefined, (qb) => qb.where('a.removed_in_version', 'is', null))
    .$if(version !== undefined, (qb) => qb.where('a.added_in_version', '<', version!)
      .where((eb) => eb.or([eb('a.removed_in_version', 'is', null), eb('a.removed_in_version', '>=', version!)])))
    .orderBy('a.id').execute();
  return rows.map(toDto);
}

export async function findAttachmentDto(db: Db, id: number): Promise<TAttachment> {
  return toDto(await listBase(db).where('a.id', '=', id).executeTakeFirstOrThrow());
}

/** An attachment whose submission's unit lies in the actor's scope, exactly as for the submission itself; else undefined. */
export async function findAttachment(db: Db | Trx, actor: Actor, id: number): Promise<AttachmentInScope | undefined> {
  return db.selectFrom('submission_attachment as a').innerJoin('submission', 'submission.id', 'a.submission_id')
    .selectAll('a').select(['submission.unit_id', 'submission.status', 'submission.version as submission_version'])
    .where('a.id', '=', id).where(unitIdWithinScope(db, actor, 'submission.unit_id'))
    .executeTakeFirst();
}

/** Attachments still attached to the submission, and whether this file is one of them. */
export async function currentAttachments(trx: Trx, submissionId: number, sha256: string): Promise<{ count: number; duplicate: boolean }> {
  const rows = await trx.selectFrom('submission_attachment').select('sha256')
    .where('submission_id', '=', submissionId).where('removed_in_version', 'is', null).execute();
  return { count: rows.length, duplicate: rows.some((r) => r.sha256 === sha256) };
}

export interface NewAttachment {
  submissionId: number; version: number; sha256: string; fileName: string; mediaType: string; size: number;
}

export async function insertAttachment(trx: Trx, ctx: ChangeContext & { actor: Actor }, a: NewAttachment, now: Date): Promise<number> {
  const { id } = await trx.insertInto('submission_attachment').values({
    submission_id: a.submissionId, sha256: a.sha256, file_name: a.fileName, media_type: a.mediaType, size: a.size,
    uploaded_by: ctx.actor.userId, created_at: now, added_in_version: a.version,
  }).returning('id').executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, {
    action: 'attach', entity: 'submission', entityId: a.submissionId, after: { attachmentId: id, fileName: a.fileName, sha256: a.sha256, size: a.size },
  });
  return id;
}

/**
 * Takes the file off the submission. A file no submitted version carried leaves no trace (its row is deleted);
 * one a version carried keeps its row, marked removed at the current version, so that version still shows it.
 */
export async function removeAttachment(trx: Trx, ctx: ChangeContext & { actor: Actor }, a: AttachmentInScope, now: Date): Promise<void> {
  const sent = await trx.selectFrom('submission_version').select('version')
    .where('submission_id', '=', a.submission_id).where('version', '>', a.added_in_version).executeTakeFirst();
  if (sent) {
    await trx.updateTable('submission_attachment')
      .set({ removed_in_version: a.submission_version, removed_by: ctx.actor.userId, removed_at: now }).where('id', '=', a.id).execute();
  } else {
    await trx.deleteFrom('submission_attachment').where('id', '=', a.id).execute();
  }
  await recordAudit(trx, ctx, {
    action: 'detach', entity: 'submission', entityId: a.submission_id, before: { attachmentId: a.id, fileName: a.file_name, sha256: a.sha256, kept: Boolean(sent) },
  });
}
