import type { FastifyRequest } from 'fastify';
import type { Actor, ChangeContext } from '../../app/actor';
import { AppError, badRequest, notFound } from '../../app/errors';
import type { Db, Trx } from '../../db/connect';
import { compareVi, searchKey } from '../../vn/text';
import { recordAudit } from '../audit/audit.queries';
import { checkModelRows, type CheckedRow, modelTemplateWorkbook, readModelFile } from './models.import';
import * as q from './models.queries';
import type { TEvaluationInput, TModelDetail, TModelImportPreview, TModelItem, TModelListQuery, TModelPage } from './models.schemas';

type Ctx = ChangeContext & { actor: Actor };

const toItem = (r: q.ModelRow): TModelItem => ({
  id: r.id, name: r.name, level: r.level, field: r.field, firstYear: r.first_year,
  unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name }, years: r.years ?? [], recognition: r.recognition,
});

/** One page of the models in scope, in Vietnamese order of name, then unit. */
export async function listModels(db: Db, actor: Actor, query: TModelListQuery): Promise<TModelPage> {
  const rows = await q.listModels(db, actor, query);
  rows.sort((a, b) => compareVi(a.name, b.name) || compareVi(a.unit_name, b.unit_name) || a.id - b.id);
  const start = (query.page - 1) * query.pageSize;
  return { items: rows.slice(start, start + query.pageSize).map(toItem), total: rows.length, page: query.page, pageSize: query.pageSize };
}

/** The model with every year it ran and each year's evaluation; 404 outside the caller's scope. */
export async function modelDetail(db: Db | Trx, actor: Actor, id: number): Promise<TModelDetail> {
  const model = await q.findModel(db, actor, id);
  if (!model) throw notFound('Không tìm thấy mô hình.');
  const years = await q.modelYears(db, id);
  return {
    ...toItem(model),
    canEvaluate: actor.role === 'admin' || actor.role === 'staff',
    yearRows: years.map((y) => ({
      year: y.year, continuing: y.continuing, goals: y.goals, expectedResults: y.expected_results, personInCharge: y.person_in_charge,
      submissionId: y.submission_id,
      evaluation: y.achieved === null ? null : {
        achieved: y.achieved, score: y.score, notes: y.notes ?? '', recognition: y.recognition,
        evaluatedAt: new Date(y.evaluated_at!).toISOString(), evaluatedBy: y.evaluated_by,
      },
    })),
  };
}

/** Year-end evaluation and recognition of one model year, replacing any earlier one; audited with before and after. */
export async function evaluateModelYear(db: Db, ctx: Ctx, id: number, year: number, input: TEvaluationInput): Promise<TModelDetail> {
  return db.transaction().execute(async (trx) => {
    if (!(await q.findModel(trx, ctx.actor, id))) throw notFound('Không tìm thấy mô hình.');
    if (!(await q.hasModelYear(trx, id, year))) throw notFound(`Mô hình không thực hiện trong năm ${year}.`);
    const before = await q.findEvaluationForUpdate(trx, id, year);
    await q.upsertEvaluation(trx, id, year, ctx.actor.userId, input);
    await recordAudit(trx, ctx, { action: 'evaluate', entity: 'dvk_model', entityId: id, before: before ? { year, ...before } : null, after: { year, ...input } });
    return modelDetail(trx, ctx.actor, id);
  });
}

/** The one file of a multipart request, field "file". */
export async function readUpload(req: FastifyRequest): Promise<{ data: Buffer; filename: string }> {
  const file = await req.file();
  if (!file || file.fieldname !== 'file') throw badRequest('FILE_REQUIRED', 'Chưa chọn tệp để nhập (trường "file").');
  return { data: await file.toBuffer(), filename: file.filename };
}

async function checkFile(db: Db | Trx, actor: Actor, data: Buffer): Promise<CheckedRow[]> {
  const rows = await readModelFile(data);
  const units = await q.unitsByCode(db, actor, [...new Set(rows.map((r) => r.unitCode).filter(Boolean))]);
  const models = await q.modelsOfUnits(db, [...units.values()].map((u) => u.id));
  return checkModelRows(rows, { units, models });
}

const toPreview = (rows: CheckedRow[]): TModelImportPreview => ({
  rows: rows.map(({ line, unitCode, name, level, field, year, goals, ok, error, action }) => ({ line, unitCode, name, level, field, year, goals, ok, error, action })),
  badRows: rows.filter((r) => !r.ok).length,
  valid: rows.every((r) => r.ok),
});

/** The import template, its example row naming a unit the caller may import for. */
export async function importTemplate(db: Db, actor: Actor): Promise<Buffer> {
  return modelTemplateWorkbook(await q.exampleUnitCode(db, actor));
}

/** Every row of the file, ok or with its reason; writes nothing. */
export async function previewModelImport(db: Db, actor: Actor, data: Buffer): Promise<TModelImportPreview> {
  return toPreview(await checkFile(db, actor, data));
}

/** Checks the file again and, only when every row is ok, writes all of it in one transaction. */
export async function importModels(db: Db, ctx: Ctx, upload: { data: Buffer; filename: string }): Promise<{ models: number; years: number }> {
  return db.transaction().execute(async (trx) => {
    const rows = await checkFile(trx, ctx.actor, upload.data);
    const bad = rows.filter((r) => !r.ok).length;
    if (bad > 0) throw new AppError('IMPORT_INVALID', 400, `Tệp có ${bad}/${rows.length} dòng không hợp lệ nên chưa nhập mô hình nào. Hãy xem trước để biết lỗi ở từng dòng.`);
    const created = new Map<string, number>();
    const firstYear = (r: CheckedRow) => Math.min(...rows.filter((x) => x.unitId === r.unitId && searchKey(x.name) === searchKey(r.name)).map((x) => x.yearNum!));
    for (const r of rows) {
      const key = `${r.unitId}|${searchKey(r.name)}`;
      let modelId = r.modelId ?? created.get(key);
      if (modelId === undefined) {
        modelId = await q.insertModel(trx, { unitId: r.unitId!, name: r.name, level: r.levelCode!, field: r.fieldCode!, firstYear: firstYear(r) });
        created.set(key, modelId);
      }
      await q.insertModelYear(trx, { modelId, year: r.yearNum!, goals: r.goals });
    }
    const result = { models: created.size, years: rows.length };
    await recordAudit(trx, ctx, { action: 'import', entity: 'dvk_model', after: { file: upload.filename, ...result } });
    return result;
  });
}
