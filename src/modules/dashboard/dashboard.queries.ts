import { sql } from 'kysely';
import type { Actor } from '../../app/actor';
import type { Db } from '../../db/connect';
import type { UnitKind } from '../../db/schema';
import type { ModelField, ModelLevel, RequirementKind } from '../../db/schema.directing';
import { visibleTo } from '../requirements/requirements.queries';
import { isTargetedSql, trackingSql } from '../requirements/requirements.targeting.queries';

/** Where the dashboard counts: a subtree (path prefix; '/' is the whole tree) as of an instant. */
export interface DashboardScope {
  rootPath: string;
  asOf: Date;
}

/** The calendar day in Vietnam (UTC+7 all year) of a timestamptz, as 'yyyy-mm-dd', whatever the session's time zone. */
const vnDay = (column: string) => sql<string>`to_char((${sql.ref(column)} at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;

const n = (v: unknown) => Number(v ?? 0);

export interface OpenRequirementRow { id: number; kind: RequirementKind; title: string; created_on: string; deadline: string }

/** The open requirements the actor may see that were already given on asOf, by deadline (at most 20: a dashboard, not a list). */
export async function openRequirements(db: Db, actor: Actor, asOf: Date): Promise<OpenRequirementRow[]> {
  return db
    .selectFrom('requirement')
    .select(['requirement.id', 'requirement.kind', 'requirement.title', vnDay('requirement.created_at').as('created_on'), sql<string>`requirement.deadline::text`.as('deadline')])
    .where('requirement.status', '=', 'open')
    .where('requirement.created_at', '<=', asOf)
    .where(visibleTo(db, actor))
    .orderBy('requirement.deadline')
    .orderBy('requirement.id')
    .limit(20)
    .execute();
}

/**
 * One row per (requirement, targeted unit under rootPath) with the unit's kind, the day of its first submission when
 * counted by asOf, and its tracking state (`trackingSql`, the rule of the progress page).
 */
function targetRows(db: Db, ids: readonly number[], s: DashboardScope) {
  const counted = sql`(s.first_submitted_at is not null and s.first_submitted_at <= ${s.asOf})`;
  return db
    .selectFrom('org_unit as u')
    .innerJoin('requirement as r', (j) => j.on('r.id', 'in', ids))
    .leftJoin('requirement_deadline as d', (j) => j.onRef('d.requirement_id', '=', 'r.id').onRef('d.unit_id', '=', 'u.id'))
    .leftJoin('submission as s', (j) => j.onRef('s.requirement_id', '=', 'r.id').onRef('s.unit_id', '=', 'u.id'))
    .select([
      'r.id as requirement_id', 'u.id as unit_id', 'u.code', 'u.name', 'u.kind',
      sql<string | null>`case when ${counted} then ${vnDay('s.first_submitted_at')} end`.as('day'),
      trackingSql(s.asOf).as('tracking'),
    ])
    .where('u.path', 'like', `${s.rootPath}%`)
    .where(isTargetedSql('u', sql.ref('r.id')));
}

export interface KindRow { requirement_id: number; kind: UnitKind; targeted: number; submitted: number; on_time: number; late: number; missing: number }

/** Progress of each requirement split by unit kind, in one grouped query: `count(*) filter (where tracking = …) … group by requirement_id, kind`. */
export async function progressByKind(db: Db, ids: readonly number[], s: DashboardScope): Promise<KindRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .with('t', () => targetRows(db, ids, s))
    .selectFrom('t')
    .select((eb) => [
      't.requirement_id', 't.kind',
      eb.fn.countAll<number>().as('targeted'),
      eb.fn.countAll<number>().filterWhere('t.tracking', 'in', ['on_time', 'late']).as('submitted'),
      eb.fn.countAll<number>().filterWhere('t.tracking', '=', 'on_time').as('on_time'),
      eb.fn.countAll<number>().filterWhere('t.tracking', '=', 'late').as('late'),
      eb.fn.countAll<number>().filterWhere('t.tracking', '=', 'overdue').as('missing'),
    ])
    .groupBy(['t.requirement_id', 't.kind'])
    .orderBy('t.requirement_id')
    .orderBy('t.kind')
    .execute();
  return rows.map((r) => ({ ...r, targeted: n(r.targeted), submitted: n(r.submitted), on_time: n(r.on_time), late: n(r.late), missing: n(r.missing) }));
}

export interface DayRow { requirement_id: number; day: string; count: number }

/** First submissions per requirement and Vietnamese day up to asOf: `select requirement_id, day, count(*) … where day is not null group by 1, 2`. */
export async function firstSubmissionsPerDay(db: Db, ids: readonly number[], s: DashboardScope): Promise<DayRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .with('t', () => targetRows(db, ids, s))
    .selectFrom('t')
    .select((eb) => ['t.requirement_id', sql<string>`t.day`.as('day'), eb.fn.countAll<number>().as('count')])
    .where('t.day', 'is not', null)
    .groupBy(['t.requirement_id', 't.day'])
    .orderBy('t.requirement_id')
    .orderBy('t.day')
    .execute();
  return rows.map((r) => ({ requirement_id: r.requirement_id, day: r.day, count: n(r.count) }));
}

export interface TopUnitRow { id: number; code: string; name: string; kind: UnitKind; missing: number; late: number }

/** The units with the most overdue (then late) items among these requirements: `group by unit having count(*) filter (…) > 0 order by … limit 10`. */
export async function topLateUnits(db: Db, ids: readonly number[], s: DashboardScope): Promise<TopUnitRow[]> {
  if (ids.length === 0) return [];
  const missing = sql<number>`count(*) filter (where t.tracking = 'overdue')`;
  const late = sql<number>`count(*) filter (where t.tracking = 'late')`;
  const rows = await db
    .with('t', () => targetRows(db, ids, s))
    .selectFrom('t')
    .select(['t.unit_id as id', 't.code', 't.name', 't.kind', missing.as('missing'), late.as('late')])
    .groupBy(['t.unit_id', 't.code', 't.name', 't.kind'])
    .having(sql<boolean>`${missing} + ${late} > 0`)
    .orderBy(missing, 'desc')
    .orderBy(late, 'desc')
    .orderBy('t.name')
    .limit(10)
    .execute();
  return rows.map((r) => ({ ...r, missing: n(r.missing), late: n(r.late) }));
}

export interface ModelCountRow { field: ModelField; level: ModelLevel; count: number }

/**
 * Dân vận khéo models of one year by field and level, for units under rootPath, counting only those in a
 * submission first sent by asOf (a draft registers nothing):
 * `select m.field, m.level, count(*) from dvk_model_year y join dvk_model m … join submission s … group by 1, 2`.
 */
export async function modelsByFieldLevel(db: Db, year: number, s: DashboardScope): Promise<ModelCountRow[]> {
  const rows = await db
    .selectFrom('dvk_model_year as y')
    .innerJoin('dvk_model as m', 'm.id', 'y.model_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .innerJoin('submission as s', 's.id', 'y.submission_id')
    .select((eb) => ['m.field', 'm.level', eb.fn.countAll<number>().as('count')])
    .where('y.year', '=', year)
    .where('u.path', 'like', `${s.rootPath}%`)
    .where('s.first_submitted_at', '<=', s.asOf)
    .groupBy(['m.field', 'm.level'])
    .orderBy('m.field')
    .orderBy('m.level')
    .execute();
  return rows.map((r) => ({ field: r.field, level: r.level, count: n(r.count) }));
}

/**
 * The latest model year up to `maxYear` with a model sent by asOf under rootPath, so the dashboard opens on a year
 * that has data (early in a year, before any registration, that is last year): `select max(y.year) … where y.year <= maxYear`.
 */
export async function latestModelYear(db: Db, maxYear: number, s: DashboardScope): Promise<number | null> {
  const row = await db
    .selectFrom('dvk_model_year as y')
    .innerJoin('dvk_model as m', 'm.id', 'y.model_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .innerJoin('submission as s', 's.id', 'y.submission_id')
    .select((eb) => eb.fn.max('y.year').as('year'))
    .where('y.year', '<=', maxYear)
    .where('u.path', 'like', `${s.rootPath}%`)
    .where('s.first_submitted_at', '<=', s.asOf)
    .executeTakeFirst();
  return row?.year == null ? null : Number(row.year);
}
