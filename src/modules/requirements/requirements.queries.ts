import { type ExpressionBuilder, sql } from 'kysely';
import type { Actor, ChangeContext } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { DB } from '../../db/schema';
import type { RequirementRow, TargetRule } from '../../db/schema.directing';
import { recordAudit } from '../audit/audit.queries';
import { unitIdWithinScope } from '../scope';
import { isTargetedSql } from './requirements.targeting.queries';
import type { TRequirement, TRequirementDetail } from './requirements.schemas';

/** A requirement row with its dates as 'yyyy-mm-dd' text. */
export type RequirementDates = Omit<RequirementRow, 'deadline' | 'period_from' | 'period_to'> & { deadline: string; period_from: string | null; period_to: string | null };

const COLUMNS = [
  'requirement.id', 'requirement.document_id', 'requirement.kind', 'requirement.title', 'requirement.instructions', 'requirement.year',
  'requirement.responsible_unit_id', 'requirement.contact_name', 'requirement.contact_phone', 'requirement.status',
  'requirement.created_by', 'requirement.created_at', 'requirement.updated_at',
] as const;
const DATES = [
  sql<string>`requirement.deadline::text`.as('deadline'),
  sql<string | null>`requirement.period_from::text`.as('period_from'),
  sql<string | null>`requirement.period_to::text`.as('period_to'),
];

export function toRequirementDto(r: RequirementDates): TRequirement {
  return {
    id: r.id, documentId: r.document_id, kind: r.kind, title: r.title, instructions: r.instructions, deadline: r.deadline,
    periodFrom: r.period_from, periodTo: r.period_to, year: r.year, responsibleUnitId: r.responsible_unit_id,
    contactName: r.contact_name, contactPhone: r.contact_phone, status: r.status,
  };
}

/**
 * Who sees a requirement: a unit user when it targets their unit; staff, leaders and admins when the
 * responsible board lies in their scope, or when it targets a unit in their scope.
 */
export function visibleTo(db: Db | Trx, actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'requirement'>) => {
    const targetsOwnUnit = eb.exists(
      db.selectFrom('org_unit as me').select(sql.lit(1).as('x')).where('me.id', '=', actor.unitId).where(isTargetedSql('me', sql.ref('requirement.id'))),
    );
    if (actor.role === 'unit') return targetsOwnUnit;
    if (actor.scopePath === null) return eb.lit(true);
    // A target reaches into the scope when its root lies inside the scope (a subtree, a named unit) or when it
    // covers the whole scope (a rule rooted above it: a national requirement seen by a province's staff). A unit
    // named above the scope covers only itself: the province committee's own task is not the bloc's business.
    const scope = actor.scopePath;
    const targetsScope = eb.exists(
      db.selectFrom('requirement_target as rt').innerJoin('org_unit as root', 'root.id', 'rt.unit_id').select(sql.lit(1).as('x'))
        .where('rt.requirement_id', '=', sql.ref<number>('requirement.id'))
        .where((w) => w.or([
          w('root.path', 'like', `${scope}%`),
          w.and([w('rt.rule', '<>', 'unit'), w(sql.val(scope), 'like', sql<string>`root.path || '%'`)]),
        ])),
    );
    return eb.or([unitIdWithinScope(db, actor, 'requirement.responsible_unit_id')(eb), targetsScope]);
  };
}

export async function findRequirement(db: Db | Trx, actor: Actor, id: number): Promise<RequirementDates | undefined> {
  return db.selectFrom('requirement').select([...COLUMNS, ...DATES]).where('requirement.id', '=', id).where(visibleTo(db, actor)).executeTakeFirst();
}

/** Locked for the rest of the transaction, so two edits of one requirement queue up. Scoped like findRequirement. */
export async function lockRequirement(trx: Trx, actor: Actor, id: number): Promise<RequirementDates | undefined> {
  return trx.selectFrom('requirement').select([...COLUMNS, ...DATES]).where('requirement.id', '=', id).where(visibleTo(trx, actor)).forUpdate().executeTakeFirst();
}

export async function listRequirements(db: Db, actor: Actor, f: { status?: 'open' | 'closed'; kind?: RequirementRow['kind']; documentId?: number }): Promise<TRequirement[]> {
  const rows = await db
    .selectFrom('requirement')
    .select([...COLUMNS, ...DATES])
    .where(visibleTo(db, actor))
    .$if(f.status !== undefined, (qb) => qb.where('requirement.status', '=', f.status!))
    .$if(f.kind !== undefined, (qb) => qb.where('requirement.kind', '=', f.kind!))
    .$if(f.documentId !== undefined, (qb) => qb.where('requirement.document_id', '=', f.documentId!))
    .orderBy('requirement.deadline')
    .orderBy('requirement.id')
    .limit(1000)
    .execute();
  return rows.map(toRequirementDto);
}

