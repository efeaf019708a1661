import type { TAnalysis } from '../../modules/documents/documents.schemas';
import type { TDocumentCreate, TDocumentDetail, TDocumentDirection, TRequirementDraft } from '../../modules/documents/documents.registry.schemas';
import type { TRequirementCreate, TTargetInput } from '../../modules/requirements/requirements.schemas';

/** Between the register's forms and the API: form values ↔ request bodies. Pure, so tested without a browser. */

/** The form's values: the request body, with recipients as one line each (easier to type and paste). */
export interface DocumentValues {
  direction: TDocumentDirection;
  number?: string | null;
  symbol?: string | null;
  type?: string | null;
  issuedOn?: string | null;
  place?: string | null;
  issuerName?: string | null;
  issuerUnitId?: number | null;
  subject?: string;
  recipients?: string;
  body?: string;
}

const orNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** Form values → the body of POST / PATCH /api/documents. */
export function toDocumentBody(v: DocumentValues): TDocumentCreate {
  return {
    direction: v.direction,
    number: orNull(v.number),
    symbol: orNull(v.symbol),
    type: orNull(v.type),
    issuedOn: v.issuedOn ?? null,
    place: orNull(v.place),
    issuerName: orNull(v.issuerName),
    issuerUnitId: v.issuerUnitId ?? null,
    subject: (v.subject ?? '').trim(),
    recipients: (v.recipients ?? '').split('\n').map((r) => r.trim().replace(/^[-–•]\s*/, '').replace(/[;,.]$/, '')).filter(Boolean),
    body: v.body ?? '',
  };
}

/** The values a parsed letter gives: everything the toolkit read from it, the normalised text as the body. */
export function valuesFromAnalysis(a: TAnalysis, direction: TDocumentDirection): DocumentValues {
  const d = a.directive;
  return {
    direction, number: d.number, symbol: d.symbol, type: d.type, issuedOn: d.issuedOn, place: d.place,
    issuerName: d.issuer, issuerUnitId: null, subject: d.subject ?? '', recipients: d.recipients.join('\n'), body: a.text,
  };
}

/** The values of a stored document, for editing it. */
export function valuesFromDocument(d: TDocumentDetail): DocumentValues {
  return {
    direction: d.direction, number: d.number, symbol: d.symbol, type: d.type, issuedOn: d.issuedOn, place: d.place,
    issuerName: d.issuerName, issuerUnitId: d.issuerUnitId, subject: d.subject, recipients: d.recipients.join('\n'), body: d.body,
  };
}

/** "CV" from "1720-CV/ĐUK", "NQ" from "76/NQ-CP": the type is written in the symbol. */
export function typeOfSymbol(symbol: string): string | null {
  const party = /^\d+-([^/\s]+)\//.exec(symbol);
  if (party) return party[1]!;
  const state = /^\d+(?:\/\d{4})?\/([^-\s/]+)-/.exec(symbol);
  return state ? state[1]! : null;
}

/** Values from the address: "Thêm văn bản này" on an unresolved citation passes its symbol, date and title. */
export function initialFromQuery(p: URLSearchParams): DocumentValues {
  const symbol = p.get('symbol');
  const date = p.get('date');
  return {
    direction: 'incoming',
    symbol,
    number: symbol ? (/^\d+/.exec(symbol)?.[0] ?? null) : null,
    type: symbol ? typeOfSymbol(symbol) : null,
    issuedOn: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    subject: p.get('title') ?? '',
  };
}

/** The editable part of a draft, as the requirement form holds it. */
export interface DraftValues {
  kind: TRequirementDraft['kind'];
  title: string;
  instructions?: string;
  deadline: string;
  period?: [string, string] | null;
  targets: { rule: TTargetInput['rule']; kind?: string | null; unitId?: number | null }[];
  deadlineOverrides?: { unitId: number; deadline: string }[];
  contactName?: string | null;
  contactPhone?: string | null;
}

/** A proposed requirement as the card's form starts. */
export function valuesOfDraft(d: TRequirementDraft): DraftValues {
  return {
    kind: d.kind, title: d.title, instructions: d.instructions, deadline: d.deadline,
    period: d.periodFrom && d.periodTo ? [d.periodFrom, d.periodTo] : null,
    targets: d.targets.map((t) => ({ rule: t.rule, kind: 'kind' in t ? t.kind : null, unitId: t.unitId ?? null })),
    deadlineOverrides: d.deadlineOverrides,
    contactName: d.contactName, contactPhone: d.contactPhone,
  };
}

/** The edited draft → the body of POST /api/requirements, tied to the document. */
export function bodyOfDraft(d: TRequirementDraft, v: DraftValues): TRequirementCreate {
  const targets: TTargetInput[] = v.targets.map((t) => {
    const unitId = t.unitId ?? undefined;
    if (t.rule === 'kind') return { rule: 'kind', kind: t.kind as Extract<TTargetInput, { rule: 'kind' }>['kind'], unitId };
    if (t.rule === 'all_grassroots') return { rule: 'all_grassroots', unitId };
    return { rule: t.rule, unitId: unitId! };
  });
  return {
    kind: v.kind, title: v.title.trim(), instructions: (v.instructions ?? '').trim(), deadline: v.deadline,
    periodFrom: v.period?.[0] ?? null, periodTo: v.period?.[1] ?? null,
    contactName: v.contactName?.trim() || null, contactPhone: v.contactPhone?.trim() || null,
    targets, deadlineOverrides: v.deadlineOverrides ?? [], documentId: d.documentId,
    // The draft's year follows its deadline, unless staff moved the deadline to another year.
    year: d.year !== undefined && d.deadline.slice(0, 4) === v.deadline.slice(0, 4) ? d.year : undefined,
    responsibleUnitId: d.responsibleUnitId,
  };
}


/** The register's list as the address keeps it (so "back" from a document returns to the same search and page). */
export interface ListState {
  filter: { q?: string; type?: string; issuer?: string; year?: number; direction?: TDocumentDirection };
  sort: 'issuedOn' | 'subject' | 'symbol';
  page: number;
  pageSize: number;
}

const SORTS = ['issuedOn', 'subject', 'symbol'] as const;
const PAGE_SIZES = [20, 50, 100];

/** `?q=…&type=CV&year=2024&page=2` → the list state; anything malformed falls back to the default. */
export function listStateFromParams(p: URLSearchParams): ListState {
  const str = (k: string) => p.get(k)?.trim() || undefined;
  const year = Number(p.get('year'));
  const direction = p.get('direction');
  const sort = p.get('sort') as ListState['sort'];
  const page = Number(p.get('page'));
  const pageSize = Number(p.get('pageSize'));
  return {
    filter: {
      q: str('q'), type: str('type'), issuer: str('issuer'),
      year: Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : undefined,
      direction: direction === 'incoming' || direction === 'outgoing' ? direction : undefined,
    },
    sort: SORTS.includes(sort) ? sort : 'issuedOn',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

/** The list state → its address query, defaults left out so a plain visit stays `/van-ban`. */
export function listStateToParams(s: ListState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.filter)) if (v !== undefined && v !== '') out[k] = String(v);
  if (s.sort !== 'issuedOn') out.sort = s.sort;
  if (s.page !== 1) out.page = String(s.page);
  if (s.pageSize !== 20) out.pageSize = String(s.pageSize);
  return out;
}
