import type { Actor, ChangeContext } from '../../app/actor';
import { cleanFileName } from '../../domain/file-kind';
import { AppError, badRequest, notFound } from '../../app/errors';
import type { Db, Trx } from '../../db/connect';
import { isUniqueViolation } from '../../db/errors';
import { symbolKey } from '../../domain/symbol-key';
import { compareVi, normalizeText, parseDirective, searchKey } from '../../vn/index';
import { getBlob, putBlob } from '../files/files.queries';
import { readDocument } from './documents.read';
import type { z } from 'zod';
import type { TDocumentDetail, TDocumentList, TDocumentListQuery, TDocumentUpdate, ZDocumentCreate } from './documents.registry.schemas';
import * as q from './documents.registry.queries';
import { documentSearchKey } from './documents.search-key';
import type { TFileType } from './documents.schemas';

export type ActorContext = ChangeContext & { actor: Actor };
export interface UploadedFile { data: Buffer; filename: string }
/** The fields of a new document, checked and with their defaults. */
export type TDocumentCreateData = z.output<typeof ZDocumentCreate>;

const notFoundDoc = () => notFound('Không tìm thấy văn bản.');

/** A page of the caller's registers: searched without diacritics, filtered, sorted the Vietnamese way. */
export async function listDocuments(db: Db, actor: Actor, f: TDocumentListQuery): Promise<TDocumentList> {
  // One phrase, not separate words: Vietnamese syllables are short and common ("so", "cua"), so any long letter
  // holds each of them somewhere, and only their sequence tells what was meant.
  const phrase = f.q ? searchKey(f.q).replace(/\s+/g, ' ') : '';
  const search: q.DocumentSearch = { phrase: phrase || null, symbolKey: f.q && /\d/.test(f.q) ? symbolKey(f.q) : null, issuerNames: null };
  if (f.issuer) {
    const wanted = searchKey(f.issuer);
    search.issuerNames = (await q.issuerNamesInScope(db, actor)).filter((n) => searchKey(n).includes(wanted));
  }
  if (f.sort === 'issuedOn') return q.listByDate(db, actor, f, search);
  const keys = await q.listSortKeys(db, actor, f, search);
  const by = f.sort === 'subject' ? (k: (typeof keys)[number]) => k.subject : (k: (typeof keys)[number]) => k.symbol;
  // Documents without a symbol go last, then ties by id so paging is stable.
  keys.sort((a, b) => (by(a) === null ? 1 : 0) - (by(b) === null ? 1 : 0) || compareVi(by(a) ?? '', by(b) ?? '') || a.id - b.id);
  const page = keys.slice((f.page - 1) * f.pageSize, f.page * f.pageSize).map((k) => k.id);
  return { items: await q.listItemsByIds(db, page), total: keys.length };
}

export async function documentDetail(db: Db, actor: Actor, id: number): Promise<TDocumentDetail> {
  const doc = await q.findDocument(db, actor, id);
  if (!doc) throw notFoundDoc();
  const [references, citedBy, requirementsCount, fileMediaType] = await Promise.all([
    q.referencesOf(db, id), q.citedBy(db, actor, id), q.requirementsCount(db, id), q.fileMediaType(db, doc.file_sha256),
  ]);
  return {
    ...q.toListItem(doc),
    recipients: Array.isArray(doc.recipients) ? (doc.recipients as string[]) : [],
    body: doc.body, fileMediaType, references, unresolvedCount: references.filter((r) => r.resolved === null).length,
    citedBy, requirementsCount, createdAt: doc.created_at.toISOString(), updatedAt: doc.updated_at.toISOString(),
  };
}

/** The citations of a text, one per cited symbol and date written beside it (a slip in a date stays visible). */
export function citationsOf(body: string, ownKey: string | null): q.CitationValues[] {
  if (!body.trim()) return [];
  const out: q.CitationValues[] = [];
  for (const r of parseDirective(body).references) {
    const key = symbolKey(r.symbol);
    if (key === ownKey) continue;
    const dates = [...new Set(r.mentions.map((m) => m.date))];
    for (const date of dates.length ? dates : [r.date]) {
      const title = r.mentions.find((m) => m.date === date && m.title)?.title ?? r.title;
      out.push({ symbol: r.symbol, symbol_key: key, cited_on: date, issuer_code: r.issuerCode || null, title });
    }
  }
  return out;
}

const MEDIA_TYPES: Record<TFileType, string> = {
  text: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Translates the unique index's verdict when two people register the same symbol at once. */
async function guarded<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(fn);
  } catch (err) {
    if (isUniqueViolation(err)) throw symbolConflict(null, null);
    throw err;
  }
}

const symbolConflict = (symbol: string | null, documentId: number | null) => new AppError(
  'DOCUMENT_SYMBOL_TAKEN', 409, `Sổ văn bản đã có văn bản số ký hiệu ${symbol ? `"${symbol}"` : 'này'}. Hãy mở văn bản đó thay vì nhập lại.`,
  documentId === null ? undefined : { documentId },
);

/** The register a new document goes to: the one asked for, when in the caller's subtree; else the caller's committee. */
async function ownerFor(trx: Trx, actor: Actor, ownerUnitId: number | undefined): Promise<number> {
  if (ownerUnitId === undefined) return q.committeeOf(trx, actor.unitId);
  if (!(await q.unitInScope(trx, actor, ownerUnitId))) throw badRequest('UNKNOWN_UNIT', 'Sổ văn bản được chọn không thuộc phạm vi của bạn.');
  return ownerUnitId;
}

