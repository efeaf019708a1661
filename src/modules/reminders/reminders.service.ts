import type { Actor } from '../../app/actor';
import { badRequest, conflict, notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import type { EmailStatus, ReminderChannel } from '../../db/schema.reminders';
import { vnDate } from '../../domain/due-dates';
import { formatDate } from '../../vn/dates';
import { recordAudit } from '../audit/audit.queries';
import { findRequirement } from '../requirements/requirements.queries';
import { progressUnits } from '../requirements/requirements.progress.queries';
import type { ActorContext } from '../requirements/requirements.service';
import type { TProgressUnit } from '../requirements/requirements.schemas';
import { inTransaction } from '../units/units.service';
import { renderReminderLetter } from './letter';
import { letterData, symbolSuffixOf } from './reminders.letter-data';
import * as q from './reminders.queries';
import type { TReminder, TReminderCreate, TReminderListQuery } from './reminders.schemas';
import { mailConfigured, sendMail } from './mail';

/** Not submitted yet, whether the deadline has passed or not: a reminder before the deadline is the usual case. */
const PENDING = new Set<TProgressUnit['tracking']>(['overdue', 'not_yet_due']);

/** The units to remind: the asked ones (each must be targeted and in scope), else every pending one. */
async function chooseUnits(db: Db, actor: Actor, requirementId: number, unitIds: readonly number[] | undefined, now: Date): Promise<TProgressUnit[]> {
  const targeted = await progressUnits(db, requirementId, { rootPath: actor.scopePath ?? '/', asOf: now }, undefined);
  if (!unitIds) return targeted.filter((u) => PENDING.has(u.tracking));
  const byId = new Map(targeted.map((u) => [u.id, u]));
  const unknown = unitIds.find((id) => !byId.has(id));
  if (unknown !== undefined) throw badRequest('UNKNOWN_UNIT', `Đơn vị có mã số ${unknown} không được giao yêu cầu này hoặc ngoài phạm vi của bạn.`);
  return [...new Set(unitIds)].map((id) => byId.get(id)!);
}

const channelsOf = (c: TReminderCreate['channels']): ReminderChannel[] =>
  ['in_app', ...(c.email ? ['email' as const] : []), ...(c.letter ? ['letter' as const] : [])];

/**
 * Records the reminder, its units and one notification per unit account in one transaction, with the audit event;
 * then e-mails each unit. Mail goes out after the commit, so a slow or broken mail server never loses the reminder:
 * each unit's result (sent / failed / skipped) is written as it comes.
 */
export async function createReminder(db: Db, ctx: ActorContext, body: TReminderCreate, now: Date): Promise<TReminder> {
  const req = await findRequirement(db, ctx.actor, body.requirementId);
  if (!req) throw notFound('Không tìm thấy yêu cầu.');
  if (req.status === 'closed') throw conflict('REQUIREMENT_CLOSED', 'Yêu cầu đã kết thúc, không cần đôn đốc nữa.');
  const units = await chooseUnits(db, ctx.actor, req.id, body.unitIds, now);
  if (units.length === 0) throw conflict('NOTHING_TO_REMIND', 'Mọi đơn vị được giao đã gửi; không còn đơn vị nào cần nhắc.');
  const accounts = await q.unitAccounts(db, units.map((u) => u.id));
  const mailTo = new Map(units.map((u) => [u.id, accounts.filter((a) => a.unit_id === u.id && a.email).map((a) => a.email!)]));
  const willMail = body.channels.email && mailConfigured();
  const initialStatus = (unitId: number): EmailStatus | null =>
    !body.channels.email ? null : willMail && mailTo.get(unitId)!.length > 0 ? null : 'skipped';
  const suffix = body.channels.letter && body.letterNumber ? symbolSuffixOf((await q.letterContext(db, req.id)).committeeName) : null;

  const id = await inTransaction(db, async (trx) => {
    const id = await q.insertReminder(trx, {
      requirement_id: req.id, created_by: ctx.actor.userId, channels: channelsOf(body.channels), message: body.message,
      letter_number: body.channels.letter ? body.letterNumber : null, letter_symbol: suffix ? `${body.letterNumber}-${suffix}` : null, created_at: now,
    });
    await q.insertRecipients(trx, id, units.map((u) => ({ unitId: u.id, deadline: u.deadline, emailStatus: initialStatus(u.id) })));
    const deadlineOf = new Map(units.map((u) => [u.id, u.deadline]));
    await q.insertNotifications(trx, accounts.map((a) => ({
      user_id: a.id, kind: 'reminder', title: `Đôn đốc: ${req.title}`, link: `/yeu-cau/${req.id}/nop`, // the unit's own form: the requirement page is for reviewers
      body: `Đơn vị chưa gửi kết quả. Hạn gửi: ${formatDate(deadlineOf.get(a.unit_id)!)}.${body.message ? ` ${body.message}` : ''}`,
    })));
    await recordAudit(trx, ctx, { action: 'create', entity: 'reminder', entityId: id, after: { requirementId: req.id, units: units.map((u) => u.id), channels: body.channels } });
    return id;
  });
  if (willMail) await mailUnits(db, id, req.title, units, mailTo, body.message);
  return (await q.listReminders(db, ctx.actor, { id }))[0]!;
}

async function mailUnits(db: Db, reminderId: number, title: string, units: readonly TProgressUnit[], mailTo: Map<number, string[]>, message: string): Promise<void> {
  for (const u of units) {
    const to = mailTo.get(u.id)!;
    if (to.length === 0) continue;
    const text = [`Kính gửi: ${u.name}.`, '', `Đơn vị chưa gửi kết quả thực hiện “${title}”. Hạn gửi: ${formatDate(u.deadline)}.`,
      ...(message ? ['', message] : []), '', 'Đề nghị đơn vị khẩn trương thực hiện và gửi kết quả đúng hạn.'].join('\n');
    const status = await sendMail({ to, subject: `Đôn đốc thực hiện: ${title}`, text }).then(() => 'sent' as const, () => 'failed' as const);
    await q.setEmailStatus(db, reminderId, u.id, status);
  }
}

export async function reminderHistory(db: Db, actor: Actor, f: TReminderListQuery): Promise<TReminder[]> {
  return q.listReminders(db, actor, f);
}

/** The công văn đôn đốc of one reminder, listing the reminded units the caller may see. */
export async function reminderLetter(db: Db, actor: Actor, id: number, signer?: { authority: string; position: string; name: string | null }): Promise<Buffer> {
  const [r] = await q.listReminders(db, actor, { id });
  if (!r) throw notFound('Không tìm thấy lần đôn đốc.');
  const context = await q.letterContext(db, r.requirementId);
  const number = r.letterSymbol ? r.letterSymbol.split('-')[0]! : null;
  return renderReminderLetter(letterData({
    context, units: r.recipients, date: vnDate(new Date(r.createdAt)), number, message: r.message, signer,
  }));
}
