import type { Actor, ChangeContext } from '../../app/actor';
import { type Memo, NO_MEMO } from '../../app/read-cache';
import { badRequest, conflict, notFound } from '../../app/errors';
import type { Db, Trx } from '../../db/connect';
import { endOfDayVn, vnDate } from '../../domain/due-dates';
import { pathWithinScope, unitPathUnscoped } from '../units/units.queries';
import { inTransaction } from '../units/units.service';
import * as q from './requirements.queries';
import { progressInputs } from './requirements.targeting.queries';
import { progressFor, progressSummaries, progressUnits, type ProgressScope } from './requirements.progress.queries';
import type { TProgress, TProgressQuery, TProgressUnit, TRequirementCreate, TRequirementListItem, TRequirementDetail, TRequirementUpdate, TTargetInput, TUnitsQuery } from './requirements.schemas';

export type ActorContext = ChangeContext & { actor: Actor };

export async function requirementDetail(db: Db, actor: Actor, id: number): Promise<TRequirementDetail> {
  const row = await q.findRequirement(db, actor, id);
  if (!row) throw notFound('Không tìm thấy yêu cầu.');
  return { ...q.toRequirementDto(row), ...(await q.findTargetsAndOverrides(db, id)) };
}

/** Rules with their roots filled in (default: the top of the creator's scope) and every unit checked in scope. */
async function resolveTargets(trx: Trx, actor: Actor, targets: readonly TTargetInput[], overrides: readonly { unitId: number }[]): Promise<q.TargetValues[]> {
  const root = await q.scopeRootId(trx, actor);
  const values = targets.map((t): q.TargetValues => {
    const unitId = t.unitId ?? root;
    if (unitId === null) throw badRequest('TARGET_ROOT_REQUIRED', 'Cần chọn đơn vị gốc cho quy tắc giao "tất cả tổ chức cơ sở" hoặc "theo loại".');
    return { rule: t.rule, kind: t.rule === 'kind' ? t.kind : null, unit_id: unitId };
  });
  const ids = [...values.map((v) => v.unit_id), ...overrides.map((o) => o.unitId)];
  const found = await q.unitsInScope(trx, actor, ids);
  const unknown = ids.find((id) => !found.has(id));
  if (unknown !== undefined) throw badRequest('UNKNOWN_UNIT', `Không tìm thấy đơn vị có mã số ${unknown} trong phạm vi của bạn.`);
  return values;
}

export async function createRequirement(db: Db, ctx: ActorContext, body: TRequirementCreate): Promise<TRequirementDetail> {
  const id = await inTransaction(db, async (trx) => {
    const targets = await resolveTargets(trx, ctx.actor, body.targets, body.deadlineOverrides);
    const responsible = body.responsibleUnitId ?? ctx.actor.unitId;
    if (!(await q.unitsInScope(trx, ctx.actor, [responsible])).has(responsible)) {
      throw badRequest('UNKNOWN_UNIT', 'Ban phụ trách không thuộc phạm vi của bạn.');
    }
    if (body.documentId !== null && !(await q.documentVisible(trx, ctx.actor, body.documentId))) {
      throw badRequest('UNKNOWN_DOCUMENT', `Không tìm thấy văn bản có mã số ${body.documentId} trong sổ văn bản của bạn.`);
    }
    const id = await q.insertRequirement(trx, ctx, {
      document_id: body.documentId, kind: body.kind, title: body.title, instructions: body.instructions, deadline: body.deadline,
      period_from: body.periodFrom, period_to: body.periodTo, year: body.year ?? Number(body.deadline.slice(0, 4)),
      responsible_unit_id: responsible, contact_name: body.contactName, contact_phone: body.contactPhone,
    });
    await q.replaceTargets(trx, ctx, id, targets);
    await q.replaceDeadlineOverrides(trx, ctx, id, body.deadlineOverrides);
    return id;
  });
  return requirementDetail(db, ctx.actor, id);
}

