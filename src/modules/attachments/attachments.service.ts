import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import { attachmentFileName, MAX_ATTACHMENT_BYTES, REFUSAL_MESSAGES, sniffFileKind } from '../../domain/file-kind';
import { canTransition, refusalMessage, type SubmissionStatus } from '../../domain/submission-workflow';
import { getBlob, putBlob, sha256Of } from '../files/files.queries';
import { lockSubmission } from '../submissions/submissions.queries';
import { type ActorContext, visibleSubmission } from '../submissions/submissions.service';
import * as q from './attachments.queries';
import type { TAttachment } from './attachments.schemas';

/** Files one submission may carry at a time: enough for a report and its evidence, bounded so a draft cannot hoard storage. */
export const MAX_ATTACHMENTS = 20;

/** Only the submission's own unit account adds or removes files, and only while it may edit (draft or returned). */
function assertWritable(s: { unit_id: number; status: SubmissionStatus }, actor: Actor): void {
  if (actor.role !== 'unit' || s.unit_id !== actor.unitId) throw forbidden('Chỉ đơn vị được giao mới thêm hoặc gỡ tệp đính kèm của bài nộp này.');
  if (!canTransition(s.status, 'edit', actor.role)) throw conflict('WRONG_STATUS', refusalMessage(s.status, 'edit'));
}

/** The one file of the request (field "file"), checked from its content: its bytes, media type and the name to keep. */
async function readAttachment(req: FastifyRequest): Promise<{ data: Buffer; mediaType: string; fileName: string }> {
  const file = await req.file();
  if (!file) throw badRequest('FILE_REQUIRED', 'Chưa chọn tệp để đính kèm (trường "file").');
  if (file.fieldname !== 'file') throw badRequest('FILE_REQUIRED', `Tệp phải gửi trong trường "file", không phải "${file.fieldname}".`);
  const data = await file.toBuffer();
  if (data.length > MAX_ATTACHMENT_BYTES) throw new AppError('FILE_TOO_LARGE', 413, 'Tệp tải lên vượt quá 20 MB.');
  const sniffed = sniffFileKind(data);
  if (sniffed.kind === null) {
    if (sniffed.refusal === 'empty') throw badRequest('FILE_EMPTY', REFUSAL_MESSAGES.empty);
    throw new AppError('FILE_TYPE_REFUSED', 415, REFUSAL_MESSAGES[sniffed.refusal]);
  }
  return { data, mediaType: sniffed.mediaType, fileName: attachmentFileName(file.filename, sniffed.kind) };
}

/**
 * Attaches the uploaded file to submission `id`. Scope, owner and status are checked before the upload is read
 * (a foreign id is a 404 whatever was sent), and again under the submission's row lock, so a file never lands
 * on a submission that was sent meanwhile. The bytes are stored once however many submissions carry them.
 */
export async function uploadAttachment(db: Db, ctx: ActorContext, id: number, req: FastifyRequest, now: Date): Promise<TAttachment> {
  assertWritable(await visibleSubmission(db, ctx.actor, id), ctx.actor);
  const file = await readAttachment(req);
  const attachmentId = await db.transaction().execute(async (trx) => {
    const s = await lockSubmission(trx, ctx.actor, id);
    if (!s) throw notFound('Không tìm thấy bài nộp.');
    assertWritable(s, ctx.actor);
    const requirement = await trx.selectFrom('requirement').select('status').where('id', '=', s.requirement_id).executeTakeFirstOrThrow();
    if (requirement.status === 'closed') throw conflict('REQUIREMENT_CLOSED', 'Yêu cầu đã kết thúc, không nhận thêm tệp đính kèm.');
    const current = await q.currentAttachments(trx, s.id, sha256Of(file.data));
    if (current.duplicate) throw conflict('DUPLICATE_ATTACHMENT', 'Tệp này đã được đính kèm vào bài nộp (cùng nội dung).');
    if (current.count >= MAX_ATTACHMENTS) throw conflict('TOO_MANY_ATTACHMENTS', `Mỗi bài nộp đính kèm tối đa ${MAX_ATTACHMENTS} tệp. Hãy gỡ bớt tệp không cần trước.`);
    const blob = await putBlob(trx, file.data, file.mediaType);
    return q.insertAttachment(trx, ctx, { submissionId: s.id, version: s.version, sha256: blob.sha256, fileName: file.fileName, mediaType: blob.mediaType, size: blob.size }, now);
  });
  return q.findAttachmentDto(db, attachmentId);
}

/** Takes a file off a draft or returned submission of the caller's own unit; a foreign id is a 404. */
export async function deleteAttachment(db: Db, ctx: ActorContext, id: number, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const found = await q.findAttachment(trx, ctx.actor, id);
    // Removed files stay readable for the versions that carried them, but are gone for whoever deletes.
    if (!found || found.removed_in_version !== null) throw notFound('Không tìm thấy tệp đính kèm.');
    const s = await lockSubmission(trx, ctx.actor, found.submission_id);
    if (!s) throw notFound('Không tìm thấy tệp đính kèm.');
    assertWritable(s, ctx.actor);
    await q.removeAttachment(trx, ctx, { ...found, submission_version: s.version }, now);
  });
}

/** The attachments of a submission the caller may see (now, or as submitted in `version`). */
export async function attachmentsOf(db: Db, actor: Actor, submissionId: number, version?: number): Promise<TAttachment[]> {
  const s = await visibleSubmission(db, actor, submissionId);
  return q.listAttachments(db, s.id, version);
}

/** The bytes of an attachment, for whoever may see its submission; anyone else gets the same 404 as for a missing id. */
export async function downloadAttachment(db: Db, actor: Actor, id: number): Promise<{ fileName: string; mediaType: string; data: Buffer }> {
  const a = await q.findAttachment(db, actor, id);
  const blob = a && (await getBlob(db, a.sha256));
  if (!a || !blob) throw notFound('Không tìm thấy tệp đính kèm.');
  return { fileName: a.file_name, mediaType: a.media_type, data: blob.data };
}

/**
 * `attachment; filename="Bao cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf` (RFC 6266 with RFC 5987):
 * browsers use the UTF-8 name, old clients the ASCII one with the diacritics folded away.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
