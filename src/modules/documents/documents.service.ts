import type { FastifyRequest } from 'fastify';
import { badRequest } from '../../app/errors';
import { analyze } from '../../vn/index';
import { readDocument } from './documents.read';
import type { TAnalysis, TFileType } from './documents.schemas';

/** A letter's text checked by src/vn: normalised text, parsed letter, findings. */
function analysisOf(text: string, fileType: TFileType, encoding?: TAnalysis['encoding']): TAnalysis {
  const result = analyze(text);
  // analyze() reports an encoding only when it had to repair the text; a decoded file keeps its own.
  return { ...result, encoding: result.encoding ?? encoding, fileType };
}

/** Checks pasted text. */
export function analyzeText(text: string): TAnalysis {
  return analysisOf(text, 'text');
}

/** Reads a .txt, .docx or .pdf file and checks it; an unreadable file throws a 4xx AppError. */
export async function analyzeFile(bytes: Uint8Array, filename = ''): Promise<TAnalysis> {
  const doc = await readDocument(bytes, filename);
  return analysisOf(doc.text, doc.fileType, doc.encoding);
}

/** The one file of a multipart request, field "file"; over the upload limit gives a 413 (errors.ts). */
export async function readUploadedFile(req: FastifyRequest): Promise<{ data: Buffer; filename: string }> {
  const file = await req.file();
  if (!file) throw badRequest('FILE_REQUIRED', 'Chưa chọn tệp văn bản (trường "file").');
  if (file.fieldname !== 'file') throw badRequest('FILE_REQUIRED', `Tệp phải gửi trong trường "file", không phải "${file.fieldname}".`);
  return { data: await file.toBuffer(), filename: file.filename };
}
