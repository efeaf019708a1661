import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app';
import { DIALECTS } from '../../test/db';
import { unitIdOf } from '../../test/factory';
import { main } from '../cli';
import { directiveProgress, humanReport } from './progress';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { env: {}, stdin: Readable.from(['']), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

describe('danvan progress: cách dùng', () => {
  it('thiếu --directive hoặc ngày sai thì báo lỗi tiếng Việt, mã thoát 2, không mở cơ sở dữ liệu', async () => {
    expect(await run(['progress'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Thiếu --directive') });
    expect(await run(['progress', '--directive', '1720-CV/ĐUK', '--as-of', '2024-02-30'])).toMatchObject({ code: 2, stderr: expect.stringContaining('không phải ngày') });
    expect((await run(['progress', '--help'])).stdout).toContain('--as-of');
  });
});

describe.each(DIALECTS)('danvan progress: cùng con số với trang tiến độ (%s)', (kind) => {
  let t: TestApp;
  let staff: string;
  let reqId: number;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    staff = await t.login('canbo');
    // Its own letter: the demo database already holds 1720-CV/ĐUK with its four requirements (seed/demo-directing.ts).
    const { id: documentId } = await t.database.db.insertInto('document')
      .values({ direction: 'outgoing', symbol: '1721-CV/ĐUK', symbol_key: '1721-CV/DUK', number: '1720', type: 'CV', issued_on: '2024-05-15', subject: 'V/v đăng ký mô hình', issuer_unit_id: null, issuer_name: 'Đảng ủy Khối', place: 'Yên Bái', file_sha256: null, file_name: null, created_by: null, owner_unit_id: await unitIdOf(t.database.db, 'duk') })
      .returning('id').executeTakeFirstOrThrow();
    const res = await t.app.inject({ method: 'POST', url: '/api/requirements', headers: { cookie: staff }, payload: {
      documentId, kind: 'model_registration', title: 'Đăng ký mô hình Dân vận khéo 2024', deadline: '2024-10-25',
      targets: [{ rule: 'all_grassroots' }], deadlineOverrides: [{ unitId: await unitIdOf(t.database.db, 'cucthongke'), deadline: '2024-09-01' }],
    } });
    reqId = res.json().id;
    t.clock.now = new Date('2024-08-01T02:00:00Z');
    const unit = await t.login('cucthongke');
    const draft = await t.app.inject({ method: 'PUT', url: `/api/requirements/${reqId}/submission`, headers: { cookie: unit }, payload: {
      version: 0, content: { models: [{ name: 'Số liệu vì dân', level: 'co_so', field: 'kinh_te', continuingFromYear: 2023 }] },
    } });
    await t.app.inject({ method: 'POST', url: `/api/submissions/${draft.json().id}/submit`, headers: { cookie: unit }, payload: { version: 1 } });
  });
  afterAll(async () => { await t?.close(); });

  it('tìm văn bản theo số ký hiệu viết kiểu nào cũng được, và in đúng hình dạng JSON đã hứa', async () => {
    const p = await directiveProgress(t.database.db, '1721 - cv/đuk', '2024-09-05', new Date());
    expect(p).toMatchObject({ directive: '1721 - cv/đuk', asOf: '2024-09-05' });
    expect(p.requirements).toEqual([expect.objectContaining({
      id: reqId, kind: 'model_registration', title: 'Đăng ký mô hình Dân vận khéo 2024', deadline: '2024-10-25',
      targeted: 74, submitted: 1, onTime: 1, late: 0, missing: 0, accepted: 0, missingUnits: [],
      models: { total: 1, khoi: 0, coSo: 1, coSoContinuing: 1, coSoNew: 0 },
    })]);
    const api = await t.app.inject({ url: `/api/requirements/${reqId}/progress?asOf=2024-09-05`, headers: { cookie: staff } });
    const { requirementId: _, asOf: __, ...numbers } = api.json();
    expect(p.requirements[0]).toMatchObject(numbers);
    // For a person, dates read dd/mm/yyyy as everywhere else in the product.
    expect(humanReport(p)).toContain('tính đến ngày 05/09/2024:');
    expect(humanReport(p)).toContain('• Đăng ký mô hình Dân vận khéo 2024 (hạn 25/10/2024)');
  });

  it('văn bản không có thì báo rõ', async () => {
    await expect(directiveProgress(t.database.db, '999-CV/XYZ', undefined, new Date())).rejects.toThrow('Không tìm thấy văn bản "999-CV/XYZ"');
  });
});
