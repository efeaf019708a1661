import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../app/actor';
import type { Db } from '../../db/connect';
import type { SubmissionStatus } from '../../db/schema.directing';
import type { RootedRule } from '../../domain/targeting';
import { compareVi } from '../../vn/text';
import { visibleTo } from './requirements.queries';
import { rootedRules, targetedInScopeSql, trackingSql } from './requirements.targeting.queries';
import type { TProgress, TProgressSummary, TProgressUnit, TUnitsQuery } from './requirements.schemas';

/** Where the progress is counted: a subtree (path prefix; '/' is the whole tree) as of an instant. */
export interface ProgressScope {
  rootPath: string;
  asOf: Date;
}

/**
 * The targeted units of one requirement under `rootPath`, one row each, joined to their deadline override and
 * their submission if any: `from org_unit u join requirement r … left join requirement_deadline d … left join submission s`.
 */
function targetedUnits(db: Db, requirementId: number, rules: readonly RootedRule[], s: ProgressScope) {
  return db
    .selectFrom('org_unit as u')
    .innerJoin('requirement as r', (j) => j.on('r.id', '=', requirementId))
    .leftJoin('requirement_deadline as d', (j) => j.on('d.requirement_id', '=', requirementId).onRef('d.unit_id', '=', 'u.id'))
    .leftJoin('submission as s', (j) => j.on('s.requirement_id', '=', requirementId).onRef('s.unit_id', '=', 'u.id'))
    .where(targetedInScopeSql('u', rules, s.rootPath));
}

/**
 * Each targeted unit with the effective deadline, the submission and the tracking state (the SQL twin of
 * domain/due-dates.ts `trackingStatus`): first submitted by asOf → on time or late against the unit's deadline;
 * otherwise overdue or not yet due. `submission_status` is the status as of asOf too (statusAsOfSql), so a later
 * decision never counts early.
 */
function targetRows(db: Db, requirementId: number, rules: readonly RootedRule[], s: ProgressScope) {
  return targetedUnits(db, requirementId, rules, s).select([
    'r.id as requirement_id', 'u.id', 'u.code', 'u.name', 's.id as submission_id', 's.first_submitted_at',
    statusAsOfSql(s.asOf).as('submission_status'),
    sql<string>`coalesce(d.deadline, r.deadline)::text`.as('deadline'),
    trackingSql(s.asOf).as('tracking'),
  ]);
}

/** targetRows without names and with the deadline as a date: what the counts need, in narrow rows (20,000 for a national requirement). */
function countedRows(db: Db, requirementId: number, rules: readonly RootedRule[], s: ProgressScope) {
  return targetedUnits(db, requirementId, rules, s).select([
    'u.id', 's.id as submission_id', statusAsOfSql(s.asOf).as('submission_status'),
    sql<string>`coalesce(d.deadline, r.deadline)`.as('deadline'), trackingSql(s.asOf).as('tracking'),
  ]);
}

/**
 * The submission's status at the instant `asOf`, from its timestamps (accepted is final, and after the latest
 * decision `decided_at` at most one resubmission `submitted_at` can follow, so these suffice):
 * `case when s.status = 'accepted' and s.decided_at <= asOf then 'accepted'
 *  when s.decided_at <= asOf and (s.submitted_at <= s.decided_at or s.submitted_at > asOf) then 'returned'
 *  when s.first_submitted_at <= asOf then 'submitted' when s.created_at <= asOf then 'draft' end`.
 * A return followed by a resubmission and a later decision leaves no timestamp, so asOf in that window reads 'submitted'.
 */
function statusAsOfSql(asOf: Date): RawBuilder<SubmissionStatus | null> {
  return sql<SubmissionStatus | null>`case
    when s.status = 'accepted' and s.decided_at <= ${asOf} then 'accepted'
    when s.decided_at <= ${asOf} and (s.submitted_at <= s.decided_at or s.submitted_at > ${asOf}) then 'returned'
    when s.first_submitted_at <= ${asOf} then 'submitted'
    when s.created_at <= ${asOf} then 'draft' end`;
}

const n = (v: unknown) => Number(v ?? 0);

/**
 * Lists of units: soonest deadline first, then by name in Vietnamese order ("Bảo hiểm" before "Bưu điện"), which the
 * database's C.UTF-8 collation does not give. Deadlines are 'yyyy-mm-dd', so text order is date order.
 */
const byDeadlineThenName = (a: { deadline: string; name: string }, b: { deadline: string; name: string }) =>
  (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : compareVi(a.name, b.name));

/** The models' JSON object (a string on some drivers) as numbers. */
function modelCounts(v: unknown): NonNullable<TProgress['models']> {
  const o = (typeof v === 'string' ? JSON.parse(v) : (v ?? {})) as Record<string, unknown>;
  return { total: n(o.total), khoi: n(o.khoi), coSo: n(o.coSo), coSoContinuing: n(o.coSoContinuing), coSoNew: n(o.coSoNew) };
}

