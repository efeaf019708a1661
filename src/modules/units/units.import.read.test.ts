import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../app/errors';
import { csvOf, HEADER, xlsxOf } from './units.fixtures';
import { MAX_IMPORT_ROWS, readImportFile } from './units.import';

/** The AppError a read throws, or fails the test. */
async function refusal(data: Buffer, filename = 'don-vi.csv'): Promise<AppError> {
  try {
    await readImportFile(data, filename);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('tệp được chấp nhận');
}

const ROW = ['somoi', 'Sở Mới, tỉnh Yên Bái', 'Đảng bộ cơ sở', 'duk'];

describe('readImportFile — CSV', () => {
  it('đọc CSV UTF-8 có BOM, phân tách bằng dấu phẩy, ô có dấu phẩy trong ngoặc kép', async () => {
    const rows = await readImportFile(csvOf([HEADER, ROW], { bom: true }));
    expect(rows).toEqual([{ line: 2, code: 'somoi', name: 'Sở Mới, tỉnh Yên Bái', kind: 'Đảng bộ cơ sở', parentCode: 'duk' }]);
  });

  it('đọc CSV phân tách bằng dấu chấm phẩy (Excel tiếng Việt), không BOM', async () => {
    const rows = await readImportFile(csvOf([HEADER, ROW, ['b', 'Tên; có chấm phẩy', 'chi_bo', 'somoi']], { delimiter: ';' }));
    expect(rows.map((r) => [r.code, r.name, r.parentCode])).toEqual([['somoi', 'Sở Mới, tỉnh Yên Bái', 'duk'], ['b', 'Tên; có chấm phẩy', 'somoi']]);
  });

  it('đọc tệp "Unicode text" của Excel (UTF-16, phân tách bằng tab)', async () => {
    const text = `${HEADER.join('\t')}\r\n${ROW.join('\t')}\r\n`;
    const rows = await readImportFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'don-vi.txt');
    expect(rows[0]).toMatchObject({ code: 'somoi', name: 'Sở Mới, tỉnh Yên Bái' });
  });

  it('cột theo thứ tự bất kỳ, tên cột viết hoa không dấu, có dòng tiêu đề phụ phía trên và cột thừa', async () => {
    const rows = await readImportFile(csvOf([
      ['DANH SÁCH ĐƠN VỊ', '', '', '', ''],
      ['TEN', 'Ghi chú', 'MA DON VI CAP TREN', 'ma', 'Loai'],
      ['Sở Mới', 'bỏ qua', 'duk', 'somoi', 'chi_bo'],
    ]));
    expect(rows).toEqual([{ line: 3, code: 'somoi', name: 'Sở Mới', kind: 'chi_bo', parentCode: 'duk' }]);
  });

  it('số dòng là dòng thật của tệp: ô nhiều dòng và dòng trống không làm lệch', async () => {
    const rows = await readImportFile(csvOf([HEADER, ['a', 'Tên\nhai dòng', 'chi_bo', 'duk'], ['', '', '', ''], ['b', 'B', 'chi_bo', 'a']], { eol: '\n' }));
    expect(rows.map((r) => [r.line, r.code])).toEqual([[2, 'a'], [5, 'b']]);
  });

  it('từ chối CSV không phải UTF-8 với hướng dẫn lưu lại', async () => {
    const windows1258 = Buffer.from([...Buffer.from('Mã,Tên,Loại,Mã đơn vị cấp trên\r\nx,S', 'utf8'), 0xf4, 0x20, 0xd0, 0x0d, 0x0a]);
    const err = await refusal(windows1258);
    expect([err.status, err.code]).toEqual([400, 'IMPORT_ENCODING']);
    expect(err.message).toMatch(/UTF-8/);
  });

  it('từ chối ngoặc kép chưa đóng, chỉ ra dòng', async () => {
    const err = await refusal(Buffer.from(`${HEADER.join(',')}\na,"Tên chưa đóng,chi_bo,duk\n`));
    expect(err.code).toBe('IMPORT_UNREADABLE');
    expect(err.message).toMatch(/dòng 2.*ngoặc kép/);
  });
});