export async function findTargetsAndOverrides(db: Db | Trx, id: number): Promise<Pick<TRequirementDetail, 'targets' | 'deadlineOverrides'>> {
  const [targets, overrides] = await Promise.all([
    db.selectFrom('requirement_target as t').innerJoin('org_unit as u', 'u.id', 't.unit_id')
      .select(['t.rule', 't.kind', 't.unit_id', 'u.name']).where('t.requirement_id', '=', id).orderBy('t.id').execute(),
    db.selectFrom('requirement_deadline as d').innerJoin('org_unit as u', 'u.id', 'd.unit_id')
      .select(['d.unit_id', 'u.name', sql<string>`d.deadline::text`.as('deadline')]).where('d.requirement_id', '=', id).orderBy('u.name').execute(),
  ]);
  return {
    targets: targets.map((t) => ({ rule: t.rule, kind: t.kind, unitId: t.unit_id, unitName: t.name })),
    deadlineOverrides: overrides.map((o) => ({ unitId: o.unit_id, unitName: o.name, deadline: o.deadline })),
  };
}

export interface RequirementValues {
  document_id: number | null; kind: RequirementRow['kind']; title: string; instructions: string; deadline: string;
  period_from: string | null; period_to: string | null; year: number; responsible_unit_id: number;
  contact_name: string | null; contact_phone: string | null;
}
export interface TargetValues { rule: TargetRule; kind: string | null; unit_id: number }

export async function insertRequirement(trx: Trx, ctx: ChangeContext & { actor: Actor }, v: RequirementValues): Promise<number> {
  const { id } = await trx.insertInto('requirement').values({ ...v, created_by: ctx.actor.userId }).returning('id').executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, { action: 'create', entity: 'requirement', entityId: id, after: v });
  return id;
}

export async function updateRequirementRow(trx: Trx, ctx: ChangeContext, before: RequirementDates, set: Partial<RequirementValues & { status: 'open' | 'closed' }>, now: Date): Promise<void> {
  if (Object.keys(set).length > 0) {
    await trx.updateTable('requirement').set({ ...set, updated_at: now }).where('id', '=', before.id).execute();
  }
  const was = Object.fromEntries(Object.keys(set).map((k) => [k, before[k as keyof RequirementDates]]));
  await recordAudit(trx, ctx, { action: set.status === 'closed' ? 'close' : 'update', entity: 'requirement', entityId: before.id, before: was, after: set });
}

/** Replaces the targeting rules; the effective target set follows from them at every read. */
export async function replaceTargets(trx: Trx, ctx: ChangeContext, id: number, targets: readonly TargetValues[]): Promise<void> {
  await trx.deleteFrom('requirement_target').where('requirement_id', '=', id).execute();
  await trx.insertInto('requirement_target').values(targets.map((t) => ({ ...t, requirement_id: id }))).execute();
  await recordAudit(trx, ctx, { action: 'set_targets', entity: 'requirement', entityId: id, after: targets });
}

export async function replaceDeadlineOverrides(trx: Trx, ctx: ChangeContext, id: number, overrides: readonly { unitId: number; deadline: string }[]): Promise<void> {
  await trx.deleteFrom('requirement_deadline').where('requirement_id', '=', id).execute();
  if (overrides.length > 0) {
    await trx.insertInto('requirement_deadline').values(overrides.map((o) => ({ requirement_id: id, unit_id: o.unitId, deadline: o.deadline }))).execute();
  }
  await recordAudit(trx, ctx, { action: 'set_deadlines', entity: 'requirement', entityId: id, after: overrides });
}

/** The units among `ids` that the actor may see, by id (for checking targets and overrides). */
export async function unitsInScope(db: Db | Trx, actor: Actor, ids: readonly number[]): Promise<Map<number, { id: number; path: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['id', 'path', 'name']).where('id', 'in', [...new Set(ids)])
    .where(unitIdWithinScope(db, actor, 'org_unit.id')).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The id of the unit at the top of the actor's scope (null for an admin, who sees every tree). */
export async function scopeRootId(db: Db | Trx, actor: Actor): Promise<number | null> {
  if (actor.scopePath === null) return null;
  const r = await db.selectFrom('org_unit').select('id').where('path', '=', actor.scopePath).executeTakeFirst();
  return r?.id ?? null;
}

/** The document exists in a register the actor may read (its committee lies in the actor's subtree). */
export async function documentVisible(db: Db | Trx, actor: Actor, id: number): Promise<boolean> {
  return (await db.selectFrom('document').select('id').where('id', '=', id)
    .where(unitIdWithinScope(db as Db, actor, 'document.owner_unit_id')).executeTakeFirst()) !== undefined;
}

/** Requirements of the document with this symbol key, for the progress command (not scoped: the CLI is the operator). */
export async function requirementsOfSymbol(db: Db, symbolKey: string): Promise<RequirementDates[]> {
  return db.selectFrom('requirement').innerJoin('document', 'document.id', 'requirement.document_id')
    .select([...COLUMNS, ...DATES]).where('document.symbol_key', '=', symbolKey).orderBy('requirement.id').execute();
}
