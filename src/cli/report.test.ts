import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDatabase } from '../../test/db';
import { PGLITE_TEMPLATE } from '../../test/templates';
import type { Database } from '../db/connect';
import { main } from '../cli';
import { docxXml, paragraphs } from '../modules/reports/reports.fixtures';
import { findSoffice } from '../modules/reports/reports.pdf';
import { directiveReport } from './report';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { env, stdin: Readable.from(['']), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const FIGURES = 'Tính đến ngày 15/05/2024 đã có 30/74 chi, đảng bộ cơ sở gửi đăng ký mô hình "Dân vận khéo" năm 2024, với 133 mô hình đăng ký, '
  + 'trong đó có 02 mô hình cấp Đảng ủy Khối và 131 mô hình cấp cơ sở: trong đó 73 mô hình tiếp tục thực hiện từ năm 2023 và 58 mô hình đăng ký mới năm 2024.';

describe('danvan report: cách dùng', () => {
  it('thiếu --directive hay --out, đuôi tệp lạ, ngày sai, số sai: lỗi tiếng Việt, mã thoát 2, không mở cơ sở dữ liệu', async () => {
    expect(await run(['report', '--out', 'a.docx'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Thiếu --directive') });
    expect(await run(['report', '--directive', '1720-CV/ĐUK'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Thiếu --out') });
    expect(await run(['report', '--directive', '1720-CV/ĐUK', '--out', 'a.txt'])).toMatchObject({ code: 2, stderr: expect.stringContaining('chỉ ghi được tệp .docx hoặc .pdf') });
    expect(await run(['report', '--directive', '1720-CV/ĐUK', '--out', 'a.docx', '--as-of', '2024-02-30'])).toMatchObject({ code: 2, stderr: expect.stringContaining('không phải ngày') });
    expect(await run(['report', '--directive', '1720-CV/ĐUK', '--out', 'a.docx', '--number', 'mười'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--number') });
    expect(await run(['report', '--khong-co'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Không có tùy chọn') });
    expect(await run(['report', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--as-of') });
    expect((await run(['--help'])).stdout).toContain('report');
  });
});

describe('danvan report: chạy thật trên thư mục PGlite', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'danvan-report-'));
    // The demo database written to a folder, as `npm start` leaves it.
    const lite = await PGlite.create({ dataDir: join(dir, 'data'), loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE.demo)]) });
    await lite.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ghi tệp DOCX với số liệu của công văn, mã thoát 0', async () => {
    const out = join(dir, 'bao-cao.docx');
    const r = await run(['report', '--directive', '1720-CV/ĐUK', '--as-of', '2024-05-15', '--out', out], { DATA_DIR: join(dir, 'data') });
    expect(r, r.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('15/05/2024') });
    expect(paragraphs(await docxXml(readFileSync(out)))).toContain(FIGURES);
  });

  it('văn bản không có: mã thoát 1, báo rõ', async () => {
    const r = await run(['report', '--directive', '999-CV/XYZ', '--out', join(dir, 'x.docx')], { DATA_DIR: join(dir, 'data') });
    expect(r).toMatchObject({ code: 1, stderr: expect.stringContaining('Không tìm thấy văn bản "999-CV/XYZ"') });
  });

  it('PDF: có LibreOffice thì ghi tệp PDF; không có thì mã thoát 1 nêu tên gói Debian', async () => {
    const out = join(dir, 'bao-cao.pdf');
    const r = await run(['report', '--directive', '1720-CV/ĐUK', '--as-of', '2024-05-15', '--out', out], { DATA_DIR: join(dir, 'data') });
    if (findSoffice()) {
      expect(r, r.stderr).toMatchObject({ code: 0 });
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      expect(r).toMatchObject({ code: 1, stderr: expect.stringContaining('libreoffice-writer-nogui') });
    }
  }, 90_000);
});

describe.each(DIALECTS)('danvan report: cùng số liệu trên mọi cơ sở dữ liệu (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => { database = await freshDatabase(kind); });
  afterAll(async () => { await database?.close(); });

  it('tìm văn bản theo số ký hiệu viết kiểu nào cũng được; nêu 30/74, 133 mô hình, 40/74', async () => {
    const docx = await directiveReport(database.db, { directive: '1720 - cv/đuk', asOf: '2024-05-15', number: '12', format: 'docx' }, new Date('2024-05-16T03:00:00Z'));
    const lines = paragraphs(await docxXml(docx));
    expect(lines).toContain(FIGURES);
    expect(lines).toContain('Tính đến ngày 15/05/2024 đã có 40/74 chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024.');
    expect(lines).toContain('Số 12-BC/ĐUK');
  });
});
