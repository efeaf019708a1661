import { sql } from 'kysely';
import type { Actor, ChangeContext } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { OrgUnitRow, UnitKind } from '../../db/schema';
import { childPath, depthOf } from '../../domain/org-tree';
import type { ExistingUnit } from '../../domain/unit-import';
import { cleanText, compareVi, searchKey } from '../../vn/text';
import { recordAudit } from '../audit/audit.queries';
import { pathWithinScope, unitWithinScope } from '../scope';
import type { TUnit, TUnitListQuery } from './units.schemas';

export type UnitRow = Pick<OrgUnitRow, 'id' | 'code' | 'name' | 'kind' | 'parent_id' | 'path' | 'depth' | 'active'>;
const UNIT_COLUMNS = ['org_unit.id', 'org_unit.code', 'org_unit.name', 'org_unit.kind', 'org_unit.parent_id', 'org_unit.path', 'org_unit.depth', 'org_unit.active'] as const;

/** Number of direct children: `(select count(*) from org_unit c where c.parent_id = org_unit.id)`. */
const childCount = sql<number>`(select count(*) from org_unit c where c.parent_id = org_unit.id)`.as('child_count');

function toUnitDto(r: UnitRow & { child_count: number | string }): TUnit {
  return { id: r.id, code: r.code, name: r.name, kind: r.kind, parentId: r.parent_id, depth: r.depth, active: r.active, childCount: Number(r.child_count) };
}

const byVietnameseName = (a: TUnit, b: TUnit) => compareVi(a.name, b.name);

/**
 * Units in the actor's subtree: children of `parentId`, or matches of `q` anywhere in it,
 * or, with neither, the top of the subtree. Sorted in Vietnamese order.
 */
