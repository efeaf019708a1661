import { sql } from 'kysely';
import type { Db, Trx } from '../../db/connect';
import type { Role, UnitKind } from '../../db/schema';

export interface LoginUserRow {
  id: number;
  username: string;
  password_hash: string;
  active: boolean;
  failed_logins: number;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export async function findUserForLogin(db: Db, username: string): Promise<LoginUserRow | undefined> {
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'password_hash', 'active', 'failed_logins', 'locked_until', 'last_login_at', 'created_at', 'updated_at'])
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function setLoginFailures(db: Db, userId: number, failed: number, lockedUntil: Date | null): Promise<void> {
  await db.updateTable('app_user').set({ failed_logins: failed, locked_until: lockedUntil }).where('id', '=', userId).execute();
}

/** Disables every active account whose last activity (see session-policy lastActivity) is before the cutoff. */
export async function disableDormantAccounts(db: Db | Trx, cutoff: Date, now: Date): Promise<{ id: number; username: string }[]> {
  return db
    .updateTable('app_user')
    .set({ active: false, updated_at: now })
    .where('active', '=', true)
    .where(sql<Date>`greatest(coalesce(last_login_at, created_at), created_at, updated_at)`, '<', cutoff)
    .returning(['id', 'username'])
    .execute();
}

export async function disableAccount(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('app_user').set({ active: false, updated_at: now }).where('id', '=', userId).execute();
}

export async function markLoggedIn(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('app_user').set({ failed_logins: 0, locked_until: null, last_login_at: now }).where('id', '=', userId).execute();
}

export async function insertSession(db: Db, userId: number, tokenHash: string, now: Date, expiresAt: Date): Promise<number> {
  const row = await db
    .insertInto('user_session')
    .values({ user_id: userId, token_hash: tokenHash, created_at: now, last_seen_at: now, expires_at: expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface SessionActorRow {
  session_id: number;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  user_id: number;
  username: string;
  full_name: string;
  role: Role;
  user_active: boolean;
  must_change_password: boolean;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_kind: UnitKind;
  unit_path: string;
  parent_path: string | null;
}

/** The session, its user and the user's unit (with the parent's path, for the scope rule) in one query. */
export async function findSessionActor(db: Db, tokenHash: string): Promise<SessionActorRow | undefined> {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('org_unit as ou', 'ou.id', 'u.unit_id')
    .leftJoin('org_unit as parent', 'parent.id', 'ou.parent_id')
    .select([
      's.id as session_id', 's.created_at', 's.last_seen_at', 's.expires_at', 's.ended_at',
      'u.id as user_id', 'u.username', 'u.full_name', 'u.role', 'u.active as user_active', 'u.must_change_password',
      'ou.id as unit_id', 'ou.code as unit_code', 'ou.name as unit_name', 'ou.kind as unit_kind', 'ou.path as unit_path',
      'parent.path as parent_path',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst() as Promise<SessionActorRow | undefined>;
}

export async function touchSession(db: Db, sessionId: number, now: Date): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function endSession(db: Db, sessionId: number, now: Date): Promise<void> {
  await db.updateTable('user_session').set({ ended_at: now }).where('id', '=', sessionId).where('ended_at', 'is', null).execute();
}

/** Ends every live session of the user but one (pass null to end them all). */
export async function endUserSessions(db: Db, userId: number, except: number | null, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ ended_at: now })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .$if(except !== null, (qb) => qb.where('id', '<>', except!))
    .execute();
}

export async function findPasswordHash(db: Db, userId: number): Promise<string | undefined> {
  const row = await db.selectFrom('app_user').select('password_hash').where('id', '=', userId).executeTakeFirst();
  return row?.password_hash;
}

export async function updatePassword(db: Db, userId: number, hash: string, mustChange: boolean, now: Date): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ password_hash: hash, must_change_password: mustChange, password_changed_at: now, updated_at: now, failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}
