import type { Actor, ChangeContext } from '../../app/actor';
import { AppError, conflict, forbidden, notFound } from '../../app/errors';
import type { Db, Trx } from '../../db/connect';
import type { SubmissionStatus } from '../../db/schema.directing';
import { daysLeft, trackingStatus, vnDate } from '../../domain/due-dates';
import { canTransition, nextStatus, refusalMessage, type SubmissionAction } from '../../domain/submission-workflow';
import { recordAudit } from '../audit/audit.queries';
import { findRequirement, type RequirementDates } from '../requirements/requirements.queries';
import { inTransaction } from '../units/units.service';
import { ZContentByKind } from './submissions.content.schemas';
import * as q from './submissions.queries';
import { recordModels, recordSteeringMembers } from './submissions.records.queries';
import type { TDraftSave, TInboxItem, TSubmission } from './submissions.schemas';

export type ActorContext = ChangeContext & { actor: Actor };

const STALE = 'Bài nộp đã được người khác sửa hoặc gửi trong lúc bạn đang soạn. Nội dung mới nhất được gửi kèm: hãy xem lại, gộp thay đổi của bạn rồi lưu lại.';

/** 409 carrying the stored submission, so the client merges instead of losing work. */
function stale(s: q.SubmissionWithUnit): AppError {
  return new AppError('STALE_VERSION', 409, STALE, { current: { version: s.version, status: s.status, content: s.content } });
}

/** The requirement as the unit user sees it: targeting their unit (else 404) and still open (else 409). */
async function openRequirementOf(db: Db | Trx, actor: Actor, requirementId: number): Promise<RequirementDates> {
  const req = await findRequirement(db, actor, requirementId);
  if (!req) throw notFound('Không tìm thấy yêu cầu.');
  if (req.status === 'closed') throw conflict('REQUIREMENT_CLOSED', 'Yêu cầu đã kết thúc, không nhận bài nộp nữa.');
  return req;
}

export async function inbox(db: Db, actor: Actor, now: Date): Promise<TInboxItem[]> {
  const rows = await q.inboxOf(db, actor.unitId);
  return rows.map((r) => ({
    requirementId: r.requirement_id, kind: r.kind, title: r.title, deadline: r.deadline, daysLeft: daysLeft(r.deadline, now),
    tracking: trackingStatus(r.deadline, r.first_submitted_at && new Date(r.first_submitted_at), now),
    submissionId: r.submission_id, submissionStatus: r.submission_status, version: r.version,
  }));
}

export async function ownSubmission(db: Db, actor: Actor, requirementId: number): Promise<TSubmission | null> {
  if (!(await findRequirement(db, actor, requirementId))) throw notFound('Không tìm thấy yêu cầu.');
  const s = await q.findUnitSubmission(db, actor, requirementId, actor.unitId);
  return s ? q.toSubmissionDto(s) : null;
}

/** Creates the draft (version 0) or saves over version v; a stale v is a 409 with the stored submission. */
export async function saveDraft(db: Db, ctx: ActorContext, requirementId: number, body: TDraftSave, now: Date): Promise<TSubmission> {
  const saved = await inTransaction(db, async (trx) => {
    await openRequirementOf(trx, ctx.actor, requirementId);
    // The first save tries the insert straight away; it does nothing when a draft exists (or a concurrent first save won).
    const created = body.version === 0 ? await q.insertDraft(trx, ctx, requirementId, ctx.actor.unitId, body.content, now) : undefined;
    if (created) return created;
    const existing = await q.findUnitSubmission(trx, ctx.actor, requirementId, ctx.actor.unitId);
    if (!existing) throw conflict('STALE_VERSION', STALE); // a version of a draft that does not exist
    if (!canTransition(existing.status, 'edit', ctx.actor.role)) throw conflict('WRONG_STATUS', refusalMessage(existing.status, 'edit'));
    const row = await q.updateIfVersion(trx, existing.id, body.version, ['draft', 'returned'], { content: body.content }, now);
    if (row === undefined) throw stale((await q.findSubmission(trx, ctx.actor, existing.id))!);
    await recordAudit(trx, ctx, { action: 'save_draft', entity: 'submission', entityId: existing.id, before: { version: body.version }, after: { version: row.version } });
    return { ...row, unit_name: existing.unit_name };
  });
  return q.toSubmissionDto(saved);
}

