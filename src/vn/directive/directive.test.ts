import { describe, expect, it } from 'vitest';
import { parseDirective } from './index';
import { splitAssignees } from './assignees';
import { titleAt } from './title';

const HEAD = 'ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\n*\nSố 10-CV/ĐUK\nV/v thử\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Bái, ngày 22 tháng 5 năm 2024\n\nKính gửi: Các chi, đảng bộ cơ sở.\n';
const parse = (body: string) => parseDirective(`${HEAD}\n${body}`);

describe('đọc nhiệm vụ', () => {
  it('đọc hạn theo mọi cách viết: "trước ngày", "chậm nhất là ngày", "trước 17 giờ ngày"', () => {
    const d = parse('Đề nghị các chi bộ gửi báo cáo trước ngày 25/10/2024.\nĐề nghị các đơn vị nộp chậm nhất là ngày 30/6/2024.\nĐề nghị các đoàn thể khối gửi trước 17 giờ ngày 14/6/2024.');
    expect(d.tasks.map((t) => [t.assignees, t.deadline, t.deadlineTime])).toEqual([
      [['các chi bộ'], '2024-10-25', null],
      [['các đơn vị'], '2024-06-30', null],
      [['các đoàn thể khối'], '2024-06-14', '17:00'],
    ]);
  });
  it('đọc kỳ "từ ngày … đến ngày …"', () => {
    expect(parse('Đề nghị các chi bộ rà soát từ ngày 01/10/2023 đến ngày 30/9/2024.').tasks[0]?.period).toEqual({ from: '2023-10-01', to: '2024-09-30' });
  });
  it('không coi "theo yêu cầu", "trong đó yêu cầu", "đề nghị liên hệ" là nhiệm vụ', () => {
    const d = parse('Đảng ủy Khối ban hành Kế hoạch số 253-KH/ĐUK, trong đó yêu cầu các Ban chỉ đạo cơ sở xây dựng kế hoạch. Báo cáo theo yêu cầu của Ban Chỉ đạo.\nNếu có vướng mắc đề nghị liên hệ đồng chí Nguyễn Văn An.');
    expect(d.tasks).toEqual([]);
  });
  it('sau "… yêu cầu:" mỗi mục nêu đơn vị ở đầu câu là một nhiệm vụ của đơn vị đó', () => {
    const d = parse('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Sở Nội vụ chủ trì, tổng hợp trước ngày 15/12/2024.\n2. Các sở, ban, ngành tỉnh phối hợp thực hiện.');
    expect(d.tasks.map((t) => [t.section, t.assignees, t.deadline])).toEqual([
      [1, ['Sở Nội vụ'], '2024-12-15'],
      [2, ['Các sở, ban, ngành tỉnh'], null],
    ]);
  });
  it('tách đơn vị được giao mà không tách "chi, đảng bộ" hay "huyện, thị xã, thành phố"', () => {
    expect(splitAssignees('cấp ủy các chi, đảng bộ cơ sở, đoàn thể khối')).toEqual(['cấp ủy các chi, đảng bộ cơ sở', 'đoàn thể khối']);
    expect(splitAssignees('Ban Quản lý các khu công nghiệp tỉnh Yên Bái; Cục Thống kê tỉnh Yên Bái, Trường Cao đẳng Yên Bái,')).toEqual([
      'Ban Quản lý các khu công nghiệp tỉnh Yên Bái',
      'Cục Thống kê tỉnh Yên Bái',
      'Trường Cao đẳng Yên Bái',
    ]);
    expect(splitAssignees('Ủy ban nhân dân các huyện, thị xã, thành phố')).toEqual(['Ủy ban nhân dân các huyện, thị xã, thành phố']);
  });
  it('nhận các dòng sau "… như sau:" là các việc cụ thể của nhiệm vụ', () => {
    const d = parse('1. Về công tác dân vận\nĐảng ủy Khối đề nghị các chi bộ thực hiện các nhiệm vụ sau:\n- Tuyên truyền Chỉ thị 33/CT-TTg;\n- Đăng ký mô hình.\n2. Về việc khác');
    expect(d.tasks[0]).toMatchObject({ section: 1, items: ['Tuyên truyền Chỉ thị 33/CT-TTg', 'Đăng ký mô hình'] });
  });
});