export async function listUnits(db: Db, actor: Actor, f: TUnitListQuery): Promise<TUnit[]> {
  const key = f.q ? searchKey(f.q) : '';
  const rows = await db
    .selectFrom('org_unit')
    .select([...UNIT_COLUMNS, childCount])
    .$call((qb) => unitWithinScope(qb, actor))
    .$if(!f.includeInactive, (qb) => qb.where('org_unit.active', '=', true))
    .$if(f.kind !== undefined, (qb) => qb.where('org_unit.kind', '=', f.kind!))
    .$if(f.parentId !== undefined, (qb) => qb.where('org_unit.parent_id', '=', f.parentId!))
    .$if(key !== '', (qb) => qb.where('org_unit.search_key', 'like', `%${escapeLike(key)}%`))
    .$if(f.parentId === undefined && key === '' && f.kind === undefined, (qb) =>
      actor.scopePath === null ? qb.where('org_unit.parent_id', 'is', null) : qb.where('org_unit.path', '=', actor.scopePath!),
    )
    // search_key is close to Vietnamese order, so a cut-off page keeps the first names, not random ones.
    .orderBy('org_unit.search_key')
    .orderBy('org_unit.id')
    .limit(f.limit)
    .execute();
  return rows.map(toUnitDto).sort(byVietnameseName);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One unit if it lies in the actor's subtree. */
export async function findUnitById(db: Db | Trx, actor: Actor, id: number): Promise<UnitRow | undefined> {
  return db.selectFrom('org_unit').select(UNIT_COLUMNS).where('org_unit.id', '=', id).$call((qb) => unitWithinScope(qb, actor)).executeTakeFirst();
}

/**
 * A unit's path whoever asks: the one unscoped read of a unit, for a cache shared by all callers. Whoever uses it
 * must check the path against the caller's scope with pathWithinScope.
 */
export async function unitPathUnscoped(db: Db, id: number): Promise<string | undefined> {
  return (await db.selectFrom('org_unit').select('path').where('id', '=', id).executeTakeFirst())?.path;
}

export async function findUnitDto(db: Db, actor: Actor, id: number): Promise<TUnit | undefined> {
  const r = await db.selectFrom('org_unit').select([...UNIT_COLUMNS, childCount]).where('org_unit.id', '=', id).$call((qb) => unitWithinScope(qb, actor)).executeTakeFirst();
  return r ? toUnitDto(r) : undefined;
}

/** The unit's ancestors that the actor may see, root first (for the breadcrumb). */
export async function findAncestors(db: Db, actor: Actor, unit: UnitRow): Promise<TUnit[]> {
  const ids = unit.path.split('/').filter(Boolean).map(Number).slice(0, -1);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('org_unit').select([...UNIT_COLUMNS, childCount]).where('org_unit.id', 'in', ids).$call((qb) => unitWithinScope(qb, actor)).execute();
  return rows.map(toUnitDto).sort((a, b) => a.depth - b.depth);
}

/**
 * Units by id, locked `for update` until the transaction ends, in id order so that two
 * transactions locking the same units never wait on each other crosswise. Not scoped: check the scope after.
 */
export async function lockUnits(trx: Trx, ids: readonly number[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return trx.selectFrom('org_unit').select(UNIT_COLUMNS).where('org_unit.id', 'in', [...new Set(ids)]).orderBy('org_unit.id').forUpdate().execute();
}

export async function codeTaken(db: Db | Trx, code: string): Promise<boolean> {
  return (await db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export interface NewUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent: { id: number; path: string } | null;
}

/** Inserts the unit, then sets its path from its own id; audited. */
export async function insertUnit(trx: Trx, ctx: ChangeContext, u: NewUnit): Promise<UnitRow> {
  const name = cleanText(u.name);
  const { id } = await trx
    .insertInto('org_unit')
    .values({ code: u.code, name, search_key: searchKey(`${name} ${u.code}`), kind: u.kind, parent_id: u.parent?.id ?? null, path: '/', depth: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = childPath(u.parent?.path ?? null, id);
  const row = await trx
    .updateTable('org_unit')
    .set({ path, depth: depthOf(path) })
    .where('id', '=', id)
    .returning(UNIT_COLUMNS)
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, { action: 'create', entity: 'org_unit', entityId: id, after: { code: u.code, name, kind: u.kind, parentId: u.parent?.id ?? null } });
  return row;
}

export async function renameUnit(trx: Trx, ctx: ChangeContext, unit: UnitRow, name: string, now: Date): Promise<void> {
  const clean = cleanText(name);
  await trx.updateTable('org_unit').set({ name: clean, search_key: searchKey(`${clean} ${unit.code}`), updated_at: now }).where('id', '=', unit.id).execute();
  await recordAudit(trx, ctx, { action: 'rename', entity: 'org_unit', entityId: unit.id, before: { name: unit.name }, after: { name: clean } });
}

export async function changeUnitKind(trx: Trx, ctx: ChangeContext, unit: UnitRow, kind: UnitKind, now: Date): Promise<void> {
  await trx.updateTable('org_unit').set({ kind, updated_at: now }).where('id', '=', unit.id).execute();
  await recordAudit(trx, ctx, { action: 'update', entity: 'org_unit', entityId: unit.id, before: { kind: unit.kind }, after: { kind } });
}

export async function setUnitActive(trx: Trx, ctx: ChangeContext, unit: UnitRow, active: boolean, now: Date): Promise<void> {
  await trx.updateTable('org_unit').set({ active, updated_at: now }).where('id', '=', unit.id).execute();
  await recordAudit(trx, ctx, { action: active ? 'reactivate' : 'deactivate', entity: 'org_unit', entityId: unit.id, before: { active: unit.active }, after: { active } });
}

export async function countActiveChildren(db: Db | Trx, unitId: number): Promise<number> {
  const r = await db.selectFrom('org_unit').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', unitId).where('active', '=', true).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Moves the unit and its whole subtree under a new parent (or to the top) in one statement:
 * every path beginning with the old prefix gets the new one, depths shift by the same amount.
 */
export async function moveSubtree(trx: Trx, ctx: ChangeContext, unit: UnitRow, parent: { id: number; path: string } | null, now: Date): Promise<void> {
  const newPath = childPath(parent?.path ?? null, unit.id);
  const delta = depthOf(newPath) - unit.depth;
  // Lock the subtree first: this waits for anyone adding a unit under it (they lock the parent) to commit,
  // and the update below, a new statement with a new snapshot, then sees and moves their unit too.
  await trx.selectFrom('org_unit').select('id').where('path', 'like', `${unit.path}%`).forUpdate().execute();
  await trx.updateTable('org_unit').set({ parent_id: parent?.id ?? null, updated_at: now }).where('id', '=', unit.id).execute();
  await trx
    .updateTable('org_unit')
    .set({
      path: sql`${newPath} || substr(path, ${unit.path.length + 1})`,
      depth: sql`depth + ${delta}`,
    })
    .where('path', 'like', `${unit.path}%`)
    .execute();
  await recordAudit(trx, ctx, { action: 'move', entity: 'org_unit', entityId: unit.id, before: { parentId: unit.parent_id, path: unit.path }, after: { parentId: parent?.id ?? null, path: newPath } });
}

export type ExportRow = UnitRow & { parent_code: string | null };

/** All units of the actor's subtree (active ones unless asked), for export: parent code included, parents first. */
export async function listSubtreeForExport(db: Db, actor: Actor, opts: { includeInactive?: boolean } = {}): Promise<ExportRow[]> {
  return db
    .selectFrom('org_unit')
    .leftJoin('org_unit as p', 'p.id', 'org_unit.parent_id')
    .select([...UNIT_COLUMNS, 'p.code as parent_code'])
    .$call((qb) => unitWithinScope(qb, actor))
    .$if(!opts.includeInactive, (qb) => qb.where('org_unit.active', '=', true))
    .orderBy('org_unit.path')
    .execute();
}

/**
 * Existing units with these codes (any scope: codes are unique across the tree), by code.
 * With `lock`, inside an import's transaction, they are held `for share` so no one deactivates
 * or moves a parent between the check and the insert.
 */
export async function findUnitsByCodes(db: Db | Trx, codes: readonly string[], lock = false): Promise<Map<string, ExistingUnit>> {
  const found = new Map<string, ExistingUnit>();
  for (let i = 0; i < codes.length; i += 1000) {
    const rows = await db
      .selectFrom('org_unit')
      .select(['code', 'id', 'path', 'active'])
      .where('code', 'in', codes.slice(i, i + 1000))
      .$if(lock, (qb) => qb.forShare())
      .execute();
    for (const r of rows) found.set(r.code, { id: r.id, path: r.path, active: r.active });
  }
  return found;
}

/** One event for a whole import, next to the per-unit `create` events. */
export async function recordUnitImport(trx: Trx, ctx: ChangeContext, summary: { file: string; created: number }): Promise<void> {
  await recordAudit(trx, ctx, { action: 'import', entity: 'org_unit', after: summary });
}

export { pathWithinScope };
