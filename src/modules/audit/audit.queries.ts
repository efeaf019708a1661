import type { Actor } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { AuditEventRow } from '../../db/schema';
import type { TAuditEvent, TAuditPage, TAuditQuery } from './audit.schemas';

/**
 * Who acted and from where. Usually the request's ChangeContext; a login passes the account that
 * just proved who it is, since no session exists yet when the event is written.
 */
export interface AuditContext {
  actor: Pick<Actor, 'userId' | 'username'> | null;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one event; call it inside the transaction that makes the change, so both land or neither. */
export async function recordAudit(db: Db | Trx, ctx: AuditContext, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      actor_id: ctx.actor?.userId ?? null,
      actor_username: ctx.actor?.username ?? null,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId == null ? null : String(e.entityId),
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      ip: ctx.ip,
    })
    .execute();
}

type AuditFilter = Omit<TAuditQuery, 'page' | 'pageSize'>;

/** The events matching the filters (dates inclusive, Asia/Ho_Chi_Minh). */
function filtered(db: Db, q: AuditFilter) {
  return db
    .selectFrom('audit_event')
    .$if(q.username !== undefined, (qb) => qb.where('actor_username', '=', q.username!))
    .$if(q.entity !== undefined, (qb) => qb.where('entity', '=', q.entity!))
    .$if(q.entityId !== undefined, (qb) => qb.where('entity_id', '=', q.entityId!))
    .$if(q.from !== undefined, (qb) => qb.where('at', '>=', new Date(`${q.from}T00:00:00+07:00`)))
    .$if(q.to !== undefined, (qb) => qb.where('at', '<', new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000)));
}

function toEvent(r: AuditEventRow): TAuditEvent {
  return {
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorUsername: r.actor_username,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before ?? null,
    after: r.after ?? null,
    ip: r.ip,
  };
}

/** A page of events, newest first. */
export async function listAuditEvents(db: Db, q: TAuditQuery): Promise<TAuditPage> {
  const base = filtered(db, q);
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), items: rows.map(toEvent) };
}

/**
 * Every matching event, oldest first, in batches by id (keyset, not offset): an export of years of log
 * never holds more than one batch in memory, and events written meanwhile do not shift the batches.
 */
export async function* auditEventsInBatches(db: Db, q: AuditFilter, batch = 1000): AsyncGenerator<TAuditEvent[]> {
  let after = '0';
  for (;;) {
    const rows = await filtered(db, q).selectAll().where('id', '>', after).orderBy('id').limit(batch).execute();
    if (rows.length === 0) return;
    yield rows.map(toEvent);
    after = String(rows[rows.length - 1]!.id);
  }
}
