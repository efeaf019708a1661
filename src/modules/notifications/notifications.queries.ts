import type { Db } from '../../db/connect';
import type { NotificationRow } from '../../db/schema.reminders';
import type { TNotification, TNotificationList } from './notifications.schemas';

/**
 * A notification belongs to one account: every query is keyed by the caller's user id, which is stricter than the
 * unit scope (a staff member does not read a unit's notifications), so someone else's id is simply not found.
 */

const toDto = (r: NotificationRow): TNotification => ({
  id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link,
  readAt: r.read_at ? new Date(r.read_at).toISOString() : null, createdAt: new Date(r.created_at).toISOString(),
});

/** The newest 100 and the unread count, in one round trip each. */
export async function listNotifications(db: Db, userId: number): Promise<TNotificationList> {
  const [rows, unread] = await Promise.all([
    db.selectFrom('notification').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').limit(100).execute(),
    db.selectFrom('notification').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow(),
  ]);
  return { unread: Number(unread.n), items: rows.map(toDto) };
}

/** Marks one of the caller's notifications read (the first reading time is kept); undefined when not theirs. */
export async function markRead(db: Db, userId: number, id: number, now: Date): Promise<TNotification | undefined> {
  await db.updateTable('notification').set({ read_at: now }).where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).execute();
  const row = await db.selectFrom('notification').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row && toDto(row);
}