/**
 * The counts of one requirement's progress over a subtree: `count(*) filter (where tracking = …)` over the targeted
 * units and, for model registrations, the models of the counted submissions. The missing units come from
 * missingUnitsQuery, sent at the same time: on PostgreSQL the two run side by side on two connections, and
 * building the names' JSON inside this query cost as much as all the counting (bench/national-plans.md).
 * With a `viewer`, the query also says whether they may see the requirement (`exists (select 1 from requirement
 * where id = … and <visibleTo>) as visible`): the authorisation is decided by the database in the same statement,
 * instead of one more round trip before the counting.
 */
export function progressQuery(db: Db, requirementId: number, rules: readonly RootedRule[], s: ProgressScope, withModels: boolean, viewer?: Actor) {
  /** The models of the counted submissions, counted in one pass: `(select json_build_object('total', count(*), 'khoi', count(*) filter (…), …) from dvk_model_year y …)`. */
  const models = sql<NonNullable<TProgress['models']>>`(select json_build_object('total', count(*),
      'khoi', count(*) filter (where m.level = 'khoi'), 'coSo', count(*) filter (where m.level = 'co_so'),
      'coSoContinuing', count(*) filter (where m.level = 'co_so' and y.continuing), 'coSoNew', count(*) filter (where m.level = 'co_so' and not y.continuing))
    from dvk_model_year y join dvk_model m on m.id = y.model_id
    where y.submission_id in (select t2.submission_id from t t2 where t2.tracking in ('on_time', 'late')))`;
  return db
    // Materialised when the models sub-query reads t too, so it is computed once.
    .with((cte) => (withModels ? cte('t').materialized() : cte('t')), () => countedRows(db, requirementId, rules, s))
    // Grouped first, so each row's tracking and status (two CASEs over dates) are computed once rather than once
    // per count: the eight `count(*) filter (…)` straight over t took half of a national roll-up (bench/national-plans.md).
    .with('g', (qc) => qc.selectFrom('t').select((eb) => ['t.tracking', 't.submission_status', eb.fn.countAll<number>().as('n')]).groupBy(['t.tracking', 't.submission_status']))
    .selectFrom('g')
    .select((eb) => [
      eb.fn.sum<number>('g.n').as('targeted'),
      eb.fn.sum<number>('g.n').filterWhere('g.tracking', 'in', ['on_time', 'late']).as('submitted'),
      eb.fn.sum<number>('g.n').filterWhere('g.tracking', '=', 'on_time').as('on_time'),
      eb.fn.sum<number>('g.n').filterWhere('g.tracking', '=', 'late').as('late'),
      eb.fn.sum<number>('g.n').filterWhere('g.tracking', '=', 'overdue').as('missing'),
      eb.fn.sum<number>('g.n').filterWhere('g.tracking', '=', 'not_yet_due').as('not_yet_due'),
      eb.fn.sum<number>('g.n').filterWhere('g.submission_status', '=', 'accepted').as('accepted'),
      eb.fn.sum<number>('g.n').filterWhere('g.submission_status', '=', 'returned').as('returned'),
      ...(withModels ? [models.as('models')] : []),
      ...(viewer ? [eb.exists(db.selectFrom('requirement').select(sql.lit(1).as('x')).where('requirement.id', '=', requirementId).where(visibleTo(db, viewer))).as('visible')] : []),
    ]);
}

/**
 * The units that are past their deadline without a submission: the "chưa gửi" list (put in order by
 * byDeadlineThenName). Found over the narrow rows (index-only), then named: reading names while finding them
 * scanned every unit of the country (bench/national-plans.md).
 */
export function missingUnitsQuery(db: Db, requirementId: number, rules: readonly RootedRule[], s: ProgressScope) {
  return db
    .with('t', () => countedRows(db, requirementId, rules, s))
    .selectFrom('t')
    .innerJoin('org_unit as named', 'named.id', 't.id')
    .select(['t.id', 'named.code', 'named.name', sql<string>`t.deadline::text`.as('deadline')])
    .where('t.tracking', '=', 'overdue');
}

/** Everything the progress of a requirement is computed from besides the scope: its rules and whether it counts models. */
export interface ProgressInputs {
  rules: readonly RootedRule[];
  withModels: boolean;
}

/** The progress of a requirement for the system (the CLI, the reports of a requirement already checked visible). */
export async function progressOf(db: Db, requirementId: number, s: ProgressScope, withModels: boolean): Promise<Omit<TProgress, 'asOf'>> {
  const rules = (await rootedRules(db, [requirementId])).get(requirementId)!;
  return (await countProgress(db, requirementId, s, { rules, withModels }))!;
}

/** The progress as `viewer` may see it, or null when the requirement is not visible to them. */
export function progressFor(db: Db, viewer: Actor, requirementId: number, s: ProgressScope, inputs: ProgressInputs): Promise<Omit<TProgress, 'asOf'> | null> {
  return countProgress(db, requirementId, s, inputs, viewer);
}

