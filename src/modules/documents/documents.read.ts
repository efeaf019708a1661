import { AppError } from '../../app/errors';
import { decodeText } from '../../vn/index';
import { MAX_TEXT_CHARS, type TAnalysis, type TFileType } from './documents.schemas';
import { inflatedSize, type ZipEntry, zipEntries } from './documents.zip';

/**
 * Reading a letter's file into text, for the API and the `danvan` commands alike: plain text in
 * any encoding src/vn can decode, Word .docx (mammoth) and PDF with a text layer (unpdf).
 * The type comes from the content (magic bytes); the name only makes an error message clearer.
 * It lives here and not in src/vn because it does I/O-library work; src/vn stays pure.
 */

/** The same limit as the server's multipart uploads (MAX_UPLOAD_BYTES in app/uploads.ts). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Uncompressed XML a .docx may hold: far above any letter, far below what would exhaust memory. */
export const MAX_DOCX_XML_BYTES = 50 * 1024 * 1024;
/** A text file longer than this cannot decode to MAX_TEXT_CHARS or fewer (4 bytes per character at most). */
const MAX_TEXT_FILE_BYTES = 4 * MAX_TEXT_CHARS;

export interface ReadDocument {
  fileType: TFileType;
  /** As read: not yet normalised (analyze() does that, and counts lines on its result). */
  text: string;
  /** How a plain-text file was decoded. */
  encoding?: NonNullable<TAnalysis['encoding']>;
}

const fail = (code: string, status: number, message: string) => new AppError(code, status, message);
const KINDS = 'văn bản thuần (.txt), Word (.docx) hoặc PDF có lớp chữ';

/** Other formats people send, recognised by their first bytes, with what to do instead. */
const FOREIGN: [prefix: number[], message: string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'Tệp Word 97-2003 (.doc), Excel cũ hoặc Word có đặt mật khẩu chưa đọc được. Hãy mở tệp, bỏ mật khẩu nếu có, và lưu lại dạng .docx.'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'Tệp RTF chưa đọc được. Hãy mở tệp trong Word và lưu lại dạng .docx.'],
  [[0x89, 0x50, 0x4e, 0x47], 'Tệp ảnh (PNG) không có chữ để đọc. Hãy dùng bản Word, PDF có lớp chữ, hoặc nhận dạng chữ (OCR) trước.'],
  [[0xff, 0xd8, 0xff], 'Tệp ảnh (JPEG) không có chữ để đọc. Hãy dùng bản Word, PDF có lớp chữ, hoặc nhận dạng chữ (OCR) trước.'],
  [[0x49, 0x49, 0x2a, 0x00], 'Tệp ảnh (TIFF) không có chữ để đọc. Hãy dùng bản Word, PDF có lớp chữ, hoặc nhận dạng chữ (OCR) trước.'],
  [[0x1f, 0x8b], 'Tệp nén (.gz) chưa đọc được. Hãy giải nén và chọn tệp văn bản bên trong.'],
  [[0x52, 0x61, 0x72, 0x21], 'Tệp nén (.rar) chưa đọc được. Hãy giải nén và chọn tệp văn bản bên trong.'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'Tệp nén (.7z) chưa đọc được. Hãy giải nén và chọn tệp văn bản bên trong.'],
];

/** "PK\3\4": a ZIP archive, as every .docx is. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
/** "%PDF-" may follow a little junk; readers look for it in the first kilobyte. */
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes('%PDF-');
const shortName = (name: string) => (name.length > 80 ? `${name.slice(0, 77)}…` : name);

/** The text of a letter's file; throws an AppError (4xx, Vietnamese message) for anything it cannot read. */
export async function readDocument(bytes: Uint8Array, filename = ''): Promise<ReadDocument> {
  if (bytes.length === 0) throw fail('DOCUMENT_EMPTY', 400, 'Tệp rỗng: không có nội dung để đọc.');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw fail('DOCUMENT_TOO_LARGE', 413, 'Tệp lớn hơn 20 MB.');
  if (startsWith(bytes, ZIP)) return checked({ fileType: 'docx', text: await readDocx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)) });
  if (isPdf(bytes)) return checked({ fileType: 'pdf', text: await readPdf(bytes) });
  const foreign = FOREIGN.find(([prefix]) => startsWith(bytes, prefix));
  if (foreign) throw fail('DOCUMENT_UNSUPPORTED', 415, foreign[1]);
  return checked(readPlainText(bytes, filename));
}

/** Refuses what has nothing to check, and what is too long to check quickly. */
function checked(doc: ReadDocument): ReadDocument {
  if (doc.text.length > MAX_TEXT_CHARS) {
    throw fail('DOCUMENT_TOO_LONG', 413, `Văn bản dài hơn ${MAX_TEXT_CHARS.toLocaleString('vi-VN')} ký tự, quá dài để kiểm tra một lần.`);
  }
  if (/\p{L}/u.test(doc.text)) return doc;
  if (doc.fileType === 'pdf') {
    throw fail('DOCUMENT_NO_TEXT', 400, 'Tệp PDF không có lớp chữ (có lẽ là bản quét hoặc ảnh chụp). Hãy dùng bản Word, bản PDF xuất từ Word, hoặc nhận dạng chữ (OCR) trước.');
  }
  throw fail('DOCUMENT_EMPTY', 400, doc.fileType === 'docx' ? 'Tệp Word không có chữ nào.' : 'Tệp không có chữ nào để kiểm tra.');
}

