import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/connect';
import { dueEndSql, isTargetedSql } from './requirements.targeting.queries';
import type { TProgress, TProgressUnit, TUnitsQuery } from './requirements.schemas';

/** Where the progress is counted: a subtree (path prefix; '/' is the whole tree) as of an instant. */
export interface ProgressScope {
  rootPath: string;
  asOf: Date;
}

/**
 * The targeted units of one requirement under `rootPath`, one row each, with the effective deadline, the
 * submission if any, and the tracking state (the SQL twin of domain/due-dates.ts `trackingStatus`):
 * first submitted by asOf → on time or late against the unit's deadline; otherwise overdue or not yet due.
 */
function targetRows(db: Db, requirementId: number, s: ProgressScope) {
  const deadline = sql`coalesce(d.deadline, r.deadline)`;
  const due = dueEndSql(deadline);
  const counted = sql`(s.first_submitted_at is not null and s.first_submitted_at <= ${s.asOf})`;
  return db
    .selectFrom('org_unit as u')
    .innerJoin('requirement as r', (j) => j.on('r.id', '=', requirementId))
    .leftJoin('requirement_deadline as d', (j) => j.onRef('d.requirement_id', '=', 'r.id').onRef('d.unit_id', '=', 'u.id'))
    .leftJoin('submission as s', (j) => j.onRef('s.requirement_id', '=', 'r.id').onRef('s.unit_id', '=', 'u.id'))
    .select([
      'u.id', 'u.code', 'u.name', 's.id as submission_id', 's.status as submission_status', 's.first_submitted_at',
      sql<string>`${deadline}::text`.as('deadline'),
      sql<TProgressUnit['tracking']>`case
        when ${counted} and s.first_submitted_at < ${due} then 'on_time'
        when ${counted} then 'late'
        when ${s.asOf} >= ${due} then 'overdue'
        else 'not_yet_due' end`.as('tracking'),
    ])
    .where('u.path', 'like', `${s.rootPath}%`)
    .where(isTargetedSql('u', requirementId));
}

const n = (v: unknown) => Number(v ?? 0);

/**
 * Progress of one requirement over a subtree in ONE round trip: `count(*) filter (where tracking = …)` over the
 * targeted units, the missing units as a JSON array, and for model registrations the models of the counted submissions.
 */
export function progressQuery(db: Db, requirementId: number, s: ProgressScope, withModels: boolean) {
  /** `(select count(*) from dvk_model_year y join dvk_model m … where y.submission_id in (counted submissions) and <cond>)` */
  const models = (cond: ReturnType<typeof sql>) => sql<number>`(select count(*) from dvk_model_year y join dvk_model m on m.id = y.model_id
    where y.submission_id in (select t2.submission_id from t t2 where t2.tracking in ('on_time', 'late')) and ${cond})`;
  return db
    .with('t', () => targetRows(db, requirementId, s))
    .selectFrom('t')
    .select((eb) => [
      eb.fn.countAll<number>().as('targeted'),
      eb.fn.countAll<number>().filterWhere('t.tracking', 'in', ['on_time', 'late']).as('submitted'),
      eb.fn.countAll<number>().filterWhere('t.tracking', '=', 'on_time').as('on_time'),
      eb.fn.countAll<number>().filterWhere('t.tracking', '=', 'late').as('late'),
      eb.fn.countAll<number>().filterWhere('t.tracking', '=', 'overdue').as('missing'),
      eb.fn.countAll<number>().filterWhere('t.tracking', '=', 'not_yet_due').as('not_yet_due'),
      eb.fn.countAll<number>().filterWhere('t.submission_status', '=', 'accepted').as('accepted'),
      eb.fn.countAll<number>().filterWhere('t.submission_status', '=', 'returned').as('returned'),
      sql<TProgress['missingUnits'] | null>`json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'deadline', t.deadline)
        order by t.deadline, t.name) filter (where t.tracking = 'overdue')`.as('missing_units'),
      ...(withModels
        ? [
            models(sql`true`).as('m_total'),
            models(sql`m.level = 'khoi'`).as('m_khoi'),
            models(sql`m.level = 'co_so'`).as('m_co_so'),
            models(sql`m.level = 'co_so' and y.continuing`).as('m_continuing'),
            models(sql`m.level = 'co_so' and not y.continuing`).as('m_new'),
          ]
        : []),
    ]);
}

export async function progressOf(db: Db, requirementId: number, s: ProgressScope, withModels: boolean): Promise<Omit<TProgress, 'asOf'>> {
  const row = await progressQuery(db, requirementId, s, withModels).executeTakeFirstOrThrow();
  const r = row as typeof row & Record<string, unknown>;
  return {
    requirementId,
    targeted: n(r.targeted), submitted: n(r.submitted), onTime: n(r.on_time), late: n(r.late), missing: n(r.missing),
    notYetDue: n(r.not_yet_due), accepted: n(r.accepted), returned: n(r.returned), missingUnits: r.missing_units ?? [],
    ...(withModels && { models: { total: n(r.m_total), khoi: n(r.m_khoi), coSo: n(r.m_co_so), coSoContinuing: n(r.m_continuing), coSoNew: n(r.m_new) } }),
  };
}

const UNIT_FILTERS: Record<NonNullable<TUnitsQuery['status']>, RawBuilder<boolean>> = {
  onTime: sql<boolean>`t.tracking = 'on_time'`,
  late: sql<boolean>`t.tracking = 'late'`,
  missing: sql<boolean>`t.tracking = 'overdue'`,
  notYetDue: sql<boolean>`t.tracking = 'not_yet_due'`,
  submitted: sql<boolean>`t.tracking in ('on_time', 'late')`,
  accepted: sql<boolean>`t.submission_status = 'accepted'`,
  returned: sql<boolean>`t.submission_status = 'returned'`,
};

/** The units behind any number of the progress, by deadline then name. */
export async function progressUnits(db: Db, requirementId: number, s: ProgressScope, status: TUnitsQuery['status']): Promise<TProgressUnit[]> {
  const rows = await db
    .with('t', () => targetRows(db, requirementId, s))
    .selectFrom('t')
    .selectAll()
    .$if(status !== undefined, (qb) => qb.where(UNIT_FILTERS[status!]))
    .orderBy('t.deadline')
    .orderBy('t.name')
    .execute();
  return rows.map((r) => ({
    id: r.id, code: r.code, name: r.name, deadline: r.deadline, tracking: r.tracking, submissionId: r.submission_id,
    submissionStatus: r.submission_status, firstSubmittedAt: r.first_submitted_at ? new Date(r.first_submitted_at).toISOString() : null,
  }));
}
