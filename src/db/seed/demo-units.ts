import type { UnitKind } from '../schema';

/**
 * The demo committee of the sample letter (1720-CV/ĐUK, Yên Bái, 2024).
 * Real bodies: the upstream issuers, the Đảng ủy Khối and its boards, and the three units the
 * letter names (codes bqlkcn, cucthongke, cdyenbai). Every other grassroots organisation below
 * is ILLUSTRATIVE: a plausible provincial agency or enterprise, not a claim about the real bloc.
 */
export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  children?: DemoUnit[];
}

const cap = (code: string, name: string, children?: DemoUnit[]): DemoUnit => ({ code, name, kind: 'co_quan_cap_tren', children });
const ban = (code: string, name: string): DemoUnit => ({ code, name, kind: 'ban' });

/** 74 grassroots organisations: [code, name, kind]. */
export const GRASSROOTS: readonly [string, string, 'dang_bo_co_so' | 'chi_bo_co_so'][] = [
  ['bqlkcn', 'Ban Quản lý các khu công nghiệp tỉnh Yên Bái', 'chi_bo_co_so'],
  ['cucthongke', 'Cục Thống kê tỉnh Yên Bái', 'dang_bo_co_so'],
  ['cdyenbai', 'Trường Cao đẳng Yên Bái', 'dang_bo_co_so'],
  ['sotaichinh', 'Sở Tài chính tỉnh Yên Bái', 'dang_bo_co_so'],
  ['sokhdt', 'Sở Kế hoạch và Đầu tư tỉnh Yên Bái', 'dang_bo_co_so'],
  ['sotuphap', 'Sở Tư pháp tỉnh Yên Bái', 'chi_bo_co_so'],
  ['sonoivu', 'Sở Nội vụ tỉnh Yên Bái', 'dang_bo_co_so'],
  ['socongthuong', 'Sở Công Thương tỉnh Yên Bái', 'dang_bo_co_so'],
  ['soxaydung', 'Sở Xây dựng tỉnh Yên Bái', 'dang_bo_co_so'],
  ['sogtvt', 'Sở Giao thông vận tải tỉnh Yên Bái', 'dang_bo_co_so'],
  ['sotnmt', 'Sở Tài nguyên và Môi trường tỉnh Yên Bái', 'dang_bo_co_so'],
  ['sonnptnt', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái', 'dang_bo_co_so'],
  ['sogddt', 'Sở Giáo dục và Đào tạo tỉnh Yên Bái', 'dang_bo_co_so'],
  ['soyte', 'Sở Y tế tỉnh Yên Bái', 'dang_bo_co_so'],
  ['soldtbxh', 'Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái', 'dang_bo_co_so'],
  ['sovhttdl', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái', 'dang_bo_co_so'],
  ['sotttt', 'Sở Thông tin và Truyền thông tỉnh Yên Bái', 'chi_bo_co_so'],
  ['sokhcn', 'Sở Khoa học và Công nghệ tỉnh Yên Bái', 'chi_bo_co_so'],
  ['songoaivu', 'Sở Ngoại vụ tỉnh Yên Bái', 'chi_bo_co_so'],
  ['thanhtra', 'Thanh tra tỉnh Yên Bái', 'chi_bo_co_so'],
  ['vpubnd', 'Văn phòng Ủy ban nhân dân tỉnh Yên Bái', 'dang_bo_co_so'],
  ['vpdbqh', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'chi_bo_co_so'],
  ['bandantoc', 'Ban Dân tộc tỉnh Yên Bái', 'chi_bo_co_so'],
  ['cucthue', 'Cục Thuế tỉnh Yên Bái', 'dang_bo_co_so'],
  ['khobac', 'Kho bạc Nhà nước Yên Bái', 'dang_bo_co_so'],
  ['bhxh', 'Bảo hiểm xã hội tỉnh Yên Bái', 'dang_bo_co_so'],
  ['nhnn', 'Ngân hàng Nhà nước Chi nhánh tỉnh Yên Bái', 'chi_bo_co_so'],
  ['nhcsxh', 'Ngân hàng Chính sách xã hội Chi nhánh tỉnh Yên Bái', 'dang_bo_co_so'],
  ['agribank', 'Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh Yên Bái', 'dang_bo_co_so'],
  ['vietcombank', 'Ngân hàng TMCP Ngoại thương Chi nhánh Yên Bái', 'chi_bo_co_so'],
  ['vietinbank', 'Ngân hàng TMCP Công Thương Chi nhánh Yên Bái', 'chi_bo_co_so'],
  ['bidv', 'Ngân hàng TMCP Đầu tư và Phát triển Chi nhánh Yên Bái', 'chi_bo_co_so'],
  ['bvdktinh', 'Bệnh viện Đa khoa tỉnh Yên Bái', 'dang_bo_co_so'],
  ['bvsannhi', 'Bệnh viện Sản Nhi tỉnh Yên Bái', 'dang_bo_co_so'],
  ['bvnoitiet', 'Bệnh viện Nội tiết tỉnh Yên Bái', 'chi_bo_co_so'],
  ['bvydct', 'Bệnh viện Y dược cổ truyền tỉnh Yên Bái', 'chi_bo_co_so'],
  ['bvphcn', 'Bệnh viện Phục hồi chức năng tỉnh Yên Bái', 'chi_bo_co_so'],
  ['bvtamthan', 'Bệnh viện Tâm thần tỉnh Yên Bái', 'chi_bo_co_so'],
  ['cdc', 'Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái', 'dang_bo_co_so'],
  ['daipttt', 'Đài Phát thanh và Truyền hình tỉnh Yên Bái', 'dang_bo_co_so'],
  ['baoyenbai', 'Báo Yên Bái', 'chi_bo_co_so'],
  ['bqldadd', 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh', 'chi_bo_co_so'],
  ['bqldagt', 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh', 'chi_bo_co_so'],
  ['bqldann', 'Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh', 'chi_bo_co_so'],
  ['vnpt', 'Viễn thông Yên Bái', 'dang_bo_co_so'],
  ['viettel', 'Viettel Yên Bái', 'dang_bo_co_so'],
  ['buudien', 'Bưu điện tỉnh Yên Bái', 'dang_bo_co_so'],
  ['dienluc', 'Công ty Điện lực Yên Bái', 'dang_bo_co_so'],
  ['moitruongdt', 'Công ty Cổ phần Môi trường và Dịch vụ đô thị Yên Bái', 'chi_bo_co_so'],
  ['capnuoc', 'Công ty Cổ phần Cấp nước và Xây dựng Yên Bái', 'chi_bo_co_so'],
  ['ximang', 'Công ty Cổ phần Xi măng Yên Bình', 'dang_bo_co_so'],
  ['khoangsan', 'Công ty Cổ phần Khoáng sản Yên Bái', 'chi_bo_co_so'],
  ['chevanhung', 'Công ty Cổ phần Chè Văn Hưng', 'chi_bo_co_so'],
  ['xosokt', 'Công ty TNHH Một thành viên Xổ số kiến thiết Yên Bái', 'chi_bo_co_so'],
  ['vantai', 'Công ty Cổ phần Vận tải Yên Bái', 'chi_bo_co_so'],
  ['lamnghiep', 'Công ty TNHH Một thành viên Lâm nghiệp Yên Bình', 'chi_bo_co_so'],
  ['thptchuyen', 'Trường Trung học phổ thông Chuyên Nguyễn Tất Thành', 'chi_bo_co_so'],
  ['thptnguyenhue', 'Trường Trung học phổ thông Nguyễn Huệ', 'chi_bo_co_so'],
  ['thptltk', 'Trường Trung học phổ thông Lý Thường Kiệt', 'chi_bo_co_so'],
  ['ptdtnt', 'Trường Phổ thông Dân tộc nội trú Trung học phổ thông tỉnh', 'chi_bo_co_so'],
  ['cdsuphamyb', 'Trường Cao đẳng Văn hóa Nghệ thuật và Du lịch Yên Bái', 'chi_bo_co_so'],
  ['lienminhhtx', 'Liên minh Hợp tác xã tỉnh Yên Bái', 'chi_bo_co_so'],
  ['lienhiephoi', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'chi_bo_co_so'],
  ['chuthapdo', 'Hội Chữ thập đỏ tỉnh Yên Bái', 'chi_bo_co_so'],
  ['hoivhnt', 'Hội Văn học Nghệ thuật tỉnh Yên Bái', 'chi_bo_co_so'],
  ['quydautu', 'Quỹ Đầu tư phát triển tỉnh Yên Bái', 'chi_bo_co_so'],
  ['xuctiendt', 'Trung tâm Xúc tiến đầu tư tỉnh Yên Bái', 'chi_bo_co_so'],
  ['hanhchinhcong', 'Trung tâm Phục vụ hành chính công tỉnh Yên Bái', 'chi_bo_co_so'],
  ['kiemlam', 'Chi cục Kiểm lâm tỉnh Yên Bái', 'dang_bo_co_so'],
  ['quanlythitruong', 'Cục Quản lý thị trường tỉnh Yên Bái', 'dang_bo_co_so'],
  ['naha', 'Ban Quản lý Khu bảo tồn thiên nhiên Nà Hẩu', 'chi_bo_co_so'],
  ['trungtamnuocsach', 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh', 'chi_bo_co_so'],
  ['dangkiemxe', 'Trung tâm Đăng kiểm xe cơ giới Yên Bái', 'chi_bo_co_so'],
  ['thuvien', 'Thư viện tỉnh Yên Bái', 'chi_bo_co_so'],
];

/** Cells under one đảng bộ cơ sở, so the tree shows more than one level below the bloc. */
const CELLS: Record<string, DemoUnit[]> = {
  cucthongke: [
    { code: 'cucthongke.cb-tonghop', name: 'Chi bộ Phòng Thống kê tổng hợp', kind: 'chi_bo' },
    { code: 'cucthongke.cb-vanphong', name: 'Chi bộ Văn phòng Cục', kind: 'chi_bo' },
  ],
  cdyenbai: [
    { code: 'cdyenbai.cb-giangvien', name: 'Chi bộ Khoa Sư phạm', kind: 'chi_bo' },
    { code: 'cdyenbai.cb-hanhchinh', name: 'Chi bộ Hành chính - Tổ chức', kind: 'chi_bo' },
  ],
};

export const KHOI_CODE = 'duk';
export const TUYEN_GIAO_CODE = 'duk.bantuyengiao';

export const DEMO_TREE: DemoUnit[] = [
  cap('tw', 'Ban Chấp hành Trung ương Đảng', [cap('bochinhtri', 'Bộ Chính trị'), cap('banbithu', 'Ban Bí thư')]),
  cap('chinhphu', 'Chính phủ', [cap('thutuong', 'Thủ tướng Chính phủ')]),
  cap('tinhuy', 'Tỉnh ủy Yên Bái', [
    cap('btvtu', 'Ban Thường vụ Tỉnh ủy Yên Bái'),
    cap('bdvtu', 'Ban Dân vận Tỉnh ủy Yên Bái'),
    cap('btgtu', 'Ban Tuyên giáo Tỉnh ủy Yên Bái'),
    cap('bcdqcdc', 'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Yên Bái'),
    {
      code: KHOI_CODE,
      name: 'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Yên Bái',
      kind: 'dang_uy',
      children: [
        ban('duk.btv', 'Ban Thường vụ Đảng ủy Khối'),
        ban(TUYEN_GIAO_CODE, 'Ban Tuyên giáo Đảng ủy Khối'),
        ban('duk.bantochuc', 'Ban Tổ chức Đảng ủy Khối'),
        ban('duk.ubkt', 'Ủy ban Kiểm tra Đảng ủy Khối'),
        ban('duk.vanphong', 'Văn phòng Đảng ủy Khối'),
        ban('duk.bcdqcdc', 'Ban Chỉ đạo Quy chế dân chủ ở cơ sở Đảng ủy Khối'),
        ...GRASSROOTS.map(([code, name, kind]) => ({ code, name, kind, children: CELLS[code] })),
        { code: 'duk.doanthanhnien', name: 'Đoàn Thanh niên Khối cơ quan và doanh nghiệp tỉnh', kind: 'doan_the' },
        { code: 'duk.congdoan', name: 'Công đoàn Viên chức tỉnh Yên Bái', kind: 'doan_the' },
        { code: 'duk.cuuchienbinh', name: 'Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh', kind: 'doan_the' },
      ],
    },
  ]),
];
