import type { Actor, ChangeContext } from '../../app/actor';
import { badRequest, conflict, notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import { isWithin } from '../../domain/org-tree';
import * as q from './units.queries';
import type { TUnit, TUnitCreate, TUnitUpdate } from './units.schemas';

type ActorContext = ChangeContext & { actor: Actor };

async function parentFor(db: Db, actor: Actor, parentId: number | null) {
  if (parentId === null) {
    if (actor.scopePath !== null) throw badRequest('PARENT_REQUIRED', 'Cần chọn đơn vị cấp trên.');
    return null;
  }
  const parent = await q.findUnitById(db, actor, parentId);
  if (!parent) throw badRequest('UNKNOWN_PARENT', `Không tìm thấy đơn vị cấp trên có mã số ${parentId}.`);
  if (!parent.active) throw badRequest('PARENT_INACTIVE', `Đơn vị cấp trên "${parent.name}" đã ngừng hoạt động.`);
  return parent;
}

export async function createUnit(db: Db, ctx: ActorContext, body: TUnitCreate): Promise<TUnit> {
  const parent = await parentFor(db, ctx.actor, body.parentId);
  if (await q.codeTaken(db, body.code)) throw conflict('CODE_TAKEN', `Mã đơn vị "${body.code}" đã được dùng.`);
  const row = await db.transaction().execute((trx) => q.insertUnit(trx, ctx, { ...body, parent }));
  return (await q.findUnitDto(db, ctx.actor, row.id))!;
}

/** Rename, change kind, move the whole subtree, deactivate or reactivate; all in one transaction. */
export async function updateUnit(db: Db, ctx: ActorContext, id: number, body: TUnitUpdate, now: Date): Promise<TUnit> {
  const unit = await q.findUnitById(db, ctx.actor, id);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  let newParent: Awaited<ReturnType<typeof parentFor>> | undefined;
  if (body.parentId !== undefined && body.parentId !== unit.parent_id) {
    newParent = await parentFor(db, ctx.actor, body.parentId);
    if (newParent && isWithin(newParent.path, unit.path)) {
      throw badRequest('MOVE_CYCLE', `Không thể chuyển "${unit.name}" vào chính nó hoặc một đơn vị trực thuộc nó.`);
    }
    if (ctx.actor.scopePath !== null && unit.path === ctx.actor.scopePath) {
      throw badRequest('MOVE_SCOPE_ROOT', 'Không thể chuyển đơn vị gốc trong phạm vi quản lý của bạn.');
    }
  }
  if (body.active === false && unit.active && (await q.countActiveChildren(db, unit.id)) > 0) {
    throw badRequest('HAS_ACTIVE_CHILDREN', `"${unit.name}" còn đơn vị trực thuộc đang hoạt động. Hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.`);
  }
  await db.transaction().execute(async (trx) => {
    if (body.name !== undefined && body.name !== unit.name) await q.renameUnit(trx, ctx, unit, body.name, now);
    if (body.kind !== undefined && body.kind !== unit.kind) await q.changeUnitKind(trx, ctx, unit, body.kind, now);
    if (newParent !== undefined) await q.moveSubtree(trx, ctx, unit, newParent, now);
    if (body.active !== undefined && body.active !== unit.active) await q.setUnitActive(trx, ctx, unit, body.active, now);
  });
  return (await q.findUnitDto(db, ctx.actor, id))!;
}
