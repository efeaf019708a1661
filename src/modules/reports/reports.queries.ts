import { sql } from 'kysely';
import type { Actor, ChangeContext } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { ReportTemplateKind } from '../../db/schema.reports';
import { recordAudit } from '../audit/audit.queries';
import { unitIdWithinScope } from '../scope';

/** The committee a report speaks for, and the Party body above it (for the letterhead). */
export interface Committee { id: number; name: string; code: string; parentName: string | null }

/**
 * The nearest Party committee (kind dang_uy) at or above the unit: a board's reports speak for the committee it
 * serves. Falls back to the unit itself when no committee lies above it (a deployment rooted elsewhere).
 */
export async function committeeOf(db: Db | Trx, unitId: number): Promise<Committee> {
  const row = await db.selectFrom('org_unit as u')
    .leftJoin('org_unit as c', (j) => j.on('c.kind', '=', 'dang_uy').on(sql<boolean>`u.path like c.path || '%'`))
    .leftJoin('org_unit as cp', (j) => j.on(sql<boolean>`cp.id = coalesce(c.parent_id, u.parent_id)`))
    .select([sql<number>`coalesce(c.id, u.id)`.as('id'), sql<string>`coalesce(c.name, u.name)`.as('name'),
      sql<string>`coalesce(c.code, u.code)`.as('code'), 'cp.name as parent_name'])
    .where('u.id', '=', unitId)
    // The deepest committee wins when committees nest (province → bloc).
    .orderBy(sql`c.depth desc nulls last`).limit(1).executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, code: row.code, parentName: row.parent_name };
}

export interface TemplateRow { body: string; updatedAt: Date; updatedBy: string | null }

export async function findTemplate(db: Db | Trx, unitId: number, kind: ReportTemplateKind): Promise<TemplateRow | undefined> {
  const row = await db.selectFrom('report_template as t').leftJoin('app_user as a', 'a.id', 't.updated_by')
    .select(['t.body', 't.updated_at', 'a.full_name']).where('t.unit_id', '=', unitId).where('t.kind', '=', kind).executeTakeFirst();
  return row && { body: row.body, updatedAt: new Date(row.updated_at), updatedBy: row.full_name };
}

/** Inserts or replaces the committee's wording, audited with the text before and after. */
export async function saveTemplate(trx: Trx, ctx: ChangeContext & { actor: Actor }, unitId: number, kind: ReportTemplateKind, body: string, now: Date): Promise<void> {
  const before = await trx.selectFrom('report_template').select(['id', 'body']).where('unit_id', '=', unitId).where('kind', '=', kind).forUpdate().executeTakeFirst();
  let id: number;
  if (before) {
    await trx.updateTable('report_template').set({ body, updated_by: ctx.actor.userId, updated_at: now }).where('id', '=', before.id).execute();
    id = before.id;
  } else {
    ({ id } = await trx.insertInto('report_template').values({ unit_id: unitId, kind, body, updated_by: ctx.actor.userId, updated_at: now }).returning('id').executeTakeFirstOrThrow());
  }
  await recordAudit(trx, ctx, {
    action: before ? 'update' : 'create', entity: 'report_template', entityId: id,
    before: before ? { unitId, kind, body: before.body } : undefined, after: { unitId, kind, body },
  });
}

export interface ReportDocument { id: number; symbol: string | null; type: string | null; issuedOn: string | null; issuerName: string | null; subject: string }

/** Documents by id, newest first (the caller has already scoped the ids through their requirements). */
export async function findDocuments(db: Db, ids: readonly number[]): Promise<ReportDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('document').select(['id', 'symbol', 'type', 'issuer_name', 'subject', sql<string | null>`issued_on::text`.as('issued_on')])
    .where('id', 'in', ids).orderBy('issued_on', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, symbol: r.symbol, type: r.type, issuedOn: r.issued_on, issuerName: r.issuer_name, subject: r.subject }));
}

export async function findDocument(db: Db, id: number): Promise<ReportDocument | undefined> {
  const r = await db.selectFrom('document').select(['id', 'symbol', 'type', 'issuer_name', 'subject', sql<string | null>`issued_on::text`.as('issued_on')])
    .where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, symbol: r.symbol, type: r.type, issuedOn: r.issued_on, issuerName: r.issuer_name, subject: r.subject };
}

export interface ModelExportRow {
  unit_name: string; name: string; level: 'khoi' | 'co_so'; field: string; year: number; first_year: number; continuing: boolean;
  person_in_charge: string; goals: string; evaluation: string | null; recognized: boolean | null; submitted_at: Date | null;
}

/** The Dân vận khéo models of the units in scope, one row per model and year, by unit then name. */
export async function modelRows(db: Db, actor: Actor, year: number | undefined): Promise<ModelExportRow[]> {
  return db.selectFrom('dvk_model_year as y')
    .innerJoin('dvk_model as m', 'm.id', 'y.model_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    // Left: a year imported from a spreadsheet has no submission behind it.
    .leftJoin('submission as s', 's.id', 'y.submission_id')
    .select(['u.name as unit_name', 'm.name', 'm.level', 'm.field', 'y.year', 'm.first_year', 'y.continuing', 'y.person_in_charge', 'y.goals',
      'y.evaluation', 'y.recognized', 's.first_submitted_at as submitted_at'])
    .where(unitIdWithinScope(db, actor, 'm.unit_id'))
    .$if(year !== undefined, (qb) => qb.where('y.year', '=', year!))
    .orderBy('y.year', 'desc').orderBy('u.name').orderBy('m.name')
    .execute();
}

export interface SteeringExportRow { unit_name: string; unit_code: string; name: string; position: string; committee_role: string; since: string; until: string | null }

/** Steering committee members (QCDC) of every unit in scope, current members first within each unit. */
export async function steeringRows(db: Db, actor: Actor): Promise<SteeringExportRow[]> {
  return db.selectFrom('steering_member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['u.name as unit_name', 'u.code as unit_code', 'm.name', 'm.position', 'm.committee_role',
      sql<string>`m.since::text`.as('since'), sql<string | null>`m.until::text`.as('until')])
    .where(unitIdWithinScope(db, actor, 'm.unit_id'))
    .orderBy('u.name').orderBy(sql`m.until is not null`).orderBy('m.id')
    .execute();
}
