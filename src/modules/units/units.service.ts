import type { Actor, ChangeContext } from '../../app/actor';
import { badRequest, conflict, notFound } from '../../app/errors';
import type { Db, Trx } from '../../db/connect';
import { isWithin } from '../../domain/org-tree';
import { cleanText } from '../../vn/text';
import * as q from './units.queries';
import type { TUnit, TUnitCreate, TUnitUpdate } from './units.schemas';

export type ActorContext = ChangeContext & { actor: Actor };
type Parent = { id: number; path: string } | null;

/**
 * Runs `fn` in a transaction; what another request did at the same moment becomes a 409, not a 500:
 * a code taken in between (unique violation) or two changes locking the same units crosswise.
 */
export async function inTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(fn);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === '23505') throw conflict('CODE_TAKEN', 'Mã đơn vị vừa được dùng cho một đơn vị khác. Hãy tải lại trang và thử lại.');
    if (code === '40P01' || code === '40001') throw conflict('CONCURRENT_CHANGE', 'Đơn vị đang được người khác thay đổi cùng lúc. Vui lòng thử lại.');
    throw err;
  }
}

/** The locked unit if it lies in the actor's subtree. */
function inScope(actor: Actor, row: q.UnitRow | undefined): q.UnitRow | undefined {
  return row && q.pathWithinScope(actor, row.path) ? row : undefined;
}

function checkParent(actor: Actor, parentId: number | null, parent: q.UnitRow | undefined): Parent {
  if (parentId === null) {
    if (actor.scopePath !== null) throw badRequest('PARENT_REQUIRED', 'Cần chọn đơn vị cấp trên.');
    return null;
  }
  if (!parent) throw badRequest('UNKNOWN_PARENT', `Không tìm thấy đơn vị cấp trên có mã số ${parentId}.`);
  if (!parent.active) throw badRequest('PARENT_INACTIVE', `Đơn vị cấp trên "${parent.name}" đã ngừng hoạt động.`);
  return parent;
}

export async function createUnit(db: Db, ctx: ActorContext, body: TUnitCreate): Promise<TUnit> {
  const row = await inTransaction(db, async (trx) => {
    // Locked, so the parent cannot be deactivated between this check and the insert.
    const [locked] = body.parentId === null ? [] : await q.lockUnits(trx, [body.parentId]);
    const parent = checkParent(ctx.actor, body.parentId, inScope(ctx.actor, locked));
    if (await q.codeTaken(trx, body.code)) throw conflict('CODE_TAKEN', `Mã đơn vị "${body.code}" đã được dùng.`);
    return q.insertUnit(trx, ctx, { ...body, parent });
  });
  return (await q.findUnitDto(db, ctx.actor, row.id))!;
}

/** The new parent when the body moves the unit, undefined when it does not; refuses a move into its own subtree. */
function moveTarget(actor: Actor, unit: q.UnitRow, parentId: number | null | undefined, locked: q.UnitRow[]): Parent | undefined {
  if (parentId === undefined || parentId === unit.parent_id) return undefined;
  const parent = checkParent(actor, parentId, inScope(actor, locked.find((u) => u.id === parentId)));
  if (parent && isWithin(parent.path, unit.path)) {
    throw badRequest('MOVE_CYCLE', `Không thể chuyển "${unit.name}" vào chính nó hoặc một đơn vị trực thuộc nó.`);
  }
  if (actor.scopePath !== null && unit.path === actor.scopePath) {
    throw badRequest('MOVE_SCOPE_ROOT', 'Không thể chuyển đơn vị gốc trong phạm vi quản lý của bạn.');
  }
  return parent;
}

/** An inactive parent never has active children: refuse deactivating a parent of active units, and reactivating under an inactive one. */
async function checkActivation(trx: Trx, unit: q.UnitRow, active: boolean | undefined, parentAfter: Parent | undefined): Promise<void> {
  if (active === undefined || active === unit.active) return;
  if (!active && (await q.countActiveChildren(trx, unit.id)) > 0) {
    throw badRequest('HAS_ACTIVE_CHILDREN', `"${unit.name}" còn đơn vị trực thuộc đang hoạt động. Hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.`);
  }
  // A new parent was checked active by checkParent; the current one is locked and read here.
  if (active && parentAfter === undefined && unit.parent_id !== null) {
    const [parent] = await q.lockUnits(trx, [unit.parent_id]);
    if (parent && !parent.active) {
      throw badRequest('PARENT_INACTIVE', `Đơn vị cấp trên "${parent.name}" đã ngừng hoạt động. Hãy cho đơn vị cấp trên hoạt động lại hoặc chuyển "${unit.name}" sang đơn vị khác trước.`);
    }
  }
}

/** Rename, change kind, move the whole subtree, deactivate or reactivate: checked and written in one transaction. */
export async function updateUnit(db: Db, ctx: ActorContext, id: number, body: TUnitUpdate, now: Date): Promise<TUnit> {
  await inTransaction(db, async (trx) => {
    const locked = await q.lockUnits(trx, body.parentId ? [id, body.parentId] : [id]);
    const unit = inScope(ctx.actor, locked.find((u) => u.id === id));
    if (!unit) throw notFound('Không tìm thấy đơn vị.');
    const newParent = moveTarget(ctx.actor, unit, body.parentId, locked);
    await checkActivation(trx, unit, body.active, newParent);
    if (body.name !== undefined && cleanText(body.name) !== unit.name) await q.renameUnit(trx, ctx, unit, body.name, now);
    if (body.kind !== undefined && body.kind !== unit.kind) await q.changeUnitKind(trx, ctx, unit, body.kind, now);
    if (newParent !== undefined) await q.moveSubtree(trx, ctx, unit, newParent, now);
    if (body.active !== undefined && body.active !== unit.active) await q.setUnitActive(trx, ctx, unit, body.active, now);
  });
  return (await q.findUnitDto(db, ctx.actor, id))!;
}
