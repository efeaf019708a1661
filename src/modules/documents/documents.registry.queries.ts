import { sql } from 'kysely';
import type { Actor, ChangeContext } from '../../app/actor';
import type { Db, Trx } from '../../db/connect';
import { recordAudit } from '../audit/audit.queries';
import { unitIdWithinScope } from '../scope';
import type { TDocumentLink, TDocumentListItem, TDocumentListQuery, TDocumentReference } from './documents.registry.schemas';

/**
 * The SQL of the document register. A document is visible to a caller when the register holding it
 * (`owner_unit_id`, a committee) lies in the caller's subtree; citations resolve within one register only,
 * so a link never leads to a document its reader may not open.
 */

/** A document row with its date as 'yyyy-mm-dd' text. */
export interface DocumentRecord {
  id: number;
  direction: 'incoming' | 'outgoing';
  number: string | null;
  symbol: string | null;
  symbol_key: string | null;
  type: string | null;
  issuer_unit_id: number | null;
  issuer_name: string | null;
  place: string | null;
  issued_on: string | null;
  subject: string;
  recipients: unknown;
  body: string;
  file_sha256: string | null;
  file_name: string | null;
  owner_unit_id: number;
  created_at: Date;
  updated_at: Date;
}

export type DocumentValues = Omit<DocumentRecord, 'id' | 'recipients' | 'created_at' | 'updated_at'> & { recipients: string[]; search_key: string };

const COLUMNS = [
  'document.id', 'document.direction', 'document.number', 'document.symbol', 'document.symbol_key', 'document.type', 'document.issuer_unit_id',
  'document.issuer_name', 'document.place', 'document.subject', 'document.recipients', 'document.body', 'document.file_sha256',
  'document.file_name', 'document.owner_unit_id', 'document.created_at', 'document.updated_at',
] as const;
const ISSUED_ON = sql<string | null>`document.issued_on::text`.as('issued_on');

/** `document.owner_unit_id in (the caller's subtree)`. */
function visibleTo(db: Db | Trx, actor: Actor) {
  return unitIdWithinScope(db, actor, 'document.owner_unit_id');
}

export function toListItem(r: Omit<DocumentRecord, 'body' | 'recipients' | 'symbol_key' | 'created_at' | 'updated_at'>): TDocumentListItem {
  return {
    id: r.id, direction: r.direction, number: r.number, symbol: r.symbol, type: r.type, issuerUnitId: r.issuer_unit_id, issuerName: r.issuer_name,
    place: r.place, issuedOn: r.issued_on, subject: r.subject, ownerUnitId: r.owner_unit_id, fileName: r.file_name, hasFile: r.file_sha256 !== null,
  };
}

/** `%`, `_` and `\` taken literally in a `like` pattern (PostgreSQL's default escape is the backslash). */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What the list looks for, prepared by the service: the folded phrase, the symbol key it may be, the issuer names it matched. */
export interface DocumentSearch {
  phrase: string | null;
  symbolKey: string | null;
  issuerNames: readonly string[] | null;
}

/** Filtered rows of the register, unsorted and unpaged. */
function filtered(db: Db, actor: Actor, f: TDocumentListQuery, s: DocumentSearch) {
  return db
    .selectFrom('document')
    .where(visibleTo(db, actor))
    // The phrase anywhere in symbol, subject or text; or the symbol however it was spaced ("1720 - CV/ĐUK").
    .$if(s.phrase !== null, (qb) => qb.where((eb) => eb.or([
      eb('document.search_key', 'like', `%${likeLiteral(s.phrase!)}%`),
      ...(s.symbolKey ? [eb('document.symbol_key', '=', s.symbolKey)] : []),
    ])))
    .$if(f.type !== undefined, (qb) => qb.where(sql`upper(document.type)`, '=', f.type!.toUpperCase()))
    .$if(f.issuerUnitId !== undefined, (qb) => qb.where('document.issuer_unit_id', '=', f.issuerUnitId!))
    .$if(s.issuerNames !== null, (qb) => (s.issuerNames!.length ? qb.where('document.issuer_name', 'in', s.issuerNames!) : qb.where(sql<boolean>`false`)))
    .$if(f.direction !== undefined, (qb) => qb.where('document.direction', '=', f.direction!))
    .$if(f.year !== undefined, (qb) => qb.where('document.issued_on', '>=', `${f.year}-01-01`).where('document.issued_on', '<', `${f.year! + 1}-01-01`));
}

const LIST_COLUMNS = [
  'document.id', 'document.direction', 'document.number', 'document.symbol', 'document.type', 'document.issuer_unit_id', 'document.issuer_name',
  'document.place', 'document.subject', 'document.owner_unit_id', 'document.file_name', 'document.file_sha256',
] as const;

