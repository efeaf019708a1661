import type { Actor } from '../../app/actor';
import { notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import { endOfDayVn, vnDate } from '../../domain/due-dates';
import { findUnitById } from '../units/units.queries';
import * as q from './dashboard.queries';
import type { TDashboard, TDashboardQuery, TDayPoint, TRequirementSeries } from './dashboard.schemas';

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Every day from the requirement's creation to its deadline, with the first submissions of that day and the running
 * total; past the deadline only as far as submissions arrived by asOf, so a late sender still shows while the line
 * never runs beyond the data. Days after asOf have no total (null): nothing is known yet, so the line stops there.
 * At most 1000 days, so a requirement with a far deadline cannot make the answer huge.
 */
export function dailySeries(createdOn: string, deadline: string, asOfDate: string, perDay: ReadonlyMap<string, number>): TDayPoint[] {
  const lastData = [...perDay.keys()].filter((d) => d <= asOfDate).sort().at(-1) ?? createdOn;
  const end = lastData > deadline ? lastData : deadline;
  const days: TDayPoint[] = [];
  let cumulative = [...perDay].filter(([d]) => d < createdOn).reduce((a, [, c]) => a + c, 0);
  for (let d = createdOn; d <= end && days.length < 1000; d = addDays(d, 1)) {
    if (d > asOfDate) { days.push({ date: d, count: 0, cumulative: null }); continue; }
    const count = perDay.get(d) ?? 0;
    cumulative += count;
    days.push({ date: d, count, cumulative });
  }
  return days;
}

/** The subtree to count over: the asked unit (in scope, else 404) or the caller's whole scope. */
async function rootOf(db: Db, actor: Actor, unitId: number | undefined): Promise<{ rootPath: string; unit: TDashboard['unit'] }> {
  if (unitId === undefined) return { rootPath: actor.scopePath ?? '/', unit: null };
  const unit = await findUnitById(db, actor, unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  return { rootPath: unit.path, unit: { id: unit.id, name: unit.name } };
}

/** The whole dashboard in six queries (the model year, then): open requirements, progress by kind, first submissions per day, top late units, models. */
export async function dashboard(db: Db, actor: Actor, query: TDashboardQuery, now: Date): Promise<TDashboard> {
  const { rootPath, unit } = await rootOf(db, actor, query.unitId);
  const asOfDate = query.asOf ?? vnDate(now);
  const scope: q.DashboardScope = { rootPath, asOf: query.asOf ? endOfDayVn(query.asOf) : now };
  const thisYear = Number(asOfDate.slice(0, 4));
  const year = query.year ?? (await q.latestModelYear(db, thisYear, scope)) ?? thisYear;
  const reqs = await q.openRequirements(db, actor, scope.asOf);
  const ids = reqs.map((r) => r.id);
  const [kinds, days, topUnits, models] = await Promise.all([
    q.progressByKind(db, ids, scope), q.firstSubmissionsPerDay(db, ids, scope), q.topLateUnits(db, ids, scope), q.modelsByFieldLevel(db, year, scope),
  ]);
  const requirements = reqs.map((r): TRequirementSeries => {
    const byKind = kinds.filter((k) => k.requirement_id === r.id)
      .map((k) => ({ kind: k.kind, targeted: k.targeted, submitted: k.submitted, onTime: k.on_time, late: k.late, missing: k.missing }));
    const sum = (key: 'targeted' | 'submitted' | 'onTime' | 'late' | 'missing') => byKind.reduce((a, k) => a + k[key], 0);
    const perDay = new Map(days.filter((d) => d.requirement_id === r.id).map((d) => [d.day, d.count]));
    return {
      id: r.id, kind: r.kind, title: r.title, createdOn: r.created_on, deadline: r.deadline,
      targeted: sum('targeted'), submitted: sum('submitted'), onTime: sum('onTime'), late: sum('late'), missing: sum('missing'),
      days: dailySeries(r.created_on, r.deadline, asOfDate, perDay), byKind,
    };
  });
  return { asOf: asOfDate, year, unit, requirements, models, topUnits };
}
