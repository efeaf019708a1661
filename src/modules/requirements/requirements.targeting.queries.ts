import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/connect';
import type { UnitKind } from '../../db/schema';
import { GRASSROOTS_KINDS } from '../../domain/org-tree';
import { narrowToScope, type RootedRule } from '../../domain/targeting';

/**
 * The SQL twin of domain/targeting.ts `isTargeted`: true when the org_unit aliased `unit` is targeted by the
 * requirement whose id is `requirementId` (a column reference or a value).
 * `exists (select 1 from requirement_target t join org_unit root … where t.requirement_id = <id> and <rule matches>)`
 */
export function isTargetedSql(unit: string, requirementId: RawBuilder<unknown> | number): RawBuilder<boolean> {
  const u = sql.table(unit);
  const grassroots = sql.join(GRASSROOTS_KINDS.map((k) => sql.lit(k)));
  return sql<boolean>`(${u}.active and exists (
    select 1 from requirement_target t join org_unit root on root.id = t.unit_id
    where t.requirement_id = ${requirementId} and (
      (t.rule = 'unit' and ${u}.id = t.unit_id)
      or (t.rule <> 'unit' and ${u}.path like root.path || '%' and (
        (t.rule = 'kind' and ${u}.kind = t.kind)
        or (t.rule in ('all_grassroots', 'subtree') and ${u}.kind in (${grassroots}))))
    )))`;
}

/** The rules of each requirement with their roots' paths: `select t.requirement_id, t.rule, t.kind, t.unit_id, root.path …`. */
export async function rootedRules(db: Db, requirementIds: readonly number[]): Promise<Map<number, RootedRule[]>> {
  const out = new Map<number, RootedRule[]>(requirementIds.map((id) => [id, []]));
  if (requirementIds.length === 0) return out;
  const rows = await db.selectFrom('requirement_target as t').innerJoin('org_unit as root', 'root.id', 't.unit_id')
    .select(['t.requirement_id', 't.rule', 't.kind', 't.unit_id', 'root.path'])
    .where('t.requirement_id', 'in', [...requirementIds]).orderBy('t.id').execute();
  for (const r of rows) out.get(r.requirement_id)?.push({ rule: r.rule, kind: r.kind as UnitKind | null, unitId: r.unit_id, rootPath: r.path });
  return out;
}

/**
 * What the progress of one requirement is computed from, the same for every viewer: its kind and its rules, read
 * side by side. Undefined when there is no such requirement. Data, not a decision: who may see it is checked apart.
 */
export async function progressInputs(db: Db, requirementId: number): Promise<{ withModels: boolean; rules: RootedRule[] } | undefined> {
  const [req, rules] = await Promise.all([
    db.selectFrom('requirement').select('kind').where('id', '=', requirementId).executeTakeFirst(),
    rootedRules(db, [requirementId]),
  ]);
  return req && { withModels: req.kind === 'model_registration', rules: rules.get(requirementId)! };
}

/**
 * The same test as isTargetedSql, for units of the subtree `scopePath`, with the rules read beforehand and spelled
 * out as values: `u.active and ((u.path like '/1/5808/%' and u.kind in ('dang_bo_co_so', 'chi_bo_co_so')) or u.id in (…))`.
 * With the prefixes and kinds in view PostgreSQL estimates how many units a requirement reaches (20,000 for a
 * national one, 1,000 for a province) and picks hash joins or index lookups to match; behind the correlated
 * `exists` it guessed 100 rows every time and looped (bench/national-plans.md).
 */
export function targetedInScopeSql(unit: string, rules: readonly RootedRule[], scopePath: string): RawBuilder<boolean> {
  const u = (column: string) => sql.ref(`${unit}.${column}`);
  const inScope = sql`${u('path')} like ${`${scopePath}%`}`;
  const named = rules.filter((r) => r.rule === 'unit').map((r) => r.unitId);
  const branches: RawBuilder<unknown>[] = named.length ? [sql`(${u('id')} in (${sql.join(named)}) and ${inScope})`] : [];
  for (const r of rules) {
    const root = r.rule === 'unit' ? null : narrowToScope(r.rootPath, scopePath);
    if (root === null) continue;
    const kinds = r.rule === 'kind' ? [r.kind] : GRASSROOTS_KINDS;
    branches.push(sql`(${u('path')} like ${`${root}%`} and ${u('kind')} in (${sql.join(kinds)}))`);
  }
  if (branches.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${u('active')} and (${sql.join(branches, sql` or `)}))`;
}

/** The instant a unit's deadline has passed: the start of the next day in Vietnam, `((deadline + 1)::text || 'T00:00:00+07:00')::timestamptz`. */
export function dueEndSql(deadline: RawBuilder<unknown>): RawBuilder<Date> {
  // Midnight after the deadline in Vietnam (UTC+7, no daylight saving) as an instant, by arithmetic rather than
  // text parsing (cheaper per row, and no time-zone database needed in PGlite).
  return sql<Date>`((((${deadline}) + 1)::timestamp - interval '7 hours') at time zone 'UTC')`;
}

export type TrackingState = 'on_time' | 'late' | 'overdue' | 'not_yet_due';

/**
 * The tracking state of a targeted unit at `asOf`, the SQL twin of domain/due-dates.ts `trackingStatus`, over the
 * aliases `s` (submission, left-joined), `d` (requirement_deadline, left-joined) and `r` (requirement):
 * first submitted by asOf → on time or late against the unit's deadline; otherwise overdue or not yet due.
 */
export function trackingSql(asOf: Date): RawBuilder<TrackingState> {
  const due = dueEndSql(sql`coalesce(d.deadline, r.deadline)`);
  const counted = sql`(s.first_submitted_at is not null and s.first_submitted_at <= ${asOf})`;
  return sql<TrackingState>`case
    when ${counted} and s.first_submitted_at < ${due} then 'on_time'
    when ${counted} then 'late'
    when ${asOf} >= ${due} then 'overdue'
    else 'not_yet_due' end`;
}