/** Control characters and U+FFFD that text files do not contain but other files decode to. */
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\uFFFD]/g;

function readPlainText(bytes: Uint8Array, filename: string): ReadDocument {
  if (bytes.length > MAX_TEXT_FILE_BYTES) {
    throw fail('DOCUMENT_TOO_LONG', 413, `Tệp văn bản lớn hơn ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB, quá dài để kiểm tra một lần.`);
  }
  const decoded = decodeText(bytes);
  const odd = decoded.text.match(NOT_TEXT)?.length ?? 0;
  // A zero byte outside UTF-16 never occurs in text; otherwise allow one stray control character per 200, however short
  // the file (a fixed allowance let a 7-byte binary file through as "text").
  const nul = !decoded.encoding.startsWith('utf-16') && bytes.includes(0);
  if (nul || odd > decoded.text.length / 200) {
    const named = /\.(docx|pdf)$/i.exec(filename)?.[1]?.toLowerCase();
    if (named) throw fail('DOCUMENT_CORRUPT', 400, `Tệp "${shortName(filename)}" không phải tệp ${named === 'pdf' ? 'PDF' : 'Word .docx'} hợp lệ (bị hỏng hoặc bị đổi đuôi tên).`);
    throw fail('DOCUMENT_UNSUPPORTED', 415, `Không nhận ra loại tệp. Chỉ đọc được ${KINDS}.`);
  }
  return { fileType: 'text', text: decoded.text, encoding: { name: decoded.encoding, bom: decoded.bom, repaired: false } };
}

const corruptDocx = () => fail('DOCUMENT_CORRUPT', 400, 'Tệp Word (.docx) bị hỏng, không đọc được. Hãy mở tệp trong Word, lưu lại rồi gửi lại.');
const bomb = () => fail('DOCUMENT_TOO_LARGE', 413, `Nội dung tệp Word khi giải nén lớn hơn ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB, không phải một văn bản thông thường.`);

/** A ZIP that is not a Word document: say what it is, when that is clear. */
function notWord(entries: ZipEntry[]): AppError {
  const has = (prefix: string) => entries.some((e) => e.name.startsWith(prefix));
  const what = has('xl/') ? 'Đây là tệp Excel (.xlsx), không phải văn bản Word.'
    : has('ppt/') ? 'Đây là tệp PowerPoint (.pptx), không phải văn bản Word.'
    : has('content.xml') ? 'Tệp OpenDocument (.odt) chưa đọc được. Hãy mở tệp và lưu lại dạng .docx.'
    : 'Tệp nén ZIP không phải văn bản Word (.docx).';
  return fail('DOCUMENT_UNSUPPORTED', 415, `${what} Chỉ đọc được ${KINDS}.`);
}

/**
 * Measures every XML part mammoth may read, inflating it with a cap on the running total, before
 * mammoth opens the archive: declared sizes alone can lie, real ones cannot.
 */
function assertNoZipBomb(buf: Buffer, entries: ZipEntry[]): void {
  let budget = MAX_DOCX_XML_BYTES;
  for (const entry of entries.filter((e) => /\.(xml|rels)$/i.test(e.name))) {
    if (entry.encrypted) throw corruptDocx();
    if (entry.size > budget) throw bomb();
    const size = inflatedSize(buf, entry, budget);
    if (size === null) throw corruptDocx();
    if (size === Infinity) throw bomb();
    budget -= size;
  }
}

async function readDocx(buf: Buffer): Promise<string> {
  const entries = zipEntries(buf);
  if (!entries) throw corruptDocx();
  if (!entries.some((e) => e.name === 'word/document.xml')) throw notWord(entries);
  assertNoZipBomb(buf, entries);
  // Loaded on first use: the server and the CLI start without it.
  const { default: mammoth } = await import('mammoth');
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: buf })).value;
  } catch {
    throw corruptDocx();
  }
  // mammoth ends every paragraph with a blank line: one paragraph per line, as the letter was typed.
  return raw.replace(/\n\n/g, '\n');
}

async function readPdf(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes ownership of the buffer it is given. No eval of font programs in uploads.
    doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (err) {
    if ((err as { name?: string }).name === 'PasswordException') {
      throw fail('DOCUMENT_ENCRYPTED', 400, 'Tệp PDF có mật khẩu. Hãy gửi bản không đặt mật khẩu.');
    }
    throw fail('DOCUMENT_CORRUPT', 400, 'Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.');
  }
  try {
    const { text } = await extractText(doc, { mergePages: false });
    return text.join('\n');
  } catch {
    throw fail('DOCUMENT_CORRUPT', 400, 'Không đọc được chữ trong tệp PDF (tệp bị hỏng).');
  } finally {
    await doc.destroy();
  }
}
