import { sql } from 'kysely';
import type { Actor } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import type { ModelField, ModelLevel } from '../../db/schema.directing';
import type { Recognition } from '../../db/schema.models';
import { searchKey } from '../../vn/text';
import { GRASSROOTS_KINDS } from '../../domain/org-tree';
import { unitIdWithinScope } from '../scope';
import type { TEvaluationInput, TModelListQuery } from './models.schemas';

/** All SQL of the Dân vận khéo registry. Every read goes through the caller's subtree (scope.ts). */

export interface ModelRow {
  id: number;
  name: string;
  level: ModelLevel;
  field: ModelField;
  first_year: number;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  years: number[] | null;
  recognition: Recognition | null;
}

/** Cap on the rows a list reads before sorting in Vietnamese order and paging in JS. */
const LIST_CAP = 20_000;

/** `case` ranking of a recognition level, so max() picks tỉnh over Khối over cơ sở. */
const RECOGNITION_RANK = sql<number>`max(case e.recognition when 'tinh' then 3 when 'khoi' then 2 when 'co_so' then 1 end)`;

function modelsInScope(db: Db | Trx, actor: Actor) {
  return db
    .selectFrom('dvk_model as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .where(unitIdWithinScope(db as Db, actor, 'm.unit_id'))
    .select([
      'm.id', 'm.name', 'm.level', 'm.field', 'm.first_year', 'm.unit_id', 'u.code as unit_code', 'u.name as unit_name',
      (eb) => eb.selectFrom('dvk_model_year as y').whereRef('y.model_id', '=', 'm.id').select(sql<number[]>`array_agg(y.year order by y.year)`.as('a')).as('years'),
      (eb) => eb.selectFrom('dvk_model_evaluation as e').whereRef('e.model_id', '=', 'm.id')
        .select(sql<Recognition | null>`(array[null, 'co_so', 'khoi', 'tinh'])[coalesce(${RECOGNITION_RANK}, 0) + 1]`.as('r')).as('recognition'),
    ]);
}

/** The models matching the filters, unsorted (the caller sorts in Vietnamese order). */
export async function listModels(db: Db, actor: Actor, q: TModelListQuery): Promise<ModelRow[]> {
  const key = q.q ? searchKey(q.q) : '';
  return modelsInScope(db, actor)
    .$if(q.unitId !== undefined, (qb) => qb.where('u.path', 'like', (eb) => eb.selectFrom('org_unit as p').where('p.id', '=', q.unitId!).select(sql<string>`p.path || '%'`.as('p'))))
    .$if(q.level !== undefined, (qb) => qb.where('m.level', '=', q.level!))
    .$if(q.field !== undefined, (qb) => qb.where('m.field', '=', q.field!))
    .$if(q.year !== undefined, (qb) => qb.where((eb) => eb.exists(eb.selectFrom('dvk_model_year as y').whereRef('y.model_id', '=', 'm.id').where('y.year', '=', q.year!).select('y.year'))))
    .$if(key !== '', (qb) => qb.where('m.name_key', 'like', `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))
    .$if(q.recognized !== undefined, (qb) => qb.where((eb) => {
      const recognised = eb.exists(eb.selectFrom('dvk_model_evaluation as e').whereRef('e.model_id', '=', 'm.id').where('e.recognition', 'is not', null).select('e.year'));
      return q.recognized === 'true' ? recognised : eb.not(recognised);
    }))
    .limit(LIST_CAP)
    .execute() as Promise<ModelRow[]>;
}

export async function findModel(db: Db | Trx, actor: Actor, id: number): Promise<ModelRow | undefined> {
  return modelsInScope(db, actor).where('m.id', '=', id).executeTakeFirst() as Promise<ModelRow | undefined>;
}

export interface ModelYearRow {
  year: number;
  continuing: boolean;
  goals: string;
  expected_results: string;
  person_in_charge: string;
  submission_id: number | null;
  achieved: boolean | null;
  score: number | null;
  notes: string | null;
  recognition: Recognition | null;
  evaluated_at: Date | null;
  evaluated_by: string | null;
}

/** The model's years, oldest first, each with its evaluation when one was made. */
export async function modelYears(db: Db | Trx, modelId: number): Promise<ModelYearRow[]> {
  return db
    .selectFrom('dvk_model_year as y')
    .leftJoin('dvk_model_evaluation as e', (j) => j.onRef('e.model_id', '=', 'y.model_id').onRef('e.year', '=', 'y.year'))
    .leftJoin('app_user as a', 'a.id', 'e.evaluated_by')
    .select([
      'y.year', 'y.continuing', 'y.goals', 'y.expected_results', 'y.person_in_charge', 'y.submission_id',
      'e.achieved', 'e.score', 'e.notes', 'e.recognition', 'e.evaluated_at', 'a.full_name as evaluated_by',
    ])
    .where('y.model_id', '=', modelId)
    .orderBy('y.year')
    .execute() as Promise<ModelYearRow[]>;
}

export async function hasModelYear(trx: Trx, modelId: number, year: number): Promise<boolean> {
  return (await trx.selectFrom('dvk_model_year').select('year').where('model_id', '=', modelId).where('year', '=', year).executeTakeFirst()) !== undefined;
}

export async function findEvaluationForUpdate(trx: Trx, modelId: number, year: number) {
  return trx.selectFrom('dvk_model_evaluation').select(['achieved', 'score', 'notes', 'recognition'])
    .where('model_id', '=', modelId).where('year', '=', year).forUpdate().executeTakeFirst();
}

/** Insert or replace the evaluation of one model year. */
export async function upsertEvaluation(trx: Trx, modelId: number, year: number, by: number, e: TEvaluationInput): Promise<void> {
  const values = { achieved: e.achieved, score: e.score, notes: e.notes, recognition: e.recognition, evaluated_by: by };
  await trx.insertInto('dvk_model_evaluation').values({ model_id: modelId, year, ...values })
    .onConflict((oc) => oc.columns(['model_id', 'year']).doUpdateSet({ ...values, evaluated_at: sql<Date>`now()` }))
    .execute();
  // Mirrored into the year row's own columns, which the model export of the reports module reads.
  const summary = [e.achieved ? 'Đạt' : 'Không đạt', e.score === null ? null : `${e.score} điểm`, e.notes || null].filter(Boolean).join(' — ');
  await trx.updateTable('dvk_model_year').set({ evaluation: summary, recognized: e.recognition !== null })
    .where('model_id', '=', modelId).where('year', '=', year).execute();
}

/** Units of the caller's subtree by code, for an import. */
export async function unitsByCode(db: Db | Trx, actor: Actor, codes: readonly string[]): Promise<Map<string, { id: number; name: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['id', 'code', 'name']).where('code', 'in', [...codes]).where('active', '=', true)
    .$if(actor.scopePath !== null, (qb) => qb.where('path', 'like', `${actor.scopePath}%`)).execute();
  return new Map(rows.map((r) => [r.code, { id: r.id, name: r.name }]));
}

export interface ExistingModel { id: number; unitId: number; nameKey: string; firstYear: number; years: number[] }

/** Models of these units, with their years: an import adds years to them or reports a duplicate. */
export async function modelsOfUnits(db: Db | Trx, unitIds: readonly number[]): Promise<ExistingModel[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.selectFrom('dvk_model as m').where('m.unit_id', 'in', [...unitIds])
    .select(['m.id', 'm.unit_id', 'm.name_key', 'm.first_year',
      (eb) => eb.selectFrom('dvk_model_year as y').whereRef('y.model_id', '=', 'm.id').select(sql<number[]>`array_agg(y.year)`.as('a')).as('years')])
    .execute();
  return rows.map((r) => ({ id: r.id, unitId: r.unit_id, nameKey: r.name_key, firstYear: r.first_year, years: (r.years as number[] | null) ?? [] }));
}

export async function insertModel(trx: Trx, m: { unitId: number; name: string; level: ModelLevel; field: ModelField; firstYear: number }): Promise<number> {
  const row = await trx.insertInto('dvk_model')
    .values({ unit_id: m.unitId, name: m.name, name_key: searchKey(m.name), level: m.level, field: m.field, first_year: m.firstYear })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A year imported without a registration submission; the model's first year moves back when the year is earlier. */
export async function insertModelYear(trx: Trx, y: { modelId: number; year: number; goals: string }): Promise<void> {
  const model = await trx.updateTable('dvk_model').set({ first_year: sql<number>`least(first_year, ${y.year})`, updated_at: sql<Date>`now()` })
    .where('id', '=', y.modelId).returning('first_year').executeTakeFirstOrThrow();
  await trx.insertInto('dvk_model_year')
    .values({ model_id: y.modelId, year: y.year, submission_id: null as unknown as number, continuing: y.year > model.first_year, goals: y.goals })
    .execute();
}

/** The code of one grassroots unit of the caller's subtree (else the caller's own unit), for the example row of the template. */
export async function exampleUnitCode(db: Db, actor: Actor): Promise<string> {
  const row = await db.selectFrom('org_unit').select('code').where('active', '=', true).where('kind', 'in', [...GRASSROOTS_KINDS])
    .$if(actor.scopePath !== null, (qb) => qb.where('path', 'like', `${actor.scopePath}%`)).orderBy('path').executeTakeFirst();
  return row?.code ?? (await db.selectFrom('org_unit').select('code').where('id', '=', actor.unitId).executeTakeFirstOrThrow()).code;
}
