import { sql } from 'kysely';
import type { Actor } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { EmailStatus, ReminderChannel } from '../../db/schema.reminders';
import { unitIdWithinScope } from '../scope';
import { visibleTo } from '../requirements/requirements.queries';
import type { TReminder, TReminderListQuery } from './reminders.schemas';

export interface NewReminder {
  requirement_id: number;
  created_by: number;
  channels: ReminderChannel[];
  message: string;
  letter_number: string | null;
  letter_symbol: string | null;
  /** The app's clock, not the database's: the letter is dated by it and tests move it. */
  created_at: Date;
}

export async function insertReminder(trx: Trx, v: NewReminder): Promise<number> {
  // text[] is passed as an array literal so both drivers (pg and PGlite) bind it the same way.
  const row = await trx.insertInto('reminder')
    .values({ ...v, channels: sql<ReminderChannel[]>`${`{${v.channels.join(',')}}`}::text[]` })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRecipients(trx: Trx, reminderId: number, units: readonly { unitId: number; deadline: string; emailStatus: EmailStatus | null }[]): Promise<void> {
  await trx.insertInto('reminder_recipient')
    .values(units.map((u) => ({ reminder_id: reminderId, unit_id: u.unitId, deadline: u.deadline, email_status: u.emailStatus })))
    .execute();
}

export interface UnitAccount { id: number; unit_id: number; email: string | null }

/** The active unit accounts of these units: who gets the notification and the e-mail. */
export async function unitAccounts(db: Db | Trx, unitIds: readonly number[]): Promise<UnitAccount[]> {
  if (unitIds.length === 0) return [];
  return db.selectFrom('app_user').select(['id', 'unit_id', 'email'])
    .where('unit_id', 'in', [...unitIds]).where('role', '=', 'unit').where('active', '=', true).orderBy('id').execute();
}

export async function insertNotifications(trx: Trx, rows: readonly { user_id: number; kind: string; title: string; body: string; link: string | null }[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('notification').values([...rows]).execute();
}

export async function setEmailStatus(db: Db, reminderId: number, unitId: number, status: EmailStatus): Promise<void> {
  await db.updateTable('reminder_recipient').set({ email_status: status }).where('reminder_id', '=', reminderId).where('unit_id', '=', unitId).execute();
}

/**
 * Reminders the actor may see, newest first: the requirement is visible to them and at least one reminded unit is
 * in their subtree; only those units are listed (a unit account sees its own line, not its siblings').
 */
export async function listReminders(db: Db, actor: Actor, f: TReminderListQuery & { id?: number }): Promise<TReminder[]> {
  const inScope = unitIdWithinScope(db, actor, 'rr.unit_id');
  const rows = await db.selectFrom('reminder')
    .innerJoin('requirement', 'requirement.id', 'reminder.requirement_id')
    .innerJoin('app_user as by', 'by.id', 'reminder.created_by')
    .select(['reminder.id', 'reminder.requirement_id', 'requirement.title', 'by.full_name', 'reminder.channels', 'reminder.message',
      'reminder.letter_symbol', 'reminder.created_at'])
    .where(visibleTo(db, actor))
    .where((eb) => eb.exists(eb.selectFrom('reminder_recipient as rr').select(sql.lit(1).as('x'))
      .whereRef('rr.reminder_id', '=', 'reminder.id').where(inScope)
      .$if(f.unitId !== undefined, (qb) => qb.where('rr.unit_id', '=', f.unitId!))))
    .$if(f.id !== undefined, (qb) => qb.where('reminder.id', '=', f.id!))
    .$if(f.requirementId !== undefined, (qb) => qb.where('reminder.requirement_id', '=', f.requirementId!))
    .orderBy('reminder.id', 'desc').limit(500).execute();
  if (rows.length === 0) return [];
  const recipients = await db.selectFrom('reminder_recipient as rr').innerJoin('org_unit as u', 'u.id', 'rr.unit_id')
    .select(['rr.reminder_id', 'rr.unit_id', 'u.code', 'u.name', sql<string>`rr.deadline::text`.as('deadline'), 'rr.email_status'])
    .where('rr.reminder_id', 'in', rows.map((r) => r.id)).where(inScope)
    .orderBy('rr.deadline').orderBy('u.name').execute();
  return rows.map((r) => ({
    id: r.id, requirementId: r.requirement_id, requirementTitle: r.title, createdBy: r.full_name, channels: parseChannels(r.channels),
    message: r.message, letterSymbol: r.letter_symbol, createdAt: new Date(r.created_at).toISOString(),
    recipients: recipients.filter((x) => x.reminder_id === r.id)
      .map((x) => ({ unitId: x.unit_id, unitCode: x.code, unitName: x.name, deadline: x.deadline, emailStatus: x.email_status })),
  }));
}

/** PGlite and pg both parse text[] to arrays, but an unparsed '{a,b}' literal is tolerated too. */
function parseChannels(v: unknown): ReminderChannel[] {
  if (Array.isArray(v)) return v as ReminderChannel[];
  return String(v).replace(/^\{|\}$/g, '').split(',').filter(Boolean) as ReminderChannel[];
}

export interface LetterContext {
  requirementTitle: string;
  requirementDeadline: string;
  documentSymbol: string | null;
  documentDate: string | null;
  documentSubject: string | null;
  documentIssuer: string | null;
  /** The nearest Party committee (dang_uy) at or above the responsible board, and the body above it. */
  committeeName: string | null;
  committeeCode: string | null;
  parentName: string | null;
  responsibleName: string;
}

/** What the letter cites: the requirement, its directive, and the committee issuing the letter. */
export async function letterContext(db: Db, requirementId: number): Promise<LetterContext> {
  const r = await db.selectFrom('requirement')
    .innerJoin('org_unit as resp', 'resp.id', 'requirement.responsible_unit_id')
    .leftJoin('document as d', 'd.id', 'requirement.document_id')
    .leftJoin('org_unit as c', (j) => j.on('c.kind', '=', 'dang_uy').on(sql<boolean>`resp.path like c.path || '%'`))
    .leftJoin('org_unit as cp', 'cp.id', 'c.parent_id')
    .select(['requirement.title', sql<string>`requirement.deadline::text`.as('deadline'), 'd.symbol', sql<string | null>`d.issued_on::text`.as('issued_on'),
      'd.subject', 'd.issuer_name', 'c.name as committee_name', 'c.code as committee_code', 'cp.name as parent_name', 'resp.name as resp_name'])
    .where('requirement.id', '=', requirementId)
    // The deepest committee wins when committees nest (province → bloc).
    .orderBy(sql`c.depth desc nulls last`).limit(1).executeTakeFirstOrThrow();
  return {
    requirementTitle: r.title, requirementDeadline: r.deadline, documentSymbol: r.symbol, documentDate: r.issued_on, documentSubject: r.subject,
    documentIssuer: r.issuer_name, committeeName: r.committee_name, committeeCode: r.committee_code, parentName: r.parent_name, responsibleName: r.resp_name,
  };
}
