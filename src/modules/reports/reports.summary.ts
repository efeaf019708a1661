import type { Actor } from '../../app/actor';
import { notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import { endOfDayVn, vnDate } from '../../domain/due-dates';
import { DEFAULT_SUMMARY_TEMPLATE, type SummaryFigures, type SummaryRequirement, summaryContext, toParagraphs } from '../../domain/report-summary';
import { renderTemplate } from '../../domain/report-template';
import { symbolKey } from '../../domain/symbol-key';
import { formatDate } from '../../vn/dates';
import { docTypeByAbbr } from '../../vn/issuers';
import { type PartyDocumentData, renderPartyDocument } from '../../vn/render/party-docx';
import { progressOf, type ProgressScope } from '../requirements/requirements.progress.queries';
import { findRequirement, listRequirements, type RequirementDates, requirementsOfSymbol } from '../requirements/requirements.queries';
import { committeeInSentence, placeOf, superiorOf, symbolSuffixOf, upperVi } from '../../vn/render/letterhead';
import { committeeOf, findDocument, findTemplate, type ReportDocument } from './reports.queries';
import type { TSummaryQuery } from './reports.schemas';

/**
 * The summary report (báo cáo tổng hợp): the requirements of a directive (or one requirement) counted over a
 * subtree as of the end of a day, worded with the committee's template, laid out as a Party report.
 */

type Req = Pick<RequirementDates, 'id' | 'kind' | 'title' | 'deadline' | 'year' | 'responsible_unit_id'>;

export interface SummarySource {
  requirements: readonly Req[];
  document: ReportDocument | null;
  /** Subtree counted: the caller's scope, '/' for the whole tree. */
  rootPath: string;
  /** yyyy-mm-dd */
  asOf: string;
}

export interface SummaryReport { figures: SummaryFigures; text: string; docx: PartyDocumentData }

async function requirementFigures(db: Db, r: Req, scope: ProgressScope): Promise<SummaryRequirement> {
  const p = await progressOf(db, r.id, scope, r.kind === 'model_registration');
  return {
    kind: r.kind, title: r.title, deadline: r.deadline, year: r.year, targeted: p.targeted, submitted: p.submitted, onTime: p.onTime,
    late: p.late, missing: p.missing, notYetDue: p.notYetDue, accepted: p.accepted, ...(p.models && { models: p.models }),
    notSubmitted: p.missingUnits.map((u) => ({ name: u.name, deadline: u.deadline })),
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const typeNameOf = (type: string | null) => (type && docTypeByAbbr(type)?.name) || 'Văn bản';

/** Figures, the rendered wording and the document data of the report; `now` dates the report. */
export async function buildSummary(db: Db, src: SummarySource, now: Date, number: string | null = null): Promise<SummaryReport> {
  const scope: ProgressScope = { rootPath: src.rootPath, asOf: endOfDayVn(src.asOf) };
  const committee = await committeeOf(db, src.requirements[0]!.responsible_unit_id);
  const place = placeOf(committee);
  const requirements: SummaryRequirement[] = [];
  // One at a time: PGlite serialises queries anyway, and a pool of PostgreSQL connections is better left to other requests.
  for (const r of src.requirements) requirements.push(await requirementFigures(db, r, scope));
  const d = src.document;
  const figures: SummaryFigures = {
    committee: committeeInSentence(committee, place), asOf: src.asOf, requirements,
    document: d?.symbol ? { typeName: typeNameOf(d.type), symbol: d.symbol, issuedOn: d.issuedOn, issuer: d.issuerName, subject: lowerFirst(d.subject.replace(/^V\/v\s+/iu, '')) } : null,
  };
  const template = (await findTemplate(db, committee.id, 'summary'))?.body ?? DEFAULT_SUMMARY_TEMPLATE;
  const text = renderTemplate(template, summaryContext(figures));
  const what = figures.document && src.requirements.length > 1
    ? `${figures.document.typeName} số ${figures.document.symbol}`
    : lowerFirst(src.requirements[0]!.title);
  return {
    figures, text,
    docx: {
      superior: superiorOf(committee, place), issuer: upperVi(figures.committee), number, symbolSuffix: symbolSuffixOf('BC', committee.name),
      place, date: vnDate(now), name: 'BÁO CÁO', subject: `Kết quả thực hiện ${what}, tính đến ngày ${formatDate(src.asOf)}`,
      body: toParagraphs(text),
      recipients: [...(committee.parentName ? [`${committee.parentName} (b/c)`] : []), 'Các chi, đảng bộ cơ sở', 'Lưu VP'],
      signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: null },
    },
  };
}

/** What the caller asked for, limited to their scope: one requirement, or every requirement of a document. */
export async function summarySourceFor(db: Db, actor: Actor, q: TSummaryQuery, now: Date): Promise<SummarySource> {
  const asOf = q.asOf ?? vnDate(now);
  const rootPath = actor.scopePath ?? '/';
  if (q.requirementId !== undefined) {
    const r = await findRequirement(db, actor, q.requirementId);
    if (!r) throw notFound('Không tìm thấy yêu cầu trong phạm vi của bạn.');
    return { requirements: [r], document: r.document_id === null ? null : ((await findDocument(db, r.document_id)) ?? null), rootPath, asOf };
  }
  const reqs = await listRequirements(db, actor, { documentId: q.documentId! });
  const document = await findDocument(db, q.documentId!);
  if (!document || reqs.length === 0) throw notFound('Không tìm thấy văn bản, hoặc văn bản chưa có yêu cầu nào trong phạm vi của bạn.');
  return {
    requirements: reqs.map((r) => ({ id: r.id, kind: r.kind, title: r.title, deadline: r.deadline, year: r.year, responsible_unit_id: r.responsibleUnitId })),
    document, rootPath, asOf,
  };
}

/** The directive found by its symbol (diacritics, case and spaces ignored), over the whole tree: the CLI's source. */
export async function summarySourceOfSymbol(db: Db, symbol: string, asOf: string): Promise<SummarySource | null> {
  const reqs = await requirementsOfSymbol(db, symbolKey(symbol));
  if (reqs.length === 0) return null;
  const document = reqs[0]!.document_id === null ? null : ((await findDocument(db, reqs[0]!.document_id)) ?? null);
  return { requirements: reqs, document, rootPath: '/', asOf };
}

export async function summaryDocx(report: SummaryReport): Promise<Buffer> {
  return renderPartyDocument(report.docx);
}
