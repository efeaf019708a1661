/**
 * What an uploaded file really is, decided from its bytes and never from its name: the five kinds a unit may attach
 * to a submission (PDF, Word .docx, Excel .xlsx, JPEG, PNG). Pure: no I/O, no Node APIs, so the web app may import it.
 * A hand-written sniffer rather than `file-type`: its current major needs Node 22 and four dependencies, and these
 * five kinds need only magic numbers plus the entry names of a ZIP's central directory (no inflating).
 */

export type FileKind = 'pdf' | 'docx' | 'xlsx' | 'jpg' | 'png';

export interface FileKindInfo {
  mediaType: string;
  /** Extensions a file of this kind may carry, the usual one first. */
  extensions: readonly string[];
  label: string;
}

export const FILE_KINDS: Record<FileKind, FileKindInfo> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'Word (.docx)' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel (.xlsx)' },
  jpg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'ảnh JPEG' },
  png: { mediaType: 'image/png', extensions: ['png'], label: 'ảnh PNG' },
};

/** Largest attachment accepted, in bytes (the server's multipart limit is the same 20 MB). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Longest stored file name, in characters, extension included. */
export const MAX_FILE_NAME_CHARS = 200;
/** For `<input accept>` and the upload box: every extension of every kind. */
export const ACCEPTED_EXTENSIONS = Object.values(FILE_KINDS).flatMap((k) => k.extensions.map((e) => `.${e}`));

export type Refusal = 'empty' | 'zip' | 'office_other' | 'macro' | 'ole' | 'executable' | 'unknown';
export type Sniffed = { kind: FileKind; mediaType: string } | { kind: null; refusal: Refusal };

const ALLOWED_TEXT = 'PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG';

/** Why a file was refused, in Vietnamese, with what to do instead. */
export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  empty: 'Tệp rỗng (0 byte): hãy chọn lại tệp.',
  zip: `Tệp nén (.zip) không được đính kèm. Hãy giải nén và đính kèm từng tệp ${ALLOWED_TEXT}.`,
  office_other: `Loại tài liệu Office này chưa được nhận. Chỉ nhận ${ALLOWED_TEXT}.`,
  macro: 'Tệp Word/Excel có chứa macro không được đính kèm. Hãy lưu lại dạng .docx hoặc .xlsx thường.',
  ole: 'Tệp Word/Excel 97-2003 (.doc, .xls) hoặc tệp có đặt mật khẩu chưa được nhận. Hãy mở tệp, bỏ mật khẩu nếu có, và lưu lại dạng .docx hoặc .xlsx.',
  executable: `Tệp chương trình không được đính kèm, dù mang tên gì. Chỉ nhận ${ALLOWED_TEXT}.`,
  unknown: `Không nhận ra loại tệp qua nội dung (tệp hỏng hoặc bị đổi đuôi tên). Chỉ nhận ${ALLOWED_TEXT}.`,
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EXECUTABLES = [[0x4d, 0x5a] /* MZ: Windows */, [0x7f, 0x45, 0x4c, 0x46] /* ELF */, [0xcf, 0xfa, 0xed, 0xfe] /* Mach-O */];

/** The kind of a file from its content; a refusal names why, for a message the user can act on. */
export function sniffFileKind(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: null, refusal: 'empty' };
  // PDF at offset 0 only: readers tolerate leading junk, but an upload with junk before "%PDF-" is more likely a disguise.
  if (startsWith(bytes, PDF)) return known('pdf');
  if (startsWith(bytes, PNG)) return known('png');
  if (startsWith(bytes, JPEG)) return known('jpg');
  if (startsWith(bytes, OLE)) return { kind: null, refusal: 'ole' };
  if (EXECUTABLES.some((m) => startsWith(bytes, m))) return { kind: null, refusal: 'executable' };
  // A ZIP must start with a local header: a self-extracting program ends in a ZIP but starts with "MZ".
  if (startsWith(bytes, ZIP_LOCAL)) return officeKind(bytes);
  return { kind: null, refusal: 'unknown' };
}

const known = (kind: FileKind): Sniffed => ({ kind, mediaType: FILE_KINDS[kind].mediaType });

/** A .docx or .xlsx is a ZIP whose [Content_Types].xml sits beside a `word/` or `xl/` part; anything else is refused. */
function officeKind(bytes: Uint8Array): Sniffed {
  const names = zipEntryNames(bytes);
  if (names === null) return { kind: null, refusal: 'unknown' };
  if (!names.includes('[Content_Types].xml')) return { kind: null, refusal: 'zip' };
  const has = (dir: string) => names.some((n) => n.startsWith(dir) && n.endsWith('.xml'));
  const word = has('word/');
  const excel = has('xl/');
  if (word === excel) return { kind: null, refusal: 'office_other' };
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return { kind: null, refusal: 'macro' };
  return known(word ? 'docx' : 'xlsx');
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The entry names of a ZIP's central directory, or null when the archive is truncated or damaged. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) { end = i; break; }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}

/** Characters no file name should carry: controls, invisible format marks (a right-to-left override disguises "gpj.exe"), Windows-reserved ones. */
const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const RESERVED = /[<>:"|?*]/g;
const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** A file name as given, without any folder, control, invisible or Windows-reserved characters (may be empty). */
export function cleanFileName(given: string): string {
  const base = given.normalize('NFC').split(/[\\/]/).pop() ?? '';
  return base.replace(UNSAFE, '').replace(RESERVED, '_').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
}

/**
 * The name an attachment is stored and downloaded under: the name as given without any folder, control or invisible
 * characters, at most MAX_FILE_NAME_CHARS long, and ending in an extension of its real kind (appended when the name lies).
 */
export function attachmentFileName(given: string, kind: FileKind): string {
  let name = cleanFileName(given);
  const extensions = FILE_KINDS[kind].extensions;
  let ext = extensionOf(name);
  if (extensions.includes(ext)) name = name.slice(0, -(ext.length + 1)).replace(/[\s.]+$/, '');
  else ext = extensions[0]!;
  const stem = Array.from(name || 'Tệp đính kèm').slice(0, MAX_FILE_NAME_CHARS - ext.length - 1).join('').trimEnd();
  return `${stem}.${ext}`;
}
