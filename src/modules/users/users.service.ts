import type { ChangeContext } from '../../app/actor';
import { badRequest, conflict, notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import { isUniqueViolation } from '../../db/errors';
import { recordAudit } from '../audit/audit.queries';
import { endUserSessions, updatePassword } from '../auth/auth.queries';
import { assertPasswordAcceptable } from '../auth/auth.service';
import { hashPassword } from '../auth/password-hash';
import { findUnitById } from '../units/units.queries';
import { findUser, insertUser, updateUser, usernameTaken } from './users.queries';
import type { TUser, TUserCreate, TUserUpdate } from './users.schemas';

type AdminContext = ChangeContext & { actor: NonNullable<ChangeContext['actor']> };

function asAdmin(ctx: ChangeContext): AdminContext {
  if (!ctx.actor) throw new Error('actor required');
  return ctx as AdminContext;
}

async function assertUnitUsable(db: Db, ctx: AdminContext, unitId: number): Promise<void> {
  const unit = await findUnitById(db, ctx.actor, unitId);
  if (!unit) throw badRequest('UNKNOWN_UNIT', `Không tìm thấy đơn vị có mã số ${unitId}.`);
  if (!unit.active) throw badRequest('UNIT_INACTIVE', `Đơn vị "${unit.name}" đã ngừng hoạt động.`);
}

const taken = (username: string) => conflict('USERNAME_TAKEN', `Tên đăng nhập "${username}" đã được dùng.`);

export async function createUser(db: Db, ctx0: ChangeContext, body: TUserCreate): Promise<TUser> {
  const ctx = asAdmin(ctx0);
  await assertUnitUsable(db, ctx, body.unitId);
  assertPasswordAcceptable(body.password, body.username);
  if (await usernameTaken(db, body.username)) throw taken(body.username);
  const passwordHash = await hashPassword(body.password);
  const id = await db
    .transaction()
    .execute((trx) => insertUser(trx, ctx, { ...body, passwordHash, mustChangePassword: true }))
    // Two admins creating the same name at once: the check above passed for both, the unique index decides.
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw taken(body.username);
      throw err;
    });
  return (await findUser(db, ctx.actor, id))!;
}

export async function changeUser(db: Db, ctx0: ChangeContext, id: number, body: TUserUpdate, now: Date): Promise<TUser> {
  const ctx = asAdmin(ctx0);
  const before = await findUser(db, ctx.actor, id);
  if (!before) throw notFound('Không tìm thấy người dùng.');
  if (body.unitId !== undefined) await assertUnitUsable(db, ctx, body.unitId);
  if (id === ctx.actor.userId && (body.active === false || (body.role && body.role !== 'admin'))) {
    throw badRequest('SELF_LOCKOUT', 'Không thể tự vô hiệu hóa hoặc bỏ quyền quản trị của chính mình.');
  }
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, ctx, before, body, now);
    // A disabled account, or one whose role or unit changed, must sign in again with its new rights.
    if (body.active === false || body.role !== undefined || body.unitId !== undefined) await endUserSessions(trx, id, null, now);
  });
  return (await findUser(db, ctx.actor, id))!;
}

export async function resetPassword(db: Db, ctx0: ChangeContext, id: number, password: string, now: Date): Promise<void> {
  const ctx = asAdmin(ctx0);
  const user = await findUser(db, ctx.actor, id);
  if (!user) throw notFound('Không tìm thấy người dùng.');
  assertPasswordAcceptable(password, user.username);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await updatePassword(trx, id, hash, true, now);
    await endUserSessions(trx, id, null, now);
    // Never the password itself: only what the reset did to the account.
    await recordAudit(trx, ctx, {
      action: 'password_reset', entity: 'app_user', entityId: id,
      before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: true, sessionsEnded: true },
    });
  });
}