export async function updateRequirement(db: Db, ctx: ActorContext, id: number, body: TRequirementUpdate, now: Date): Promise<TRequirementDetail> {
  await inTransaction(db, async (trx) => {
    const before = await q.lockRequirement(trx, ctx.actor, id);
    if (!before) throw notFound('Không tìm thấy yêu cầu.');
    if (before.status === 'closed') throw conflict('REQUIREMENT_CLOSED', 'Yêu cầu đã kết thúc, không sửa được nữa.');
    const from = body.periodFrom === undefined ? before.period_from : body.periodFrom;
    const to = body.periodTo === undefined ? before.period_to : body.periodTo;
    if (from && to && from > to) throw badRequest('PERIOD_ORDER', 'Ngày kết thúc kỳ phải sau ngày bắt đầu.');
    const set = Object.fromEntries(Object.entries({
      title: body.title, instructions: body.instructions, deadline: body.deadline, period_from: body.periodFrom,
      period_to: body.periodTo, contact_name: body.contactName, contact_phone: body.contactPhone,
    }).filter(([, v]) => v !== undefined));
    await q.updateRequirementRow(trx, ctx, before, set, now);
    if (body.targets) await q.replaceTargets(trx, ctx, id, await resolveTargets(trx, ctx.actor, body.targets, body.deadlineOverrides ?? []));
    else if (body.deadlineOverrides) await resolveTargets(trx, ctx.actor, [], body.deadlineOverrides);
    if (body.deadlineOverrides) await q.replaceDeadlineOverrides(trx, ctx, id, body.deadlineOverrides);
  });
  return requirementDetail(db, ctx.actor, id);
}

/** Closed: no longer in inboxes and no longer accepting submissions; progress stays readable. */
export async function closeRequirement(db: Db, ctx: ActorContext, id: number, now: Date): Promise<TRequirementDetail> {
  await inTransaction(db, async (trx) => {
    const before = await q.lockRequirement(trx, ctx.actor, id);
    if (!before) throw notFound('Không tìm thấy yêu cầu.');
    if (before.status !== 'closed') await q.updateRequirementRow(trx, ctx, before, { status: 'closed' }, now);
  });
  return requirementDetail(db, ctx.actor, id);
}

/**
 * The subtree and instant to count over: the asked unit (in scope, else 404) or the caller's scope; end of asOf or now.
 * The unit's path is data read through `memo`; whether it lies in the caller's scope is decided here, every time.
 */
async function progressScope(db: Db, memo: Memo, actor: Actor, query: TProgressQuery, now: Date): Promise<ProgressScope & { asOfDate: string }> {
  let rootPath = actor.scopePath ?? '/';
  if (query.unitId !== undefined) {
    const id = query.unitId;
    const path = await memo.remember(`unit-path:${id}`, () => unitPathUnscoped(db, id));
    if (path === undefined || !pathWithinScope(actor, path)) throw notFound('Không tìm thấy đơn vị.');
    rootPath = path;
  }
  const asOf = query.asOf ? endOfDayVn(query.asOf) : now;
  return { rootPath, asOf, asOfDate: query.asOf ?? vnDate(now) };
}

/** A requirement's rules and kind, through `memo` (the same for every viewer; not a decision). */
const inputsOf = (db: Db, memo: Memo, id: number) => memo.remember(`progress-inputs:${id}`, () => progressInputs(db, id));

/**
 * One round trip to the database when `memo` knows the inputs: the counting query also decides whether the caller
 * may see the requirement (progressFor), and the missing units go beside it. Looking the requirement up first
 * made a province's roll-up 1.7 to 2 times its bare SQL (bench/RESULTS.md).
 */
export async function requirementProgress(db: Db, actor: Actor, id: number, query: TProgressQuery, now: Date, memo: Memo = NO_MEMO): Promise<TProgress> {
  const [inputs, scope] = await Promise.all([inputsOf(db, memo, id), progressScope(db, memo, actor, query, now)]);
  const progress = inputs && await progressFor(db, actor, id, scope, inputs);
  if (!progress) throw notFound('Không tìm thấy yêu cầu.');
  return { ...progress, asOf: scope.asOfDate };
}

export async function requirementUnits(db: Db, actor: Actor, id: number, query: TUnitsQuery, now: Date, memo: Memo = NO_MEMO): Promise<TProgressUnit[]> {
  const [req, inputs, scope] = await Promise.all([q.findRequirement(db, actor, id), inputsOf(db, memo, id), progressScope(db, memo, actor, query, now)]);
  if (!req || !inputs) throw notFound('Không tìm thấy yêu cầu.');
  return progressUnits(db, id, scope, query.status, inputs.rules);
}

/** The list; for everyone but unit accounts each row carries its headline progress over the caller's scope, now. */
export async function requirementList(db: Db, actor: Actor, f: Parameters<typeof q.listRequirements>[2], now: Date): Promise<TRequirementListItem[]> {
  const rows = await q.listRequirements(db, actor, f);
  if (actor.role === 'unit') return rows;
  const sums = await progressSummaries(db, rows.map((r) => r.id), { rootPath: actor.scopePath ?? '/', asOf: now });
  return rows.map((r) => ({ ...r, progress: sums.get(r.id) ?? { targeted: 0, submitted: 0, missing: 0 } }));
}
