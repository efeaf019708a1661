import { sql } from 'kysely';
import type { Trx } from '../../db/connect';
import { searchKey } from '../../vn/text';
import type { TDvkModel, TSteeringMember } from './submissions.content.schemas';

/**
 * What a submitted answer leaves behind outside the submission: the unit's Dân vận khéo models (one model across
 * years, matched by unit and folded name) and its QCDC steering committee (members come and go, history kept).
 */

/** The models of this submission for `year`: each model upserted, then its year row replaced. */
export async function recordModels(trx: Trx, s: { id: number; unit_id: number }, year: number, models: readonly TDvkModel[]): Promise<void> {
  await recordModelsOf(trx, [{ submission: s, year, models }]);
}

/**
 * The same for many submissions in three statements whatever their number (the demo seed records a whole year at once):
 * the year rows of these submissions dropped, every model upserted by (unit, folded name), every year row upserted.
 * A name listed twice by one submission counts once, the later entry winning, as row-by-row upserts would.
 */
export async function recordModelsOf(trx: Trx, items: readonly { submission: { id: number; unit_id: number }; year: number; models: readonly TDvkModel[] }[]): Promise<void> {
  if (items.length === 0) return;
  await trx.deleteFrom('dvk_model_year').where('submission_id', 'in', items.map((i) => i.submission.id)).execute();
  const rows = new Map<string, { unitId: number; submissionId: number; year: number; m: TDvkModel; nameKey: string }>();
  for (const { submission: s, year, models } of items) {
    for (const m of models) rows.set(`${s.unit_id}|${year}|${searchKey(m.name)}`, { unitId: s.unit_id, submissionId: s.id, year, m, nameKey: searchKey(m.name) });
  }
  if (rows.size === 0) return;
  const list = [...rows.values()];
  const firstYear = (r: (typeof list)[number]) => (r.m.continuingFromYear !== null && r.m.continuingFromYear < r.year ? r.m.continuingFromYear : r.year);
  // One upsert per (unit, name): two years of the same model in one batch would make Postgres update a row twice.
  const models = new Map(list.map((r) => [`${r.unitId}|${r.nameKey}`, r]));
  const ids = await trx.insertInto('dvk_model')
    .values([...models.values()].map((r) => ({ unit_id: r.unitId, name: r.m.name, name_key: r.nameKey, level: r.m.level, field: r.m.field, first_year: Math.min(...list.filter((x) => x.unitId === r.unitId && x.nameKey === r.nameKey).map(firstYear)) })))
    .onConflict((oc) => oc.columns(['unit_id', 'name_key']).doUpdateSet((eb) => ({
      name: eb.ref('excluded.name'), level: eb.ref('excluded.level'), field: eb.ref('excluded.field'),
      first_year: sql<number>`least(dvk_model.first_year, excluded.first_year)`, updated_at: sql<Date>`now()`,
    })))
    .returning(['id', 'unit_id', 'name_key']).execute();
  const idOf = new Map(ids.map((r) => [`${r.unit_id}|${r.name_key}`, r.id]));
  await trx.insertInto('dvk_model_year')
    .values(list.map((r) => ({
      model_id: idOf.get(`${r.unitId}|${r.nameKey}`)!, year: r.year, submission_id: r.submissionId, continuing: firstYear(r) < r.year,
      goals: r.m.goals, content_and_method: r.m.contentAndMethod, expected_results: r.m.expectedResults, person_in_charge: r.m.personInCharge,
    })))
    .onConflict((oc) => oc.columns(['model_id', 'year']).doUpdateSet((eb) => ({
      submission_id: eb.ref('excluded.submission_id'), continuing: eb.ref('excluded.continuing'), goals: eb.ref('excluded.goals'),
      content_and_method: eb.ref('excluded.content_and_method'), expected_results: eb.ref('excluded.expected_results'), person_in_charge: eb.ref('excluded.person_in_charge'),
    })))
    .execute();
}

const memberKey = (name: string, role: string) => `${searchKey(name)}|${searchKey(role)}`;

/**
 * The unit's steering committee as of this version of the plan: members no longer listed get `until = today`,
 * new ones are added; those unchanged keep their row, so the history shows who served when.
 */
export async function recordSteeringMembers(trx: Trx, s: { id: number; unit_id: number }, version: number, members: readonly TSteeringMember[], today: string): Promise<void> {
  const current = await trx.selectFrom('steering_member').select(['id', 'name', 'committee_role'])
    .where('unit_id', '=', s.unit_id).where('until', 'is', null).forUpdate().execute();
  const listed = new Set(members.map((m) => memberKey(m.name, m.committeeRole)));
  const gone = current.filter((c) => !listed.has(memberKey(c.name, c.committee_role))).map((c) => c.id);
  if (gone.length > 0) await trx.updateTable('steering_member').set({ until: today }).where('id', 'in', gone).execute();
  const kept = new Set(current.map((c) => memberKey(c.name, c.committee_role)));
  const added = members.filter((m) => !kept.has(memberKey(m.name, m.committeeRole)));
  if (added.length === 0) return;
  await trx.insertInto('steering_member').values(added.map((m) => ({
    unit_id: s.unit_id, name: m.name, position: m.position, committee_role: m.committeeRole, since: m.since, submission_id: s.id, submission_version: version,
  }))).execute();
}
