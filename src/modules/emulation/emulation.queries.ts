import { sql } from 'kysely';
import type { Actor } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { RequirementKind, SubmissionStatus } from '../../db/schema.directing';
import type { EmulationCriterionKey } from '../../db/schema.models';
import { GRASSROOTS_KINDS } from '../../domain/org-tree';
import { visibleTo } from '../requirements/requirements.queries';
import { isTargetedSql } from '../requirements/requirements.targeting.queries';

/** All SQL of emulation scoring: the committee's criteria, and the facts of each unit in one query per kind of fact. */

export interface CriterionRow { key: EmulationCriterionKey; weight: number; target: number; enabled: boolean }

export async function loadCriteria(db: Db | Trx, committeeId: number, year: number): Promise<CriterionRow[]> {
  return db.selectFrom('emulation_criterion').select(['key', 'weight', 'target', 'enabled'])
    .where('committee_unit_id', '=', committeeId).where('year', '=', year).execute();
}

/** Replaces the committee's criteria for the year. */
export async function replaceCriteria(trx: Trx, committeeId: number, year: number, by: number, rows: readonly CriterionRow[]): Promise<void> {
  await trx.deleteFrom('emulation_criterion').where('committee_unit_id', '=', committeeId).where('year', '=', year).execute();
  await trx.insertInto('emulation_criterion')
    .values(rows.map((r) => ({ committee_unit_id: committeeId, year, key: r.key, weight: r.weight, target: r.target, enabled: r.enabled, updated_by: by })))
    .execute();
}

export async function unitName(db: Db | Trx, id: number): Promise<string> {
  return (await db.selectFrom('org_unit').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
}

export interface RankedUnitRow { id: number; code: string; name: string }

/** The active grassroots units of the caller's subtree (or of `under`'s subtree inside it). */
export async function grassrootsInScope(db: Db, actor: Actor, under: number | undefined): Promise<RankedUnitRow[]> {
  return db.selectFrom('org_unit').select(['id', 'code', 'name'])
    .where('active', '=', true).where('kind', 'in', [...GRASSROOTS_KINDS])
    .$if(actor.scopePath !== null, (qb) => qb.where('path', 'like', `${actor.scopePath}%`))
    .$if(under !== undefined, (qb) => qb.where('path', 'like', (eb) => eb.selectFrom('org_unit as p').where('p.id', '=', under!).select(sql<string>`p.path || '%'`.as('p'))))
    .execute();
}

export interface UnitRequirementRow {
  unit_id: number;
  requirement_id: number;
  kind: RequirementKind;
  deadline: string;
  submission_id: number | null;
  status: SubmissionStatus | null;
  created_at: Date | null;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  decided_at: Date | null;
}

/** Every (unit, requirement of the year) pair where the requirement targets the unit, with the unit's deadline and submission. */
export async function unitRequirements(db: Db, actor: Actor, unitIds: readonly number[], year: number): Promise<UnitRequirementRow[]> {
  if (unitIds.length === 0) return [];
  return db.selectFrom('requirement')
    .innerJoin('org_unit as u', (j) => j.on('u.id', 'in', [...unitIds]))
    .leftJoin('requirement_deadline as d', (j) => j.onRef('d.requirement_id', '=', 'requirement.id').onRef('d.unit_id', '=', 'u.id'))
    .leftJoin('submission as s', (j) => j.onRef('s.requirement_id', '=', 'requirement.id').onRef('s.unit_id', '=', 'u.id'))
    .select([
      'u.id as unit_id', 'requirement.id as requirement_id', 'requirement.kind',
      sql<string>`coalesce(d.deadline, requirement.deadline)::text`.as('deadline'),
      's.id as submission_id', 's.status', 's.created_at', 's.first_submitted_at', 's.submitted_at', 's.decided_at',
    ])
    .where('requirement.year', '=', year)
    .where(isTargetedSql('u', sql.ref('requirement.id')))
    .where(visibleTo(db, actor))
    .execute();
}

export interface ModelCountRow { unit_id: number; registered: number; recognized: number }

/** Per unit: its model years of the year, and how many of those were recognised as điển hình. */
export async function modelCounts(db: Db, unitIds: readonly number[], year: number): Promise<ModelCountRow[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.selectFrom('dvk_model as m')
    .innerJoin('dvk_model_year as y', 'y.model_id', 'm.id')
    .leftJoin('dvk_model_evaluation as e', (j) => j.onRef('e.model_id', '=', 'y.model_id').onRef('e.year', '=', 'y.year'))
    .where('m.unit_id', 'in', [...unitIds]).where('y.year', '=', year)
    .groupBy('m.unit_id')
    .select((eb) => ['m.unit_id', eb.fn.countAll<number>().as('registered'), eb.fn.countAll<number>().filterWhere('e.recognition', 'is not', null).as('recognized')])
    .execute();
  return rows.map((r) => ({ unit_id: r.unit_id, registered: Number(r.registered), recognized: Number(r.recognized) }));
}
