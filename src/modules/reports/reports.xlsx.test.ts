import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';

async function readXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer extends ArrayBuffer`; it reads a Node Buffer as is.
  await wb.xlsx.load(body as never);
  return wb;
}

/** The house header: bold, frozen, filtered over every column. */
function expectHouseHeader(ws: ExcelJS.Worksheet, headers: string[]) {
  expect(headers.map((_, i) => ws.getRow(1).getCell(i + 1).value)).toEqual(headers);
  expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  // Read back, exceljs gives the filter as a range.
  expect(ws.autoFilter).toBe(`A1:${ws.getColumn(headers.length).letter}1`);
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe.each(DIALECTS)('xuất XLSX (%s)', (kind) => {
  let t: TestApp;
  let staff: string;
  let documentId: number;
  const get = (url: string, cookie = staff) => t.app.inject({ url, headers: { cookie } });

  beforeAll(async () => {
    t = await buildTestApp(kind);
    staff = await t.login('canbo');
    documentId = (await t.database.db.selectFrom('document').select('id').where('symbol_key', '=', '1720-CV/DUK').executeTakeFirstOrThrow()).id;
    // A leader whose scope is one grassroots organisation, to see the exports narrow to it.
    const hash = (await t.database.db.selectFrom('app_user').select('password_hash').where('username', '=', 'lanhdao').executeTakeFirstOrThrow()).password_hash;
    await t.database.db.insertInto('app_user').values({
      username: 'lanhdao.ctk', full_name: 'Lãnh đạo Cục Thống kê', role: 'leader', unit_id: await unitIdOf(t.database.db, 'cucthongke'), password_hash: hash, must_change_password: false,
    }).execute();
  });
  afterAll(async () => { await t?.close(); });

  it('danh sách mô hình "Dân vận khéo": tiêu đề đậm, cố định, có lọc; một dòng mỗi mô hình và năm; ngày dd/mm/yyyy', async () => {
    const res = await get('/api/reports/models.xlsx?year=2024');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('mo-hinh-dan-van-kheo-2024.xlsx');
    const ws = (await readXlsx(res.rawPayload)).getWorksheet('Mô hình Dân vận khéo')!;
    expectHouseHeader(ws, ['STT', 'Đơn vị', 'Tên mô hình', 'Cấp', 'Lĩnh vực', 'Năm', 'Tiếp tục / mới', 'Xây dựng từ năm', 'Người phụ trách', 'Ngày gửi đăng ký', 'Đánh giá', 'Điển hình']);
    const { n } = await t.database.db.selectFrom('dvk_model_year').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', 2024).executeTakeFirstOrThrow();
    expect(ws.rowCount - 1).toBe(Number(n));
    const levels = new Set<unknown>();
    ws.eachRow((row, i) => { if (i > 1) levels.add(row.getCell(4).value); });
    expect(levels).toEqual(new Set(['Khối', 'Cơ sở']));
    const dated = ws.getRow(2).getCell(10);
    expect(dated.value).toBeInstanceOf(Date);
    expect(dated.numFmt).toBe('dd/mm/yyyy');
  });

  it('ma trận tiến độ: 74 đơn vị × 4 yêu cầu, mỗi ô tình trạng và ngày gửi, tô màu theo tình trạng, có chú giải', async () => {
    const res = await get(`/api/reports/progress-matrix.xlsx?documentId=${documentId}&asOf=2024-05-15`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const wb = await readXlsx(res.rawPayload);
    const ws = wb.getWorksheet('Tiến độ')!;
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:H1');
    expect(ws.rowCount).toBe(1 + 74);
    const dvkCol = [4, 5, 6, 7].find((c) => String(ws.getRow(1).getCell(c).value).startsWith('Đăng ký mô hình "Dân vận khéo" năm 2024'))!;
    const cells = Array.from({ length: 74 }, (_, i) => ws.getRow(i + 2).getCell(dvkCol));
    const sent = cells.filter((c) => /^(Đúng hạn|Gửi muộn) \d{2}\/\d{2}\/2024/.test(String(c.value)));
    expect(sent).toHaveLength(30);
    const onTime = cells.find((c) => String(c.value).startsWith('Đúng hạn'))!;
    expect(fillOf(onTime)).toBe('FFC6EFCE');
    const overdue = cells.filter((c) => c.value === 'Quá hạn, chưa gửi');
    expect(overdue).toHaveLength(44);
    expect(fillOf(overdue[0]!)).toBe('FFFFC7CE');
    const legend = wb.getWorksheet('Chú giải')!;
    expect(legend.getRow(2).getCell(1).value).toBe('Đúng hạn');
    expect(fillOf(legend.getRow(2).getCell(1))).toBe('FFC6EFCE');
  });

  it('ma trận theo năm gồm mọi yêu cầu của năm trong phạm vi; chọn sai thì 400, năm không có yêu cầu thì 404', async () => {
    const res = await get('/api/reports/progress-matrix.xlsx?year=2024&asOf=2024-05-15');
    expect(res.statusCode).toBe(200);
    const ws = (await readXlsx(res.rawPayload)).getWorksheet('Tiến độ')!;
    const { n } = await t.database.db.selectFrom('requirement').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', 2024).executeTakeFirstOrThrow();
    expect(ws.columnCount).toBe(3 + Number(n) + 1);
    expect((await get('/api/reports/progress-matrix.xlsx')).statusCode).toBe(400);
    expect((await get(`/api/reports/progress-matrix.xlsx?year=2024&documentId=${documentId}`)).statusCode).toBe(400);
    expect((await get('/api/reports/progress-matrix.xlsx?year=2031')).statusCode).toBe(404);
  });

  it('Ban Chỉ đạo QCDC của mọi đơn vị, với ngày bắt đầu và tình trạng', async () => {
    const res = await get('/api/reports/steering.xlsx');
    expect(res.statusCode).toBe(200);
    const ws = (await readXlsx(res.rawPayload)).getWorksheet('Ban Chỉ đạo QCDC')!;
    expectHouseHeader(ws, ['STT', 'Đơn vị', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ trong Ban Chỉ đạo', 'Từ ngày', 'Đến ngày', 'Tình trạng']);
    const { n, units } = await t.database.db.selectFrom('steering_member')
      .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`count(distinct unit_id)`.as('units')]).executeTakeFirstOrThrow();
    expect(Number(n)).toBeGreaterThan(0);
    expect(ws.rowCount - 1).toBe(Number(n));
    const unitNames = new Set<unknown>();
    ws.eachRow((row, i) => { if (i > 1) unitNames.add(row.getCell(2).value); });
    expect(unitNames.size).toBe(Number(units));
    expect(ws.getRow(2).getCell(6).value).toBeInstanceOf(Date);
  });

  it('chỉ gồm dữ liệu trong phạm vi người gọi: lãnh đạo một đơn vị chỉ thấy đơn vị mình', async () => {
    const own = await t.login('lanhdao.ctk');
    const steering = (await readXlsx((await get('/api/reports/steering.xlsx', own)).rawPayload)).getWorksheet(1)!;
    const names = new Set<unknown>();
    steering.eachRow((row, i) => { if (i > 1) names.add(row.getCell(2).value); });
    expect([...names]).toEqual(['Cục Thống kê tỉnh Yên Bái']);
    const matrix = await get(`/api/reports/progress-matrix.xlsx?documentId=${documentId}`, own);
    expect(matrix.statusCode).toBe(200);
    const ws = (await readXlsx(matrix.rawPayload)).getWorksheet('Tiến độ')!;
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(2).value).toBe('Cục Thống kê tỉnh Yên Bái');
  });

  it('tài khoản đơn vị không được xuất (403), khách chưa đăng nhập 401', async () => {
    const unit = await t.login('cucthongke');
    for (const url of ['/api/reports/models.xlsx', '/api/reports/steering.xlsx', `/api/reports/progress-matrix.xlsx?documentId=${documentId}`]) {
      expect((await get(url, unit)).statusCode).toBe(403);
      expect((await t.app.inject({ url })).statusCode).toBe(401);
    }
  });
});
