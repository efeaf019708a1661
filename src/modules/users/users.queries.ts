import { sql } from 'kysely';
import type { Actor, ChangeContext } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { AppUserRow } from '../../db/schema';
import { searchKey } from '../../vn/text';
import { recordAudit } from '../audit/audit.queries';
import type { TMe } from '../auth/auth.schemas';
import { unitIdWithinScope } from '../scope';
import type { TUser, TUserListQuery } from './users.schemas';

const USER_COLUMNS = [
  'u.id', 'u.username', 'u.full_name', 'u.role', 'u.unit_id', 'u.active', 'u.must_change_password', 'u.locked_until', 'u.last_login_at',
  'ou.name as unit_name',
] as const;

type UserListRow = Pick<AppUserRow, 'id' | 'username' | 'full_name' | 'role' | 'unit_id' | 'active' | 'must_change_password' | 'locked_until' | 'last_login_at'> & { unit_name: string };

function toUserDto(r: UserListRow): TUser {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    unitId: r.unit_id,
    unitName: r.unit_name,
    active: r.active,
    mustChangePassword: r.must_change_password,
    lockedUntil: r.locked_until ? new Date(r.locked_until).toISOString() : null,
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
  };
}

/** The signed-in user as `GET /api/auth/me` shows them. */
export async function findMe(db: Db, userId: number): Promise<TMe | undefined> {
  const r = await db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as ou', 'ou.id', 'u.unit_id')
    .select(['u.id', 'u.username', 'u.full_name', 'u.role', 'u.must_change_password', 'ou.id as unit_id', 'ou.code', 'ou.name', 'ou.kind'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    mustChangePassword: r.must_change_password,
    unit: { id: r.unit_id, code: r.code, name: r.name, kind: r.kind },
  };
}

/** Users whose unit lies in the actor's subtree, filtered, sorted by user name. */
export async function listUsers(db: Db, actor: Actor, f: TUserListQuery): Promise<TUser[]> {
  const key = f.q ? `%${searchKey(f.q)}%` : undefined;
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as ou', 'ou.id', 'u.unit_id')
    .select(USER_COLUMNS)
    .where(unitIdWithinScope(db, actor, 'u.unit_id'))
    .$if(f.role !== undefined, (qb) => qb.where('u.role', '=', f.role!))
    .$if(f.unitId !== undefined, (qb) => qb.where('u.unit_id', '=', f.unitId!))
    .$if(key !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb(sql`lower(u.username)`, 'like', key!),
          eb(sql`lower(u.full_name)`, 'like', `%${f.q!.toLowerCase()}%`),
          eb('ou.search_key', 'like', key!),
        ]),
      ),
    )
    .orderBy('u.username')
    .limit(5000)
    .execute();
  return rows.map(toUserDto);
}

export async function findUser(db: Db, actor: Actor, id: number): Promise<TUser | undefined> {
  const r = await db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as ou', 'ou.id', 'u.unit_id')
    .select(USER_COLUMNS)
    .where('u.id', '=', id)
    .where(unitIdWithinScope(db, actor, 'u.unit_id'))
    .executeTakeFirst();
  return r ? toUserDto(r) : undefined;
}

export async function usernameTaken(db: Db | Trx, username: string): Promise<boolean> {
  const r = await db.selectFrom('app_user').select('id').where(sql`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();
  return r !== undefined;
}

export interface NewUser {
  username: string;
  fullName: string;
  role: TUser['role'];
  unitId: number;
  passwordHash: string;
  mustChangePassword: boolean;
}

export async function insertUser(trx: Trx, ctx: ChangeContext, u: NewUser): Promise<number> {
  const row = await trx
    .insertInto('app_user')
    .values({
      username: u.username,
      full_name: u.fullName,
      role: u.role,
      unit_id: u.unitId,
      password_hash: u.passwordHash,
      must_change_password: u.mustChangePassword,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, {
    action: 'create', entity: 'app_user', entityId: row.id,
    after: { username: u.username, fullName: u.fullName, role: u.role, unitId: u.unitId },
  });
  return row.id;
}

export interface UserChanges {
  fullName?: string;
  role?: TUser['role'];
  unitId?: number;
  active?: boolean;
}

/** Applies the changes and audits the fields that changed, before and after. */
export async function updateUser(trx: Trx, ctx: ChangeContext, before: TUser, c: UserChanges, now: Date): Promise<void> {
  await trx
    .updateTable('app_user')
    .set({
      ...(c.fullName !== undefined && { full_name: c.fullName }),
      ...(c.role !== undefined && { role: c.role }),
      ...(c.unitId !== undefined && { unit_id: c.unitId }),
      ...(c.active !== undefined && { active: c.active }),
      updated_at: now,
    })
    .where('id', '=', before.id)
    .execute();
  const changed = Object.fromEntries(Object.entries(c).filter(([k, v]) => v !== undefined && before[k as keyof TUser] !== v));
  const was = Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof TUser]]));
  await recordAudit(trx, ctx, { action: c.active === false ? 'deactivate' : 'update', entity: 'app_user', entityId: before.id, before: was, after: changed });
}