async function countProgress(db: Db, requirementId: number, s: ProgressScope, { rules, withModels }: ProgressInputs, viewer?: Actor): Promise<Omit<TProgress, 'asOf'> | null> {
  const [row, missingUnits] = await Promise.all([
    progressQuery(db, requirementId, rules, s, withModels, viewer).executeTakeFirstOrThrow(),
    // Sent beside the counts before the visibility is known; thrown away below when the viewer may not see it.
    missingUnitsQuery(db, requirementId, rules, s).execute(),
  ]);
  const r = row as typeof row & Record<string, unknown>;
  if (viewer && !r.visible) return null;
  return {
    requirementId,
    targeted: n(r.targeted), submitted: n(r.submitted), onTime: n(r.on_time), late: n(r.late), missing: n(r.missing),
    notYetDue: n(r.not_yet_due), accepted: n(r.accepted), returned: n(r.returned), missingUnits: missingUnits.sort(byDeadlineThenName),
    ...(withModels && { models: modelCounts(r.models) }),
  };
}

/** `exists (select 1 from dvk_model_year y join dvk_model m … where y.submission_id = t.submission_id and <cond>)` for a counted submission. */
const hasModels = (cond: RawBuilder<unknown>) => sql<boolean>`(t.tracking in ('on_time', 'late') and exists (select 1 from dvk_model_year y
  join dvk_model m on m.id = y.model_id where y.submission_id = t.submission_id and ${cond}))`;

const UNIT_FILTERS: Record<NonNullable<TUnitsQuery['status']>, RawBuilder<boolean>> = {
  models: hasModels(sql`true`),
  modelsKhoi: hasModels(sql`m.level = 'khoi'`),
  modelsCoSo: hasModels(sql`m.level = 'co_so'`),
  modelsContinuing: hasModels(sql`m.level = 'co_so' and y.continuing`),
  modelsNew: hasModels(sql`m.level = 'co_so' and not y.continuing`),
  onTime: sql<boolean>`t.tracking = 'on_time'`,
  late: sql<boolean>`t.tracking = 'late'`,
  missing: sql<boolean>`t.tracking = 'overdue'`,
  notYetDue: sql<boolean>`t.tracking = 'not_yet_due'`,
  submitted: sql<boolean>`t.tracking in ('on_time', 'late')`,
  accepted: sql<boolean>`t.submission_status = 'accepted'`,
  returned: sql<boolean>`t.submission_status = 'returned'`,
};

/** The units behind any number of the progress, by deadline then name. */
export async function progressUnits(db: Db, requirementId: number, s: ProgressScope, status: TUnitsQuery['status'], rules?: readonly RootedRule[]): Promise<TProgressUnit[]> {
  rules ??= (await rootedRules(db, [requirementId])).get(requirementId)!;
  const rows = await db
    .with('t', () => targetRows(db, requirementId, rules, s))
    .selectFrom('t')
    .selectAll()
    .$if(status !== undefined, (qb) => qb.where(UNIT_FILTERS[status!]))
    .execute();
  return rows.map((r) => ({
    id: r.id, code: r.code, name: r.name, deadline: r.deadline, tracking: r.tracking, submissionId: r.submission_id,
    submissionStatus: r.submission_status, firstSubmittedAt: r.first_submitted_at && r.tracking !== 'overdue' && r.tracking !== 'not_yet_due' ? new Date(r.first_submitted_at).toISOString() : null,
  })).sort(byDeadlineThenName);
}

/**
 * The headline numbers of many requirements (the list page): one small counting query per requirement, each with
 * its own rules in view of the planner, sent together (PostgreSQL spreads them over the pool's connections).
 * One grouped query over all of them had to guess how many units each reaches, and at national scale (200
 * requirements, 1.1 million targeted pairs) spilled to disk for seconds (bench/national-plans.md).
 */
export async function progressSummaries(db: Db, requirementIds: readonly number[], s: ProgressScope): Promise<Map<number, TProgressSummary>> {
  if (requirementIds.length === 0) return new Map();
  const rules = await rootedRules(db, requirementIds);
  const rows = await Promise.all(requirementIds.map((id) => db
    .with('t', () => countedRows(db, id, rules.get(id)!, s))
    // Grouped first, as in progressQuery: each unit's tracking computed once.
    .with('g', (qc) => qc.selectFrom('t').select((eb) => ['t.tracking', eb.fn.countAll<number>().as('n')]).groupBy('t.tracking'))
    .selectFrom('g')
    .select((eb) => [
      eb.fn.sum<number>('g.n').as('targeted'),
      eb.fn.sum<number>('g.n').filterWhere('g.tracking', 'in', ['on_time', 'late']).as('submitted'),
      eb.fn.sum<number>('g.n').filterWhere('g.tracking', '=', 'overdue').as('missing'),
    ])
    .executeTakeFirstOrThrow()));
  return new Map(rows.map((r, i) => [requirementIds[i]!, { targeted: n(r.targeted), submitted: n(r.submitted), missing: n(r.missing) }]));
}
