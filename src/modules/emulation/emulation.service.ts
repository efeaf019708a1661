import type { Actor, ChangeContext } from '../../app/actor';
import { notFound } from '../../app/errors';
import type { Db, Trx } from '../../db/connect';
import { endOfDayVn, vnDate } from '../../domain/due-dates';
import { CRITERIA, type CriterionConfig, DEFAULT_CRITERIA, maxTotal, rankUnits, type UnitFacts } from '../../domain/emulation';
import { scorecardLine } from '../../domain/scorecard';
import { recordAudit } from '../audit/audit.queries';
import { committeeOf } from '../documents/documents.registry.queries';
import { pathWithinScope } from '../scope';
import * as q from './emulation.queries';
import type { TCriteria, TCriteriaInput, TCriterion, TRanking, TRankingQuery } from './emulation.schemas';

type Ctx = ChangeContext & { actor: Actor };

const describe = (c: CriterionConfig): TCriterion => ({ ...c, ...CRITERIA[c.key] });

/** The committee's criteria for the year, in the default order; the defaults when it has set none. */
async function criteriaOf(db: Db | Trx, committeeId: number, year: number): Promise<{ list: CriterionConfig[]; isDefault: boolean }> {
  const rows = await q.loadCriteria(db, committeeId, year);
  if (rows.length === 0) return { list: [...DEFAULT_CRITERIA], isDefault: true };
  const order = DEFAULT_CRITERIA.map((c) => c.key);
  return { list: [...rows].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)), isDefault: false };
}

export async function getCriteria(db: Db | Trx, actor: Actor, year: number): Promise<TCriteria> {
  const committeeId = await committeeOf(db, actor.unitId);
  const { list, isDefault } = await criteriaOf(db, committeeId, year);
  return { year, committee: { id: committeeId, name: await q.unitName(db, committeeId) }, isDefault, criteria: list.map(describe), maxTotal: maxTotal(list) };
}

/** Replaces the criteria of the caller's committee for the year; audited with before and after. */
export async function saveCriteria(db: Db, ctx: Ctx, input: TCriteriaInput): Promise<TCriteria> {
  return db.transaction().execute(async (trx) => {
    const committeeId = await committeeOf(trx, ctx.actor.unitId);
    const before = await criteriaOf(trx, committeeId, input.year);
    await q.replaceCriteria(trx, committeeId, input.year, ctx.actor.userId, input.criteria);
    await recordAudit(trx, ctx, {
      action: 'set_criteria', entity: 'emulation_criterion', entityId: `${committeeId}/${input.year}`,
      before: before.isDefault ? null : before.list, after: input.criteria,
    });
    return getCriteria(trx, ctx.actor, input.year);
  });
}

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

/** The facts of each unit from its requirement lines (as of `asOf`) and its model counts. */
function factsOf(unitIds: readonly number[], lines: readonly q.UnitRequirementRow[], models: readonly q.ModelCountRow[], asOf: Date): Map<number, UnitFacts> {
  const facts = new Map<number, UnitFacts>(unitIds.map((id) => [id, { due: 0, onTime: 0, accepted: 0, modelsRegistered: 0, modelsRecognized: 0, qcdcPlan: false, selfInspection: false }]));
  for (const r of lines) {
    const f = facts.get(r.unit_id)!;
    const submission = r.submission_id === null ? null : {
      id: r.submission_id, status: r.status!, createdAt: date(r.created_at)!, firstSubmittedAt: date(r.first_submitted_at), submittedAt: date(r.submitted_at), decidedAt: date(r.decided_at),
    };
    const line = scorecardLine({ requirementId: r.requirement_id, deadline: r.deadline, submission }, asOf);
    if (line.tracking !== 'not_yet_due') f.due += 1;
    if (line.tracking === 'on_time') f.onTime += 1;
    if (line.submissionStatus === 'accepted') f.accepted += 1;
    const handedIn = line.submissionStatus === 'submitted' || line.submissionStatus === 'accepted';
    if (handedIn && r.kind === 'democracy_plan') f.qcdcPlan = true;
    if (handedIn && r.kind === 'self_inspection') f.selfInspection = true;
  }
  for (const m of models) Object.assign(facts.get(m.unit_id)!, { modelsRegistered: m.registered, modelsRecognized: m.recognized });
  return facts;
}

/** The grassroots units in scope ranked by their points for the year, each line of points explained. */
export async function ranking(db: Db, actor: Actor, query: TRankingQuery, now: Date): Promise<TRanking> {
  if (query.unitId !== undefined) {
    const u = await db.selectFrom('org_unit').select('path').where('id', '=', query.unitId).executeTakeFirst();
    if (!u || !pathWithinScope(actor, u.path)) throw notFound('Không tìm thấy đơn vị.');
  }
  const asOf = query.asOf ? endOfDayVn(query.asOf) : now;
  const { list } = await criteriaOf(db, await committeeOf(db, actor.unitId), query.year);
  const units = await q.grassrootsInScope(db, actor, query.unitId);
  const ids = units.map((u) => u.id);
  const facts = factsOf(ids, await q.unitRequirements(db, actor, ids, query.year), await q.modelCounts(db, ids, query.year), asOf);
  const ranked = rankUnits(units.map((u) => ({ ...u, facts: facts.get(u.id)! })), list);
  return {
    year: query.year, asOf: query.asOf ?? vnDate(now), maxTotal: maxTotal(list), criteria: list.map(describe),
    rows: ranked.map((r) => ({
      rank: r.rank, total: r.total, unit: { id: r.unit.id, code: r.unit.code, name: r.unit.name }, facts: r.unit.facts,
      lines: r.lines.map((l) => ({ ...l, label: CRITERIA[l.key].label })),
    })),
  };
}
