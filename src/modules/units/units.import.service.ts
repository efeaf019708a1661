import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor';
import { AppError, badRequest } from '../../app/errors';
import type { Db } from '../../db/connect';
import { checkUnitImport, codesMentioned, type ImportCheck } from '../../domain/unit-import';
import { buildUnitsWorkbook, orderForExport } from './units.export';
import { readImportFile } from './units.import';
import * as q from './units.queries';
import type { TImportPreview, TImportResult } from './units.schemas';
import { type ActorContext, inTransaction } from './units.service';

export interface Upload {
  data: Buffer;
  filename: string;
}

/** The one file of a multipart request, field "file"; larger than the upload limit gives a 413 (errors.ts). */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  const file = await req.file();
  if (!file) throw badRequest('FILE_REQUIRED', 'Chưa chọn tệp để nhập (trường "file").');
  if (file.fieldname !== 'file') throw badRequest('FILE_REQUIRED', `Tệp phải gửi trong trường "file", không phải "${file.fieldname}".`);
  return { data: await file.toBuffer(), filename: file.filename };
}

function toPreview(check: ImportCheck): TImportPreview {
  return { rows: check.rows, problems: check.problems, badRows: new Set(check.problems.map((p) => p.line)).size, valid: check.problems.length === 0 };
}

/** Every row of the file and every problem in it; writes nothing. */
export async function previewImport(db: Db, actor: Actor, upload: Upload): Promise<TImportPreview> {
  const rows = await readImportFile(upload.data, upload.filename);
  const existing = await q.findUnitsByCodes(db, codesMentioned(rows));
  return toPreview(checkUnitImport({ rows, existing, scopePath: actor.scopePath }));
}

/** Checks the file again and, only when every row is valid, creates all its units in one transaction. */
export async function runImport(db: Db, ctx: ActorContext, upload: Upload): Promise<TImportResult> {
  const rows = await readImportFile(upload.data, upload.filename);
  return inTransaction(db, async (trx) => {
    const existing = await q.findUnitsByCodes(trx, codesMentioned(rows), true);
    const check = checkUnitImport({ rows, existing, scopePath: ctx.actor.scopePath });
    if (check.problems.length > 0) {
      const bad = toPreview(check).badRows;
      throw new AppError('IMPORT_INVALID', 400, `Tệp có ${bad}/${rows.length} dòng không hợp lệ nên chưa nhập đơn vị nào. Hãy xem trước để biết lỗi ở từng dòng.`);
    }
    const created = new Map<string, { id: number; path: string }>();
    for (const u of check.order) {
      // Parents come first in `order`: an in-file parent is already created, any other exists.
      const parent = u.parentCode === null ? null : (created.get(u.parentCode) ?? existing.get(u.parentCode)!);
      const row = await q.insertUnit(trx, ctx, { code: u.code, name: u.name, kind: u.kind, parent });
      created.set(u.code, { id: row.id, path: row.path });
    }
    await q.recordUnitImport(trx, ctx, { file: upload.filename, created: created.size });
    return { created: created.size };
  });
}

/** The actor's subtree as an XLSX workbook, ready to edit and import again. */
export async function exportUnits(db: Db, actor: Actor, opts: { includeInactive: boolean }): Promise<Buffer> {
  const rows = await q.listSubtreeForExport(db, actor, opts);
  return buildUnitsWorkbook(orderForExport(rows, actor.scopePath), opts);
}
