import type { Actor, ChangeContext } from '../../app/actor';
import { AppError, notFound } from '../../app/errors';
import type { Db, Trx } from '../../db/connect';
import { endOfDayVn, vnDate } from '../../domain/due-dates';
import { DEFAULT_SUMMARY_TEMPLATE, SUMMARY_PLACEHOLDERS } from '../../domain/report-summary';
import { checkTemplate, placeholderList, type TemplateProblem } from '../../domain/report-template';
import { progressUnits } from '../requirements/requirements.progress.queries';
import { listRequirements } from '../requirements/requirements.queries';
import { committeeOf, findDocument, findDocuments, findTemplate, modelRows, saveTemplate, steeringRows } from './reports.queries';
import type { TMatrixQuery, TReportSources, TReportTemplate } from './reports.schemas';
import { matrixWorkbook, type MatrixCell, type MatrixData, modelsWorkbook, steeringWorkbook } from './reports.xlsx';

export type ActorContext = ChangeContext & { actor: Actor };

const PLACEHOLDERS = placeholderList(SUMMARY_PLACEHOLDERS);

/** The wording the caller's committee uses for its summary reports (the default until someone edits it). */
export async function getSummaryTemplate(db: Db, actor: Actor): Promise<TReportTemplate> {
  const committee = await committeeOf(db, actor.unitId);
  const row = await findTemplate(db, committee.id, 'summary');
  return {
    body: row?.body ?? DEFAULT_SUMMARY_TEMPLATE, isDefault: !row, updatedAt: row?.updatedAt.toISOString() ?? null, updatedBy: row?.updatedBy ?? null,
    defaultBody: DEFAULT_SUMMARY_TEMPLATE, placeholders: PLACEHOLDERS,
  };
}

const PROBLEM_TEXT: Record<TemplateProblem['kind'], string> = {
  unknown: 'chỗ điền không có', unclosed: 'khối chưa đóng', unexpected: 'thẻ đóng thừa', mismatch: 'thẻ mở và đóng không khớp', syntax: 'thẻ viết sai',
};

/** 400 listing each problem and, for unknown placeholders, every placeholder that exists. */
function templateError(problems: readonly TemplateProblem[]): AppError {
  const what = problems.slice(0, 10).map((p) => `${PROBLEM_TEXT[p.kind]} "${p.name}" (dòng ${p.line})`).join('; ');
  const unknown = problems.some((p) => p.kind === 'unknown');
  const code = unknown ? 'TEMPLATE_UNKNOWN_PLACEHOLDER' : 'TEMPLATE_SYNTAX';
  const known = unknown ? ` Các chỗ điền được dùng: ${PLACEHOLDERS.map((p) => p.placeholder).join(', ')}.` : '';
  return new AppError(code, 400, `Mẫu báo cáo có lỗi: ${what}.${known}`, { known: PLACEHOLDERS.map((p) => p.placeholder) });
}

export async function updateSummaryTemplate(db: Db, ctx: ActorContext, body: string, now: Date): Promise<TReportTemplate> {
  const problems = checkTemplate(body, SUMMARY_PLACEHOLDERS);
  if (problems.length > 0) throw templateError(problems);
  const committee = await committeeOf(db, ctx.actor.unitId);
  await db.transaction().execute((trx: Trx) => saveTemplate(trx, ctx, committee.id, 'summary', body, now));
  return getSummaryTemplate(db, ctx.actor);
}

export async function modelsExport(db: Db, actor: Actor, year: number | undefined): Promise<Buffer> {
  return modelsWorkbook(await modelRows(db, actor, year));
}

export async function steeringExport(db: Db, actor: Actor): Promise<Buffer> {
  return steeringWorkbook(await steeringRows(db, actor));
}

/** The matrix's data: the requirements asked for (in scope), and for each the status of every targeted unit in scope. */
export async function matrixData(db: Db, actor: Actor, q: TMatrixQuery, now: Date): Promise<MatrixData> {
  if (q.documentId !== undefined && !(await findDocument(db, q.documentId))) throw notFound('Không tìm thấy văn bản.');
  const all = await listRequirements(db, actor, q.documentId !== undefined ? { documentId: q.documentId } : {});
  const reqs = q.year !== undefined ? all.filter((r) => r.year === q.year) : all;
  if (reqs.length === 0) throw notFound('Không có yêu cầu nào trong phạm vi của bạn cho văn bản hoặc năm đã chọn.');
  const asOfDate = q.asOf ?? vnDate(now);
  const scope = { rootPath: actor.scopePath ?? '/', asOf: q.asOf ? endOfDayVn(q.asOf) : now };
  const units = new Map<number, { id: number; code: string; name: string; cells: Map<number, MatrixCell> }>();
  for (const r of reqs) {
    for (const u of await progressUnits(db, r.id, scope, undefined)) {
      const unit = units.get(u.id) ?? { id: u.id, code: u.code, name: u.name, cells: new Map() };
      unit.cells.set(r.id, { tracking: u.tracking, submissionStatus: u.submissionStatus, firstSubmittedAt: u.firstSubmittedAt });
      units.set(u.id, unit);
    }
  }
  return { asOf: asOfDate, requirements: reqs.map((r) => ({ id: r.id, title: r.title, deadline: r.deadline })), units: [...units.values()] };
}

export async function matrixExport(db: Db, actor: Actor, q: TMatrixQuery, now: Date): Promise<Buffer> {
  return matrixWorkbook(await matrixData(db, actor, q, now));
}

/** The directives and requirements the caller may report on. */
export async function reportSources(db: Db, actor: Actor): Promise<TReportSources> {
  const reqs = await listRequirements(db, actor, {});
  const docs = await findDocuments(db, [...new Set(reqs.flatMap((r) => (r.documentId === null ? [] : [r.documentId])))]);
  return {
    documents: docs.map((d) => ({ id: d.id, symbol: d.symbol, subject: d.subject, issuedOn: d.issuedOn })),
    requirements: reqs.map((r) => ({ id: r.id, title: r.title, documentId: r.documentId, year: r.year, deadline: r.deadline })),
  };
}
