import { describe, expect, it } from 'vitest';
import { ZUnitCode } from '../modules/units/units.schemas';
import { checkUnitImport, codesMentioned, type ExistingUnit, normaliseUnitCode, parseUnitKind } from './unit-import';

type Row = [code: string, name: string, kind: string, parentCode: string];

/** Rows from line 2 on, as a file reader hands them over (line 1 is the header). */
const rowsOf = (...rows: Row[]) => rows.map(([code, name, kind, parentCode], i) => ({ line: i + 2, code, name, kind, parentCode }));

const EXISTING = new Map<string, ExistingUnit>([
  ['duk', { id: 7, path: '/1/7/', active: true }],
  ['cucthongke', { id: 20, path: '/1/7/20/', active: true }],
  ['dagiaithe', { id: 30, path: '/1/7/30/', active: false }],
  ['ngunghd', { id: 31, path: '/1/7/31/', active: false }],
  ['tinhuy', { id: 1, path: '/1/', active: true }],
]);

const check = (rows: ReturnType<typeof rowsOf>, scopePath: string | null = null) => checkUnitImport({ rows, existing: EXISTING, scopePath });
const messagesAt = (res: ReturnType<typeof check>, line: number) => res.problems.filter((p) => p.line === line).map((p) => p.message);

describe('checkUnitImport', () => {
  it('tệp hợp lệ: cấp trên luôn được tạo trước cấp dưới, dù trong tệp đứng sau', () => {
    const res = check(rowsOf(
      ['c', 'Chi bộ C', 'chi_bo', 'b'],
      ['b', 'Đảng bộ B', 'dang_bo_co_so', 'a'],
      ['x', 'Đoàn thể X', 'doan_the', 'duk'],
      ['a', 'Đảng ủy A', 'dang_uy', ''],
    ));
    expect(res.problems).toEqual([]);
    expect(res.order.map((u) => u.code)).toEqual(['a', 'b', 'c', 'x']);
    expect(res.order.find((u) => u.code === 'a')).toEqual({ line: 5, code: 'a', name: 'Đảng ủy A', kind: 'dang_uy', parentCode: null });
    expect(res.order.find((u) => u.code === 'x')?.parentCode).toBe('duk');
  });

  it('chuẩn hóa mã như khi tạo đơn vị: bỏ khoảng trắng, chữ thường, cả mã cấp trên', () => {
    const res = check(rowsOf(['  SoMoi ', '  Sở   Mới ', 'Đảng bộ cơ sở', ' DUK ']));
    expect(res.problems).toEqual([]);
    expect(res.rows[0]).toMatchObject({ code: 'somoi', name: 'Sở Mới', parentCode: 'duk', kindValue: 'dang_bo_co_so' });
  });

  it('liệt kê mọi dòng lỗi với lý do, và khi có lỗi thì không có gì để ghi', () => {
    const res = check(rowsOf(
      ['ok', 'Hợp lệ', 'chi_bo', 'duk'],          // 2
      ['trongten', '  ', 'chi_bo', 'duk'],         // 3: tên trống
      ['trung', 'Trùng 1', 'chi_bo', 'duk'],       // 4: trùng trong tệp
      ['TRUNG', 'Trùng 2', 'chi_bo', 'duk'],       // 5: trùng trong tệp (khác hoa thường)
      ['cucthongke', 'Cục Thống kê', 'dang_bo_co_so', 'duk'], // 6: đã có trong CSDL
      ['mocoi', 'Mồ côi', 'chi_bo', 'khongco'],    // 7: cấp trên không có
      ['v1', 'Vòng 1', 'chi_bo', 'v2'],            // 8: vòng lặp
      ['v2', 'Vòng 2', 'chi_bo', 'v1'],            // 9: vòng lặp
      ['loaisai', 'Loại sai', 'Hội đồng', 'duk'],  // 10: loại không có
      ['mã có dấu', 'Mã sai', 'chi_bo', 'duk'],    // 11: mã sai quy cách
      ['', 'Không mã', 'chi_bo', 'duk'],           // 12: thiếu mã
      ['tutro', 'Tự trỏ', 'chi_bo', 'tutro'],      // 13: cấp trên là chính nó
      ['ngung', 'Dưới đơn vị ngừng', 'chi_bo', 'ngunghd'], // 14: cấp trên ngừng hoạt động
      ['dagiaithe', 'Trùng đơn vị ngừng', 'chi_bo', 'duk'],  // 15: mã của đơn vị đã ngừng
      ['thieuloai', 'Thiếu loại', '', 'duk'],      // 16
    ));
    expect(res.order).toEqual([]);
    expect(messagesAt(res, 2)).toEqual([]);
    expect(messagesAt(res, 3)).toEqual(['Tên đơn vị không được để trống.']);
    expect(messagesAt(res, 4)).toEqual(['Mã "trung" trùng với dòng 5 trong tệp.']);
    expect(messagesAt(res, 5)).toEqual(['Mã "trung" trùng với dòng 4 trong tệp.']);
    expect(messagesAt(res, 6)).toEqual(['Mã "cucthongke" đã có trong hệ thống.']);
    expect(messagesAt(res, 7)).toEqual(['Không tìm thấy đơn vị cấp trên "khongco" trong tệp hay trong hệ thống.']);
    expect(messagesAt(res, 8)).toEqual(['Vòng lặp cấp trên trong tệp: v1 → v2 → v1.']);
    expect(messagesAt(res, 9)).toEqual(['Vòng lặp cấp trên trong tệp: v1 → v2 → v1.']);
    expect(messagesAt(res, 10)[0]).toMatch(/^Loại đơn vị "Hội đồng" không hợp lệ\. Chọn một trong: Cơ quan cấp trên; .*Đoàn thể\.$/);
    expect(messagesAt(res, 11)).toEqual(['Mã "mã có dấu" chỉ được gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.']);
    expect(messagesAt(res, 12)).toEqual(['Thiếu mã đơn vị.']);
    expect(messagesAt(res, 13)).toEqual(['Đơn vị không thể là cấp trên của chính nó.']);
    expect(messagesAt(res, 14)).toEqual(['Đơn vị cấp trên "ngunghd" đã ngừng hoạt động.']);
    expect(messagesAt(res, 15)).toEqual(['Mã "dagiaithe" đã có trong hệ thống (đơn vị đã ngừng hoạt động).']);
    expect(messagesAt(res, 16)[0]).toMatch(/^Thiếu loại đơn vị\./);
    expect(new Set(res.problems.map((p) => p.line)).size).toBe(14);
    expect(res.problems.map((p) => p.line)).toEqual([...res.problems.map((p) => p.line)].sort((a, b) => a - b));
  });

  it('một dòng có nhiều lỗi thì nêu đủ từng lỗi', () => {
    const res = check(rowsOf(['Mã Sai', '', 'xyz', 'khongco']));
    expect(messagesAt(res, 2)).toHaveLength(4);
  });

  it('vòng lặp dài được báo ở mọi dòng trong vòng, dòng treo dưới vòng lặp thì không', () => {
    const res = check(rowsOf(
      ['a', 'A', 'chi_bo', 'c'],
      ['b', 'B', 'chi_bo', 'a'],
      ['c', 'C', 'chi_bo', 'b'],
      ['d', 'D', 'chi_bo', 'a'],
    ));
    expect(res.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(messagesAt(res, 2)).toEqual(['Vòng lặp cấp trên trong tệp: a → c → b → a.']);
  });

  it('cấp trên ngoài phạm vi của người nhập được báo như không tồn tại; phạm vi hẹp thì phải có cấp trên', () => {
    const res = check(rowsOf(['x', 'X', 'chi_bo', 'tinhuy'], ['y', 'Y', 'chi_bo', ''], ['z', 'Z', 'chi_bo', 'cucthongke']), '/1/7/');
    expect(messagesAt(res, 2)).toEqual(['Không tìm thấy đơn vị cấp trên "tinhuy" trong tệp hay trong hệ thống.']);
    expect(messagesAt(res, 3)).toEqual(['Cần mã đơn vị cấp trên.']);
    expect(messagesAt(res, 4)).toEqual([]);
  });

  it('nghìn dòng xếp thành một chuỗi ngược vẫn ra thứ tự cha trước con', () => {
    const n = 1000;
    const rows = rowsOf(...Array.from({ length: n }, (_, i): Row => [`u${n - i}`, `Đơn vị ${n - i}`, 'chi_bo', i === n - 1 ? 'duk' : `u${n - i - 1}`]));
    const res = check(rows);
    expect(res.problems).toEqual([]);
    expect(res.order.map((u) => u.code)).toEqual(Array.from({ length: n }, (_, i) => `u${i + 1}`));
  });
});

describe('parseUnitKind', () => {
  it('nhận mã loại và tên loại tiếng Việt, có dấu hay không, "uỷ" hay "ủy"', () => {
    expect(parseUnitKind('dang_bo_co_so')).toBe('dang_bo_co_so');
    expect(parseUnitKind('Đảng bộ cơ sở')).toBe('dang_bo_co_so');
    expect(parseUnitKind('DANG BO CO SO')).toBe('dang_bo_co_so');
    expect(parseUnitKind('Chi bộ cơ sở')).toBe('chi_bo_co_so');
    expect(parseUnitKind('Chi bộ trực thuộc')).toBe('chi_bo');
    expect(parseUnitKind('Chi bộ')).toBe('chi_bo');
    expect(parseUnitKind('Đảng uỷ')).toBe('dang_uy');
    expect(parseUnitKind('Đảng ủy / cấp ủy')).toBe('dang_uy');
    expect(parseUnitKind('Cấp uỷ')).toBe('dang_uy');
    expect(parseUnitKind('Ban, cơ quan tham mưu')).toBe('ban');
    expect(parseUnitKind('ban')).toBe('ban');
    expect(parseUnitKind('Đoàn thể')).toBe('doan_the');
    expect(parseUnitKind('co quan cap tren')).toBe('co_quan_cap_tren');
  });
  it('không đoán loại lạ', () => {
    expect(parseUnitKind('Đảng bộ')).toBeNull();
    expect(parseUnitKind('Hội đồng')).toBeNull();
    expect(parseUnitKind('')).toBeNull();
  });
});

describe('normaliseUnitCode', () => {
  it('cho cùng kết quả và cùng đánh giá hợp lệ như ZUnitCode của biểu mẫu tạo đơn vị', () => {
    const samples = [' SoYTe ', 'cucthongke.cb-tonghop', 'a_b', 'mã', '-dau', '.x', 'A B', 'x'.repeat(64), 'x'.repeat(65), '9abc'];
    for (const raw of samples) {
      const zod = ZUnitCode.safeParse(raw);
      const ours = checkUnitImport({ rows: [{ line: 2, code: raw, name: 'X', kind: 'chi_bo', parentCode: '' }], existing: new Map(), scopePath: null });
      expect(ours.problems.length === 0, raw).toBe(zod.success);
      if (zod.success) expect(normaliseUnitCode(raw)).toBe(zod.data);
    }
  });
  it('codesMentioned gom mã và mã cấp trên đã chuẩn hóa, không lặp', () => {
    expect(codesMentioned(rowsOf(['A', 'x', 'chi_bo', 'DUK'], ['b', 'y', 'chi_bo', 'a'], ['', 'z', 'chi_bo', '']))).toEqual(['a', 'duk', 'b']);
  });
});