describe('readImportFile — dòng tiêu đề', () => {
  it('thiếu cột: nêu tên cột thiếu và cột không nhận ra', async () => {
    const err = await refusal(csvOf([['Mã', 'Tên', 'Kiểu', 'Cấp trên'], ['a', 'A', 'chi_bo', 'duk']]));
    expect(err.code).toBe('IMPORT_COLUMNS');
    expect(err.message).toBe('Thiếu cột "Loại", "Mã đơn vị cấp trên" ở dòng tiêu đề (dòng 1). Các cột cần có: Mã, Tên, Loại, Mã đơn vị cấp trên. Không nhận ra cột: "Kiểu", "Cấp trên".');
  });

  it('không có dòng tiêu đề nào', async () => {
    const err = await refusal(csvOf([ROW, ROW]));
    expect(err.message).toMatch(/^Không tìm thấy dòng tiêu đề\. Dòng đầu của tệp phải có các cột: Mã, Tên, Loại, Mã đơn vị cấp trên\.$/);
  });

  it('một cột xuất hiện hai lần', async () => {
    const err = await refusal(csvOf([[...HEADER, 'Tên đơn vị'], [...ROW, 'x']]));
    expect(err.message).toBe('Cột "Tên" xuất hiện hai lần ở dòng tiêu đề (dòng 1).');
  });

  it('chỉ có tiêu đề, không có dòng dữ liệu', async () => {
    const err = await refusal(csvOf([HEADER, ['', '', '', '']]));
    expect([err.code, err.message]).toEqual(['IMPORT_EMPTY', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.']);
  });

  it(`quá ${MAX_IMPORT_ROWS} dòng thì yêu cầu chia tệp`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`u${i}`, `Đơn vị ${i}`, 'chi_bo', 'duk']);
    const err = await refusal(csvOf([HEADER, ...rows]));
    expect(err.code).toBe('IMPORT_TOO_MANY_ROWS');
    expect(err.message).toMatch(/chia thành nhiều tệp/);
  });
});

describe('readImportFile — XLSX', () => {
  it('nhận ra XLSX theo nội dung dù tên tệp là .csv; đọc chữ định dạng, công thức, số và liên kết', async () => {
    const data = await xlsxOf([
      HEADER,
      [{ richText: [{ text: 'so' }, { text: 'moi', font: { bold: true } }] }, { formula: '"Sở "&"Mới"', result: 'Sở Mới' }, 'chi_bo', { text: 'duk', hyperlink: 'https://example.vn' }],
      [12345, 'Đơn vị số', 'chi_bo', 'somoi'],
    ]);
    const rows = await readImportFile(data, 'nham-ten.csv');
    expect(rows).toEqual([
      { line: 2, code: 'somoi', name: 'Sở Mới', kind: 'chi_bo', parentCode: 'duk' },
      { line: 3, code: '12345', name: 'Đơn vị số', kind: 'chi_bo', parentCode: 'somoi' },
    ]);
  });

  it('đọc trang tính đầu tiên có đủ cột, bỏ qua trang hướng dẫn phía trước; số dòng như Excel hiển thị', async () => {
    const data = await xlsxOf([['Danh sách đơn vị'], [], HEADER, ROW], { sheetsBefore: { 'Hướng dẫn': [['Điền vào trang sau']] } });
    const rows = await readImportFile(data, 'don-vi.xlsx');
    expect(rows).toEqual([{ line: 4, code: 'somoi', name: 'Sở Mới, tỉnh Yên Bái', kind: 'Đảng bộ cơ sở', parentCode: 'duk' }]);
  });

  it('tệp .xlsx hỏng (zip cắt cụt, hoặc không phải zip) là lỗi 400 rõ ràng', async () => {
    const good = await xlsxOf([HEADER, ROW]);
    const truncated = await refusal(good.subarray(0, Math.floor(good.length / 2)), 'don-vi.xlsx');
    expect([truncated.status, truncated.code]).toEqual([400, 'IMPORT_UNREADABLE']);
    expect(truncated.message).toMatch(/bị hỏng/);
    const notZip = await refusal(Buffer.from('đây không phải tệp Excel'), 'don-vi.xlsx');
    expect(notZip.message).toBe('Tệp "don-vi.xlsx" bị hỏng hoặc không phải tệp Excel .xlsx.');
  });

  it('tệp zip không phải bảng tính, và tệp .xls cũ, đều bị từ chối rõ ràng', async () => {
    const wb = new ExcelJS.Workbook();
    const empty = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await refusal(empty, 'x.xlsx')).message).toMatch(/không có trang tính/);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect((await refusal(xls, 'cu.xls')).message).toMatch(/\.xls.*không được hỗ trợ.*\.xlsx/);
  });
});