describe('đọc văn bản được dẫn', () => {
  it('đọc cơ quan và ngày viết trước văn bản ("ngày …, X đã ban hành Kế hoạch số …")', () => {
    const d = parse('Ngày 25/3/2024 Đảng ủy Khối đã ban hành Kế hoạch số 253-KH/ĐUK về xây dựng quy chế dân chủ ở cơ sở năm 2024, trong đó nêu rõ.');
    expect(d.references[0]).toMatchObject({ symbol: '253-KH/ĐUK', issuer: 'Đảng ủy Khối', date: '2024-03-25', title: 'xây dựng quy chế dân chủ ở cơ sở năm 2024' });
  });
  it('lấy tên văn bản trong ngoặc kép lồng nhau, và dừng tên ở đầu mệnh đề mới', () => {
    const text = 'về “Nâng cao chất lượng phong trào thi đua “Dân vận khéo” giai đoạn 2023 - 2025”, Hướng dẫn số 02';
    expect(titleAt(text, 3)).toBe('Nâng cao chất lượng phong trào thi đua “Dân vận khéo” giai đoạn 2023 - 2025');
    expect(titleAt('về việc kiểm tra, giám sát việc thực hiện dân chủ năm 2024, Đảng ủy Khối đề nghị', 7)).toBe('kiểm tra, giám sát việc thực hiện dân chủ năm 2024');
    expect(titleAt('về công tác văn thư và Thông tư số 01/2024/TT-BNV', 3)).toBe('công tác văn thư');
  });
  it('không để dấu ngoặc mở không đóng nuốt cả dòng', () => {
    expect(titleAt('về việc ban hành “Quy chế công tác dân vận, Nghị quyết số 66-NQ/TU', 8)).toBe('ban hành “Quy chế công tác dân vận');
  });
  it('lấy loại văn bản của luật từ chữ đứng trước ("Luật số 10/2022/QH15")', () => {
    expect(parse('Căn cứ Luật số 10/2022/QH15 ngày 10/11/2022 của Quốc hội.').references[0]).toMatchObject({ type: null, typeName: 'Luật', issuerCode: 'QH', year: 2022 });
  });
});

describe('đọc số liệu, người liên hệ, mục', () => {
  it('đọc số có dấu chấm ngăn cách hàng nghìn', () => {
    expect(parse('Có 1.020 chi hội, trong đó 640 chi hội cấp thôn và 380 chi hội cấp tổ.').stats[0]).toMatchObject({ numerator: 1020, parts: [{ value: 640 }, { value: 380 }] });
  });
  it('đọc người liên hệ với số điện thoại quốc tế và email', () => {
    const d = parse('Mọi vướng mắc xin liên hệ đồng chí Trần Văn Bình - Phó Chánh Văn phòng, điện thoại +84 912 345 678, email: binh.tv@yenbai.gov.vn.');
    expect(d.contacts).toEqual([{ name: 'Trần Văn Bình', position: 'Phó Chánh Văn phòng', phone: '0912345678', email: 'binh.tv@yenbai.gov.vn', line: 10 }]);
  });
  it('nhận mục La Mã, bỏ qua danh sách đánh số lại bên trong mục', () => {
    const d = parse('I. MỤC ĐÍCH\n1. Ý một\n2. Ý hai\nII. NỘI DUNG\n1. Ý một');
    expect(d.sections.map((s) => [s.label, s.number, s.title])).toEqual([['I', 1, 'MỤC ĐÍCH'], ['II', 2, 'NỘI DUNG']]);
  });
  it('không lỗi với chuỗi rỗng và trả về các trường trống', () => {
    const d = parseDirective('');
    expect(d).toMatchObject({ symbol: null, issuedOn: null, recipients: [], references: [], tasks: [] });
  });
});