/** The issuer's name: the one typed, else the chosen unit's. */
async function issuerNameFor(trx: Trx, issuerUnitId: number | null, typed: string | null): Promise<string | null> {
  if (issuerUnitId === null) return typed;
  const unit = await trx.selectFrom('org_unit').select('name').where('id', '=', issuerUnitId).executeTakeFirst();
  if (!unit) throw badRequest('UNKNOWN_UNIT', `Không tìm thấy cơ quan ban hành có mã số ${issuerUnitId}.`);
  return typed ?? unit.name;
}

export async function createDocument(db: Db, ctx: ActorContext, body: TDocumentCreateData, file?: UploadedFile): Promise<TDocumentDetail> {
  const read = file ? await readDocument(file.data, file.filename) : null;
  const text = body.body.trim() ? body.body : read ? normalizeText(read.text) : '';
  const id = await guarded(db, async (trx) => {
    const owner = await ownerFor(trx, ctx.actor, body.ownerUnitId);
    const key = body.symbol ? symbolKey(body.symbol) : null;
    const holder = key ? await q.symbolHolder(trx, owner, key, null) : null;
    if (holder !== null) throw symbolConflict(body.symbol, holder);
    const blob = file && read ? await putBlob(trx, file.data, MEDIA_TYPES[read.fileType]) : null;
    const values: q.DocumentValues = {
      direction: body.direction, number: body.number, symbol: body.symbol, symbol_key: key, type: body.type, issuer_unit_id: body.issuerUnitId,
      issuer_name: await issuerNameFor(trx, body.issuerUnitId, body.issuerName), place: body.place, issued_on: body.issuedOn, subject: body.subject,
      recipients: body.recipients, body: text, search_key: documentSearchKey(body.symbol, body.subject, text),
      file_sha256: blob?.sha256 ?? null, file_name: file ? storedFileName(file.filename) : null, owner_unit_id: owner,
    };
    const id = await q.insertDocument(trx, ctx, values);
    await q.replaceReferences(trx, ctx, { id, owner_unit_id: owner }, citationsOf(text, key));
    await q.relinkCitations(trx, ctx, { id, owner_unit_id: owner, symbol_key: key });
    return id;
  });
  return documentDetail(db, ctx.actor, id);
}

export async function updateDocument(db: Db, ctx: ActorContext, id: number, body: TDocumentUpdate, now: Date): Promise<TDocumentDetail> {
  await guarded(db, async (trx) => {
    const before = await q.lockDocument(trx, ctx.actor, id);
    if (!before) throw notFoundDoc();
    const symbol = body.symbol === undefined ? before.symbol : body.symbol;
    const key = symbol ? symbolKey(symbol) : null;
    const holder = key && key !== before.symbol_key ? await q.symbolHolder(trx, before.owner_unit_id, key, id) : null;
    if (holder !== null) throw symbolConflict(symbol, holder);
    const subject = body.subject ?? before.subject;
    const text = body.body ?? before.body;
    const issuerUnitId = body.issuerUnitId === undefined ? before.issuer_unit_id : body.issuerUnitId;
    const set = Object.fromEntries(Object.entries({
      direction: body.direction, number: body.number, symbol: body.symbol, symbol_key: body.symbol === undefined ? undefined : key, type: body.type,
      issuer_unit_id: body.issuerUnitId, place: body.place, issued_on: body.issuedOn, subject: body.subject, recipients: body.recipients, body: body.body,
      issuer_name: body.issuerUnitId !== undefined || body.issuerName !== undefined
        ? await issuerNameFor(trx, issuerUnitId, body.issuerName === undefined ? null : body.issuerName) : undefined,
      search_key: documentSearchKey(symbol, subject, text),
    }).filter(([, v]) => v !== undefined)) as Partial<q.DocumentValues>;
    await q.updateDocumentRow(trx, ctx, before, set, now);
    if (body.body !== undefined || key !== before.symbol_key) await q.replaceReferences(trx, ctx, before, citationsOf(text, key));
    if (key !== before.symbol_key) await q.relinkCitations(trx, ctx, { id, owner_unit_id: before.owner_unit_id, symbol_key: key });
  });
  return documentDetail(db, ctx.actor, id);
}

/** The original file of a document the caller may see; 404 when it has none. */
export async function documentFile(db: Db, actor: Actor, id: number): Promise<{ data: Buffer; mediaType: string; fileName: string }> {
  const doc = await q.findDocument(db, actor, id);
  if (!doc) throw notFoundDoc();
  const blob = doc.file_sha256 ? await getBlob(db, doc.file_sha256) : undefined;
  if (!blob) throw new AppError('NOT_FOUND', 404, 'Văn bản này không có tệp gốc.');
  return { data: blob.data, mediaType: blob.mediaType, fileName: doc.file_name ?? `van-ban-${id}` };
}

/** A file name as shown and sent back: no path, no control or invisible characters, at most 200 characters. */
function storedFileName(name: string): string {
  return Array.from(cleanFileName(name) || 'tep-goc').slice(0, 200).join('');
}
