import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../app/errors';
import { MAX_DOCUMENT_BYTES } from '../modules/documents/documents.read';
import type { TAnalysis } from '../modules/documents/documents.schemas';
import { analyzeFile } from '../modules/documents/documents.service';
import { type CliIO, parseCommandArgs, usageError } from './io';

/**
 * What `parse`, `lint` and `normalize` share: one FILE argument (or "-" for stdin), read and checked
 * by the same code as the API. They never open the database, so they run beside a running server.
 */

export interface LetterArgs {
  file: string;
  json: boolean;
  help: boolean;
}

/** `COMMAND FILE [--json]`: exactly one file; a usage error (exit 2) otherwise. */
export function letterArgs(argv: string[], withJson: boolean): LetterArgs {
  const help = { type: 'boolean', short: 'h' } as const;
  const { values, positionals } = parseCommandArgs(argv, withJson ? { json: { type: 'boolean' }, help } : { help }, true);
  const flags = values as { json?: boolean; help?: boolean };
  if (flags.help) return { file: '', json: false, help: true };
  if (positionals.length === 0) throw usageError('Thiếu tên tệp. Xem --help.');
  if (positionals.length > 1) throw usageError(`Tham số thừa: ${positionals.slice(1).join(' ')}. Mỗi lần chỉ đọc một tệp.`);
  return { file: positionals[0]!, json: flags.json ?? false, help: false };
}

async function readStdin(io: CliIO): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_DOCUMENT_BYTES) throw usageError('Dữ liệu từ stdin lớn hơn 20 MB.');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const FS_MESSAGES: Record<string, (f: string) => string> = {
  ENOENT: (f) => `Không tìm thấy tệp "${f}".`,
  EISDIR: (f) => `"${f}" là thư mục, không phải tệp.`,
  EACCES: (f) => `Không có quyền đọc tệp "${f}".`,
};

async function readBytes(file: string, io: CliIO): Promise<Buffer> {
  if (file === '-') return readStdin(io);
  try {
    // The size first: a 5 GB file is refused without being read.
    if ((await stat(file)).size > MAX_DOCUMENT_BYTES) throw usageError(`Tệp "${file}" lớn hơn 20 MB.`);
    return await readFile(file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = code ? FS_MESSAGES[code] : undefined;
    if (message) throw usageError(message(file));
    throw err;
  }
}

/** Reads and checks the letter; an unreadable file is a usage error (exit 2) with the API's own message. */
export async function analyzeLetterFile(file: string, io: CliIO): Promise<TAnalysis> {
  const bytes = await readBytes(file, io);
  try {
    return await analyzeFile(bytes, file);
  } catch (err) {
    if (err instanceof AppError && err.status < 500) throw usageError(`${file === '-' ? 'stdin' : file}: ${err.message}`);
    throw err;
  }
}
