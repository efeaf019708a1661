import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../app/errors';

/**
 * DOCX → PDF through LibreOffice headless (`soffice`), when the server has it. Each conversion runs in a temp
 * folder of its own, with its own LibreOffice profile (two profiles in one folder lock each other out), under a
 * time limit, and the folder is removed afterwards whatever happens. Conversions queue one at a time: each
 * starts a whole office suite.
 */

export const PDF_PACKAGE = 'libreoffice-writer-nogui';
const TIMEOUT_MS = 60_000;

export const pdfUnavailable = () => new AppError('PDF_UNAVAILABLE', 503,
  `Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Quản trị viên hãy cài gói Debian "${PDF_PACKAGE}" `
  + `(sudo apt-get install ${PDF_PACKAGE}) rồi thử lại; trong lúc chờ, hãy tải bản DOCX.`);

/** The `soffice` executable on PATH, or null. */
export function findSoffice(pathEnv: string | undefined = process.env.PATH): string | null {
  for (const dir of (pathEnv ?? '').split(delimiter).filter(Boolean)) {
    const file = join(dir, 'soffice');
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' }, (err, _stdout, stderr) =>
      (err ? reject(new Error(`soffice: ${err.killed ? 'quá thời gian' : err.message} ${stderr}`.trim())) : resolve()));
  });
}

async function convertOnce(soffice: string, docx: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'danvan-pdf-'));
  try {
    const input = join(dir, 'bao-cao.docx');
    await writeFile(input, docx);
    await run(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', dir, input]);
    return await readFile(join(dir, 'bao-cao.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** The PDF of a DOCX; 503 PDF_UNAVAILABLE naming the Debian package when soffice is not installed. */
export async function docxToPdf(docx: Buffer, pathEnv?: string): Promise<Buffer> {
  const soffice = findSoffice(pathEnv);
  if (!soffice) throw pdfUnavailable();
  const next = queue.then(() => convertOnce(soffice, docx)).catch((err: Error) => {
    throw new AppError('PDF_FAILED', 503, `LibreOffice không chuyển được báo cáo sang PDF (${err.message.slice(0, 200)}). Hãy thử lại, hoặc tải bản DOCX.`);
  });
  queue = next.catch(() => undefined);
  return next;
}
