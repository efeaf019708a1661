import { type RawBuilder, sql } from 'kysely';
import { GRASSROOTS_KINDS } from '../../domain/org-tree';

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