/**
 * One workflow step on submission `id` at `version`: checked against the role and the status (domain rule),
 * written with the optimistic lock, audited; `then` adds what the step leaves behind, in the same transaction.
 */
async function step(
  db: Db, ctx: ActorContext, id: number, version: number | null, action: SubmissionAction, now: Date,
  then: (trx: Trx, s: q.SubmissionWithUnit, newVersion: number) => Promise<void>,
): Promise<TSubmission> {
  const updated = await inTransaction(db, async (trx) => {
    const s = await q.lockSubmission(trx, ctx.actor, id);
    if (!s) throw notFound('Không tìm thấy bài nộp.');
    if (ctx.actor.role === 'unit' && s.unit_id !== ctx.actor.unitId) throw forbidden('Chỉ đơn vị được giao mới gửi được bài nộp này.');
    if (version !== null && version !== s.version) throw stale(s);
    if (!canTransition(s.status, action, ctx.actor.role)) throw conflict('WRONG_STATUS', refusalMessage(s.status, action));
    const to: SubmissionStatus = nextStatus(s.status, action);
    const decided = action === 'return' || action === 'accept';
    const set = { status: to, ...(action === 'submit' && { submitted_at: now }), ...(decided && { decided_at: now, decided_by: ctx.actor.userId }) };
    const row = await q.updateIfVersion(trx, id, s.version, [s.status], set, now);
    if (row === undefined) throw stale(s);
    await recordAudit(trx, ctx, { action, entity: 'submission', entityId: id, before: { status: s.status, version: s.version }, after: { status: to, version: row.version } });
    await then(trx, s, row.version);
    return { ...row, unit_name: s.unit_name };
  });
  return q.toSubmissionDto(updated);
}

/** Submits after checking the content strictly for its kind; keeps the version; records models or the steering committee. */
export async function submit(db: Db, ctx: ActorContext, id: number, version: number, now: Date): Promise<TSubmission> {
  return step(db, ctx, id, version, 'submit', now, async (trx, s, newVersion) => {
    // Still targeting the unit and open: a unit taken out of the targets (or deactivated) after saving cannot submit.
    const req = await openRequirementOf(trx, ctx.actor, s.requirement_id);
    const content = ZContentByKind[req.kind].parse(s.content);
    await q.insertVersion(trx, s.id, newVersion, content, now, ctx.actor.userId);
    if (req.kind === 'model_registration') await recordModels(trx, s, req.year, ZContentByKind.model_registration.parse(content).models);
    if (req.kind === 'democracy_plan') {
      await recordSteeringMembers(trx, s, newVersion, ZContentByKind.democracy_plan.parse(content).steeringMembers, vnDate(now));
    }
  });
}

export async function returnSubmission(db: Db, ctx: ActorContext, id: number, comment: string, now: Date): Promise<TSubmission> {
  return step(db, ctx, id, null, 'return', now, (trx, s) => q.insertComment(trx, ctx, s.id, comment, now));
}

export async function acceptSubmission(db: Db, ctx: ActorContext, id: number, now: Date): Promise<TSubmission> {
  return step(db, ctx, id, null, 'accept', now, async () => {});
}

export async function visibleSubmission(db: Db, actor: Actor, id: number): Promise<q.SubmissionWithUnit> {
  const s = await q.findSubmission(db, actor, id);
  if (!s) throw notFound('Không tìm thấy bài nộp.');
  return s;
}

export async function addComment(db: Db, ctx: ActorContext, id: number, body: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const s = await q.lockSubmission(trx, ctx.actor, id);
    if (!s) throw notFound('Không tìm thấy bài nộp.');
    await q.insertComment(trx, ctx, id, body, now);
  });
}