/** One page by issue date, newest first (documents without a date last), and the total, in two indexed queries. */
export async function listByDate(db: Db, actor: Actor, f: TDocumentListQuery, s: DocumentSearch) {
  const base = filtered(db, actor, f, s);
  const [rows, count] = await Promise.all([
    base.select([...LIST_COLUMNS, ISSUED_ON]).orderBy(sql`document.issued_on desc nulls last`).orderBy('document.id', 'desc')
      .limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toListItem), total: Number(count.n) };
}

/** Every match with what a Vietnamese sort needs (the databases' collations cannot be relied on for "vi"); capped. */
export async function listSortKeys(db: Db, actor: Actor, f: TDocumentListQuery, s: DocumentSearch) {
  return filtered(db, actor, f, s).select(['document.id', 'document.subject', 'document.symbol']).limit(20_000).execute();
}

export async function listItemsByIds(db: Db, ids: readonly number[]): Promise<TDocumentListItem[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('document').select([...LIST_COLUMNS, ISSUED_ON]).where('document.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, toListItem(r)]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/** The issuer names used in the caller's registers, to match an issuer filter without diacritics. */
export async function issuerNamesInScope(db: Db, actor: Actor): Promise<string[]> {
  const rows = await db.selectFrom('document').select('document.issuer_name').distinct().where(visibleTo(db, actor)).where('document.issuer_name', 'is not', null).execute();
  return rows.map((r) => r.issuer_name!);
}

export async function findDocument(db: Db | Trx, actor: Actor, id: number): Promise<DocumentRecord | undefined> {
  return db.selectFrom('document').select([...COLUMNS, ISSUED_ON]).where('document.id', '=', id).where(visibleTo(db, actor)).executeTakeFirst();
}

/** Locked for the rest of the transaction, so two edits of one document queue up. Scoped like findDocument. */
export async function lockDocument(trx: Trx, actor: Actor, id: number): Promise<DocumentRecord | undefined> {
  return trx.selectFrom('document').select([...COLUMNS, ISSUED_ON]).where('document.id', '=', id).where(visibleTo(trx, actor)).forUpdate().executeTakeFirst();
}

/** "Căn cứ": the document's citations in the order written, each with the stored document it resolved to. */
export async function referencesOf(db: Db, id: number): Promise<TDocumentReference[]> {
  const rows = await db.selectFrom('document_reference as r').leftJoin('document as d', 'd.id', 'r.resolved_document_id')
    .select(['r.symbol', sql<string | null>`r.cited_on::text`.as('cited_on'), 'r.issuer_code', 'r.title', 'd.id as did', 'd.symbol as dsymbol', 'd.subject as dsubject', sql<string | null>`d.issued_on::text`.as('dissued')])
    .where('r.document_id', '=', id).orderBy('r.id').execute();
  return rows.map((r) => ({
    symbol: r.symbol, citedOn: r.cited_on, issuerCode: r.issuer_code, title: r.title,
    resolved: r.did === null ? null : { id: r.did, symbol: r.dsymbol, subject: r.dsubject!, issuedOn: r.dissued },
  }));
}

/** "Được viện dẫn bởi": the caller's documents citing this one, newest first. */
export async function citedBy(db: Db, actor: Actor, id: number): Promise<TDocumentLink[]> {
  const rows = await db.selectFrom('document')
    .select(['document.id', 'document.symbol', 'document.subject', ISSUED_ON])
    .where(visibleTo(db, actor))
    .where('document.id', 'in', db.selectFrom('document_reference').select('document_id').where('resolved_document_id', '=', id))
    .orderBy(sql`document.issued_on desc nulls last`).orderBy('document.id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, symbol: r.symbol, subject: r.subject, issuedOn: r.issued_on }));
}

export async function requirementsCount(db: Db, documentId: number): Promise<number> {
  const r = await db.selectFrom('requirement').select((eb) => eb.fn.countAll<string>().as('n')).where('document_id', '=', documentId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function fileMediaType(db: Db, sha256: string | null): Promise<string | null> {
  if (!sha256) return null;
  const r = await db.selectFrom('file_blob').select('media_type').where('sha256', '=', sha256).executeTakeFirst();
  return r?.media_type ?? null;
}

/** The id of another document of the same register with this symbol key, if any. */
export async function symbolHolder(trx: Trx, ownerUnitId: number, key: string, exceptId: number | null): Promise<number | null> {
  const r = await trx.selectFrom('document').select('id').where('owner_unit_id', '=', ownerUnitId).where('symbol_key', '=', key)
    .$if(exceptId !== null, (qb) => qb.where('id', '<>', exceptId!)).executeTakeFirst();
  return r?.id ?? null;
}

const jsonb = (v: unknown) => sql<never>`${JSON.stringify(v)}::jsonb`;

export async function insertDocument(trx: Trx, ctx: ChangeContext, v: DocumentValues): Promise<number> {
  const { id } = await trx.insertInto('document').values({ ...v, recipients: jsonb(v.recipients), created_by: ctx.actor?.userId ?? null })
    .returning('id').executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, { action: 'create', entity: 'document', entityId: id, after: auditView(v) });
  return id;
}

export async function updateDocumentRow(trx: Trx, ctx: ChangeContext, before: DocumentRecord, set: Partial<DocumentValues>, now: Date): Promise<void> {
  const { recipients, ...rest } = set;
  await trx.updateTable('document').set({ ...rest, ...(recipients && { recipients: jsonb(recipients) }), updated_at: now }).where('id', '=', before.id).execute();
  await recordAudit(trx, ctx, { action: 'update', entity: 'document', entityId: before.id, before: auditView(before), after: auditView(set) });
}

/** What the audit log keeps of a document: everything but the full text and the search key (the text can be 1 MB). */
function auditView(v: Partial<DocumentValues> | DocumentRecord) {
  const { body, search_key: _, ...rest } = v as Partial<DocumentValues>;
  return { ...rest, ...(body !== undefined && { bodyLength: body.length }) };
}

export interface CitationValues { symbol: string; symbol_key: string; cited_on: string | null; issuer_code: string | null; title: string | null }

/** Replaces the document's citations, each resolved to the document of the same register with that symbol key. */
export async function replaceReferences(trx: Trx, ctx: ChangeContext, doc: { id: number; owner_unit_id: number }, refs: readonly CitationValues[]): Promise<void> {
  await trx.deleteFrom('document_reference').where('document_id', '=', doc.id).execute();
  if (refs.length > 0) {
    const keys = [...new Set(refs.map((r) => r.symbol_key))];
    const targets = await trx.selectFrom('document').select(['id', 'symbol_key']).where('owner_unit_id', '=', doc.owner_unit_id)
      .where('symbol_key', 'in', keys).where('id', '<>', doc.id).execute();
    const byKey = new Map(targets.map((t) => [t.symbol_key!, t.id]));
    await trx.insertInto('document_reference').values(refs.map((r) => ({ ...r, document_id: doc.id, resolved_document_id: byKey.get(r.symbol_key) ?? null }))).execute();
  }
  await recordAudit(trx, ctx, { action: 'set_references', entity: 'document', entityId: doc.id, after: refs.map((r) => r.symbol) });
}

/**
 * Citations elsewhere in the register follow the document's symbol: those resolved to it by an old symbol are let go,
 * and unresolved ones naming its current symbol now resolve to it. Returns how many now point at it.
 */
export async function relinkCitations(trx: Trx, ctx: ChangeContext, doc: { id: number; owner_unit_id: number; symbol_key: string | null }): Promise<number> {
  const register = trx.selectFrom('document').select('id').where('owner_unit_id', '=', doc.owner_unit_id);
  await trx.updateTable('document_reference').set({ resolved_document_id: null }).where('resolved_document_id', '=', doc.id)
    .$if(doc.symbol_key !== null, (qb) => qb.where('symbol_key', '<>', doc.symbol_key!)).execute();
  if (doc.symbol_key === null) return 0;
  const r = await trx.updateTable('document_reference').set({ resolved_document_id: doc.id })
    .where('symbol_key', '=', doc.symbol_key).where('resolved_document_id', 'is', null)
    .where('document_id', '<>', doc.id).where('document_id', 'in', register).executeTakeFirst();
  const linked = Number(r.numUpdatedRows);
  if (linked > 0) await recordAudit(trx, ctx, { action: 'link_citations', entity: 'document', entityId: doc.id, after: { symbolKey: doc.symbol_key, linked } });
  return linked;
}

/** The committee whose register a user works in: a board's parent committee, otherwise the user's own unit. */
export async function committeeOf(db: Db | Trx, unitId: number): Promise<number> {
  const u = await db.selectFrom('org_unit').select(['id', 'kind', 'parent_id']).where('id', '=', unitId).executeTakeFirstOrThrow();
  return u.kind === 'ban' && u.parent_id !== null ? u.parent_id : u.id;
}

/** The unit, when it lies in the caller's subtree. */
export async function unitInScope(db: Db | Trx, actor: Actor, unitId: number): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', unitId)
    .$if(actor.scopePath !== null, (qb) => qb.where('path', 'like', `${actor.scopePath}%`)).executeTakeFirst();
}

/** Units a letter may name, for matching its assignees: the active units of the caller's subtree. */
export async function unitsForDrafts(db: Db, actor: Actor) {
  return db.selectFrom('org_unit').select(['id', 'code', 'name', 'kind', 'path']).where('active', '=', true)
    .$if(actor.scopePath !== null, (qb) => qb.where('path', 'like', `${actor.scopePath}%`)).orderBy('id').execute();
}
